# === GL-S03 lambda whose body is a raw LLM call
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        gl.eq_principle.strict_eq(lambda: gl.nondet.exec_prompt("x"))  # ERROR GL-S03 "exec_prompt on line"

# === GL-S03 function returning raw output directly, through a variable, and one level deep
def render(u: str) -> str:
    return gl.nondet.web.render(u, mode="text")

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        def a() -> str:
            return gl.nondet.exec_prompt("x")
        def b() -> str:
            out = gl.nondet.exec_prompt("x")
            return out
        def c() -> str:
            return render("u")
        gl.eq_principle.strict_eq(a)  # ERROR GL-S03
        gl.eq_principle.strict_eq(b)  # ERROR GL-S03
        gl.eq_principle.strict_eq(c)  # ERROR GL-S03 "web.render"

# === GL-S03 near miss: processed output, web.get, comparative principle
import json

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        def a() -> str:
            return json.dumps(gl.nondet.exec_prompt("x", response_format="json"), sort_keys=True)
        def b() -> int:
            return gl.nondet.web.get("u").status
        def c() -> str:
            out = gl.nondet.exec_prompt("x")
            out = out.strip().lower()
            return out
        gl.eq_principle.strict_eq(a)
        gl.eq_principle.strict_eq(b)
        gl.eq_principle.strict_eq(c)
        gl.eq_principle.prompt_comparative(lambda: gl.nondet.exec_prompt("x"), "same")
