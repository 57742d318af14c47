# === E010 fires outside any nondet block
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        gl.nondet.exec_prompt("hi")  # ERROR E010 "in 'C.f' not reachable"

# === E010 at module level
x = gl.nondet.web.render("https://a.b")  # ERROR E010 "module level"

# === E010 near miss: closure passed by name
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> str:
        def block() -> str:
            return gl.nondet.web.render("https://a.b", mode="text").strip()
        return gl.eq_principle.prompt_comparative(block, "same meaning")

# === E010 near miss: lambda, leader and validator of run_nondet
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        gl.vm.run_nondet(lambda: gl.nondet.exec_prompt("a"), lambda r: gl.nondet.exec_prompt("b") == "x")

# === E010 near miss: helper reached transitively from a nondet block
def fetch(url: str) -> str:
    return gl.nondet.web.get(url).body.decode()

def summarise(url: str) -> str:
    return fetch(url)[:100]

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        gl.eq_principle.strict_eq(lambda: summarise("https://a.b"))

# === E010 near miss: method passed as self.m, and a dataclass method reached from the block
from dataclasses import dataclass

@dataclass
class Asker:
    prompt: str

    def ask(self) -> str:
        return gl.nondet.exec_prompt(self.prompt).upper()

class C(gl.Contract):
    def __init__(self):
        pass

    def leader(self) -> str:
        return Asker("hi").ask()

    @gl.public.write
    def f(self) -> None:
        gl.eq_principle.strict_eq(self.leader)

# === E010 fires in a dataclass method only called from deterministic code
from dataclasses import dataclass

@dataclass
class Asker:
    prompt: str

    def ask(self) -> str:
        return gl.nondet.exec_prompt(self.prompt)  # ERROR E010 "in 'Asker.ask'"

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        Asker("x").ask()

# === E010 resolved names: a same-named function elsewhere is not reachable (quirk fixed)
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        def work() -> str:
            return "det"
        gl.eq_principle.strict_eq(work)

    @gl.public.write
    def g(self) -> None:
        def work() -> None:
            gl.nondet.exec_prompt("x")  # ERROR E010 "C.g.<locals>.work"
        work()

# === E010 aliases of the SDK resolve
from genlayer import gl as g2
nd = gl.nondet

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        nd.exec_prompt("x")  # ERROR E010
        g2.nondet.web.get("u")  # ERROR E010

# === E010 near miss: a user function called exec_prompt is not the SDK's
def exec_prompt(p: str) -> str:
    return p

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        exec_prompt("x")

# === E023 fires on contract proxies and events, not on any .emit
class Transfer(gl.Event):
    def __init__(self, to: Address, /, **blob): ...

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, a: Address) -> None:
        other = gl.get_contract_at(a)
        def block() -> int:
            other.emit().poke()  # ERROR E023 ".emit()"
            other.emit_transfer(value=u256(1))  # ERROR E023 ".emit_transfer()"
            Transfer(a, amount=1).emit()  # ERROR E023 ".emit()"
            gl.deploy_contract(code=b"")  # ERROR E023 "gl.deploy_contract()"
            return 1
        gl.eq_principle.strict_eq(block)

# === E023 near miss: .emit of something else, and emission outside the block
class Logger:
    def emit(self, x: str) -> None:
        pass

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, a: Address) -> None:
        log = Logger()
        def block() -> int:
            log.emit("x")
            return 1
        gl.eq_principle.strict_eq(block)
        gl.get_contract_at(a).emit().poke()

# === E024 fires on contract access in a block
@gl.evm.contract_interface
class Token:
    class View:
        def balance_of(self, owner: Address, /) -> u256: ...

@gl.contract_interface
class Other:
    class View:
        def get(self) -> int: ...

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, a: Address) -> None:
        def block() -> int:
            Token(a)  # ERROR E024 "Token(...)"
            Other(a)  # ERROR E024 "Other(...)"
            return gl.get_contract_at(a).view().get()  # ERROR E024 "gl.get_contract_at()" ERROR E024 ".view()"
        gl.eq_principle.strict_eq(block)

# === E024 near miss: contract access before the block
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, a: Address) -> None:
        n = gl.get_contract_at(a).view().get()
        gl.eq_principle.strict_eq(lambda: str(n))

# === E025 nested blocks
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        def inner() -> str:
            return "x"
        def outer() -> str:
            return gl.eq_principle.strict_eq(inner)  # ERROR E025 "nested"
        gl.vm.run_nondet_unsafe(outer, lambda r: True)

# === E025 near miss: two blocks one after the other
class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        a = gl.eq_principle.strict_eq(lambda: "a")
        b = gl.eq_principle.strict_eq(lambda: a + "b")

# === E026 storage writes in a block, directly and through a helper
class C(gl.Contract):
    n: u256
    names: DynArray[str]
    m: TreeMap[str, u256]

    def __init__(self):
        pass

    def bump(self) -> None:
        self.n += 1  # ERROR E026 "self.n"

    @gl.public.write
    def f(self) -> None:
        def block() -> int:
            self.names.append("x")  # ERROR E026 "self.names.append()"
            self.m["k"] = u256(1)  # ERROR E026 "self.m"
            del self.m["k"]  # ERROR E026
            self.bump()
            return 1
        gl.eq_principle.strict_eq(block)

# === E026 near miss: reads and local writes in a block, writes after it
class C(gl.Contract):
    n: u256
    names: DynArray[str]

    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        def block() -> int:
            local = []
            local.append(len(self.names))
            d = {"a": 1}
            d["b"] = 2
            return int(self.n) + len(local)
        self.n = u256(gl.eq_principle.strict_eq(block))
        self.names.append("done")

# === E026 through another name of the contract and nested attributes
from dataclasses import dataclass

@allow_storage
@dataclass
class Rec:
    x: u8

class C(gl.Contract):
    rec: Rec
    recs: TreeMap[str, Rec]

    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        me = self
        def block() -> int:
            me.rec.x = u8(1)  # ERROR E026 "me.rec.x"
            self.recs["k"].x = u8(2)  # ERROR E026 "self.recs"
            return 0
        gl.eq_principle.strict_eq(block)

# === raw E010 the newer SDK layout: import genlayer as gl, gl.contract.Contract
# { "Depends": "py-genlayer:test" }
import genlayer as gl
from genlayer.types import *

class C(gl.contract.Contract):
    balances: gl.storage.TreeMap[Address, u256]

    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        gl.nondet.exec_prompt("x")  # ERROR E010
        def block() -> str:
            self.balances[Address(b"0" * 20)] = u256(1)  # ERROR E026
            return gl.nondet.exec_prompt("y").strip()
        gl.eq_principle.strict_eq(block)

# === E010 a helper reached from a nondet block and from deterministic code
def fetch(url: str) -> str:
    return gl.nondet.web.render(url)  # ERROR E010 "which deterministic code runs (from 'C.f')"

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        gl.eq_principle.strict_eq(lambda: fetch("u").strip())
        fetch("v")

# === E010 near miss: a private helper only nondet blocks reach
class C(gl.Contract):
    def __init__(self):
        pass

    def _ask(self) -> str:
        return gl.nondet.exec_prompt("x").strip()

    @gl.public.write
    def f(self) -> None:
        gl.eq_principle.strict_eq(self._ask)
        gl.vm.run_nondet(self._ask, lambda leader: self._ask() != "")

# === E023 E024 E025 through a dataclass method, a lambda and a transitive helper
from dataclasses import dataclass

class Paid(gl.Event):
    def __init__(self, who: Address, /, **blob): ...

@dataclass
class Notifier:
    who: Address

    def notify(self) -> None:
        Paid(self.who, amount=1).emit()  # ERROR E023 "in 'Notifier.notify'"

def nested_block() -> str:
    return gl.eq_principle.strict_eq(lambda: "x")  # ERROR E025 "in 'nested_block'"

def helper() -> str:
    return nested_block()

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, a: Address) -> None:
        def block() -> str:
            Notifier(a).notify()
            return helper()
        gl.eq_principle.strict_eq(block)
        gl.vm.run_nondet_unsafe(lambda: str(gl.get_contract_at(a).view().n()), lambda r: True)  # ERROR E024 "gl.get_contract_at()" ERROR E024 ".view()"

# === E023 E024 E025 near miss: the same helpers called from deterministic code only
from dataclasses import dataclass

class Paid(gl.Event):
    def __init__(self, who: Address, /, **blob): ...

@dataclass
class Notifier:
    who: Address

    def notify(self) -> None:
        Paid(self.who, amount=1).emit()

def nested_block() -> str:
    return gl.eq_principle.strict_eq(lambda: "x")

class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, a: Address) -> None:
        Notifier(a).notify()
        nested_block()
        gl.get_contract_at(a).view().n()
        gl.eq_principle.strict_eq(lambda: str(a))

# === E026 through variables holding storage values
from dataclasses import dataclass

@allow_storage
@dataclass
class Rec:
    x: u8
    tags: DynArray[str]

class C(gl.Contract):
    rec: Rec
    items: DynArray[str]

    def __init__(self):
        pass

    @gl.public.write
    def f(self) -> None:
        r = self.rec
        arr = self.items
        local = Rec(u8(1), DynArray[str]())
        copy = gl.storage.copy_to_memory(self.rec)
        def block() -> int:
            r.x = u8(2)  # ERROR E026 "r.x"
            r.tags.append("t")  # ERROR E026 "r.tags.append()"
            arr[0] = "z"  # ERROR E026 "arr[...]"
            local.x = u8(3)
            copy.x = u8(4)
            return 0
        gl.eq_principle.strict_eq(block)
