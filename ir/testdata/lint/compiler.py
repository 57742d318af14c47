# === C106 calldata types in public signatures
class C(gl.Contract):
    def __init__(self, ratio: float):  # ERROR C106 "'ratio' of constructor"
        pass

    @gl.public.view
    def f(self, keys: dict[Address, int]) -> set[int]:  # ERROR C106 "'keys'" ERROR C106 "Return type set[int]"
        return set()

    def private_ok(self, x: float) -> float:
        return x

# === C2xx unsupported constructs
class C(gl.Contract):
    def __init__(self):
        pass

    async def a(self) -> None:  # ERROR C201
        pass

    def g(self):
        yield 1  # ERROR C202

    def e(self) -> None:
        eval("1")  # ERROR C205 "eval()"

    def u(self) -> None:
        gl.nondet.nope()  # ERROR C206 "gl.nondet has no attribute 'nope'"

    def l(self) -> None:
        gl.exec_prompt("x")  # ERROR C207 ERROR E010

    def n(self) -> None:
        print(undefined)  # ERROR C208 "'undefined'"

    def m(self, x: int) -> int:
        match x:  # ERROR C204 "match"
            case 1:
                return 1
        return 0

type Alias = list[int]  # ERROR C209

# === compiler near miss: names that resolve through scopes
import json

K = 3

class C(gl.Contract):
    def __init__(self):
        pass

    def f(self, xs: list[int]) -> list[int]:
        def add(y: int) -> int:
            return y + K
        return [add(x) for x in xs if x > json.loads("1")]

    def g(self) -> int:
        total = 0
        def inc() -> None:
            nonlocal total
            total += 1
        inc()
        return total

COUNT = 0

def bump() -> int:
    global COUNT
    COUNT += 1
    return COUNT

# === C107 event declarations the SDK rejects
class Bad(gl.Event):
    def __init__(self, a: Address, *, b: int): ...  # ERROR C107 "specify `/`" ERROR C107 "keyword-only"

class C(gl.Contract):
    def __init__(self):
        pass
