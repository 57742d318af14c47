# v0.1.0
# { "Depends": "py-genlayer:test" }
from genlayer import *


class Callee(gl.Contract):
    x: u256
    log: DynArray[str]

    def __init__(self, start: int):
        print("callee init", start, gl.message.sender_address, gl.message.value)
        self.x = start

    @gl.public.view
    def foo(self, a: int, b: int) -> int:
        print("contract to.foo", gl.message.sender_address)
        return a + b + self.x

    @gl.public.write
    def rb(self, a: int, b: int):
        print("contract to.rb")
        gl.advanced.user_error_immediate(f"nah, I won't execute {a + b}")

    @gl.public.view
    def boom(self) -> None:
        print("contract to.boom")
        raise ValueError("boom")

    @gl.public.view
    def bal(self) -> int:
        return self.balance

    @gl.public.write.payable
    def store(self, v: int):
        print("store", v, gl.message.sender_address, gl.message.origin_address, gl.message.value, self.balance)
        self.x = v
        self.log.append(f"store {v}")

    @gl.public.write.payable
    def fail(self):
        raise gl.vm.UserError("no")

    @gl.public.view
    def get(self) -> list:
        return [self.x, list(self.log)]

    @gl.public.write.payable
    def __receive__(self):
        self.log.append(f"receive {gl.message.value}")

    @gl.public.view
    def rec(self, n: int) -> int:
        print("rec", n, gl.message.sender_address)
        return gl.get_contract_at(gl.message.contract_address).view().rec(n + 1)
