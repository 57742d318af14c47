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

# === C210 SDK calls that do not fit the SDK's signatures
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        def block() -> str:
            a = gl.nondet.exec_prompt("x", format="json")  # WARN C210 "unexpected keyword argument 'format'"
            b = gl.nondet.web.request("u")  # WARN C210 "missing 1 required keyword-only argument: 'method'"
            c = gl.nondet.web.get("u", {})  # WARN C210 "takes 1 positional arguments but 2 were given"
            return a + b + c
        gl.eq_principle.prompt_non_comparative(block, task="t")  # WARN C210 "'criteria'"
        gl.eq_principle.prompt_comparative(block, "p", principle="same")  # WARN C210 "multiple values"

# === C210 near miss: well-formed SDK calls
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, a: Address) -> None:
        def block() -> str:
            x = gl.nondet.exec_prompt("x", response_format="json", images=[])
            y = gl.nondet.web.request("u", method="POST", body="b", headers={"a": "b"})
            z = gl.nondet.web.render("u", mode="html")
            w = gl.nondet.exec_prompt(prompt="p")
            return str(x) + str(y.status) + z + w
        gl.eq_principle.prompt_non_comparative(block, task="t", criteria="c")
        gl.eq_principle.prompt_comparative(block, principle="same")
        gl.vm.run_nondet(block, lambda r: True, compare_user_errors=lambda a, b: True)
        gl.deploy_contract(code=b"", args=[1], salt_nonce=u256(1), value=u256(0))
        gl.get_contract_at(a)

# === C206 importing names the SDK does not have
from genlayer import nosuch  # ERROR C206 "cannot import name 'nosuch' from 'genlayer'"
from genlayer.gl.vm import Return, UserError
from genlayer.py.storage import Indirection
from genlayer.gl.nondet import web

class C(gl.Contract):
    def __init__(self):
        pass

# === compiler near miss: PEP 695 generic functions and classes
def first[T](xs: list[T], default: T | None = None) -> T | None:
    return xs[0] if xs else default

class Box[T]:
    v: T

    def get(self) -> T:
        return self.v

class C(gl.Contract):
    def __init__(self):
        pass

# === C301 storage fields assigned values they cannot hold
class C(gl.Contract):
    n: u256
    name: str
    who: Address
    ratio: float

    def __init__(self, s: str, a: Address):
        self.n = s  # ERROR C301 "'n' of type u256 cannot hold a value of type str"
        self.name = 5  # ERROR C301
        self.who = "0xabc"  # ERROR C301
        self.ratio = "x"  # ERROR C301

# === C301 near miss: compatible and unknown values
import json

class C(gl.Contract):
    n: u256
    name: str
    who: Address
    ratio: float
    flag: bool

    def __init__(self, s: str, a: Address, raw: str):
        self.n = u256(len(s))
        self.n = 5
        self.n = True
        self.name = s
        self.who = a
        self.ratio = 2
        self.flag = json.loads(raw)
        self.n = json.loads(raw)["n"]

# === C302 calls of user functions, methods and classes that cannot bind
from dataclasses import dataclass

def helper(a: int, b: int = 1, *, c: str) -> int:
    return a

@dataclass
class P:
    x: int
    y: int = 0

class K:
    def __init__(self, v: int):
        self.v = v

    def m(self, w: int) -> int:
        return w

class C(gl.Contract):
    def __init__(self):
        pass

    def priv(self, z: int) -> int:
        return z

    @gl.public.write
    def f(self) -> None:
        helper(1, c="x")
        helper(1, 2, 3, c="x")  # ERROR C302 "takes 2 positional arguments but 3 were given"
        helper(1)  # ERROR C302 "missing 1 required keyword-only argument: 'c'"
        helper(1, c="x", d=2)  # ERROR C302 "unexpected keyword argument 'd'"
        P(1)
        P(1, y=2)
        P()  # ERROR C302 "missing 1 required positional argument: 'x'"
        K(1).m(2)
        K()  # ERROR C302 "'v'"
        self.priv(1)
        self.priv()  # ERROR C302 "'z'"
        C.priv(self, 1)
        helper(*[1], c="x")

# === C303 attributes the contract cannot have
class C(gl.Contract):
    count: u256
    LIMIT = 3

    def __init__(self):
        self.cache = {}

    def helper(self) -> int:
        return 1

    @gl.public.view
    def f(self) -> int:
        x = self.count + self.LIMIT + self.helper() + len(self.cache) + int(self.balance)
        return x + self.cuont  # ERROR C303 "no attribute 'cuont'"
