# { "Depends": "py-genlayer:test" }
# The stubs of a @gl.evm.contract_interface class get __annotations__
# (their annotations are lowered, evaluated in the class body); other
# functions' annotations are not lowered.
from genlayer import *


@gl.evm.contract_interface
class Token:
    class View:
        Amount = u256

        def balance_of(self, owner: Address, /) -> Amount: ...
        def pair(self, /) -> tuple[gl.evm.InplaceTuple, list[u256], str]: ...

    class Write:
        def transfer(self, to: Address, amount: u256, /) -> None: ...
        def ping(self, /): ...

    def helper(self, x: int) -> int:
        return x

    class Other:
        def g(self, m: TreeMap[str, u256], /) -> None: ...


class Plain:
    class View:
        def f(self, a: u256, /) -> bool: ...


def outer():
    @gl.evm.contract_interface
    class Local:
        class View:
            def get(self, k: T, /) -> T: ...

        class Write:
            pass

    T = u256
    return Local


class Contract(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def get(self, a: Address) -> u256:
        return Token(a).view().balance_of(a)
