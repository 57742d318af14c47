# v0.1.0
# { "Depends": "py-genlayer:test" }
from genlayer import *


@gl.contract_interface
class CalleeIface:
    class View:
        def foo(self, a: int, b: int) -> int: ...

    class Write:
        def store(self, v: int) -> None: ...


class Caller(gl.Contract):
    errored: u256

    def __init__(self):
        pass

    @gl.public.write
    def main(self, addr: Address):
        print("contract from.main")
        print(gl.get_contract_at(addr).view().foo(1, 2))
        print(CalleeIface(addr).view().foo(a=10, b=20))
        try:
            gl.get_contract_at(addr).view().rb(1, 2)
        except gl.vm.UserError as e:
            print("handled", e.args[0])
        print("after")

    @gl.public.write
    def boom(self, addr: Address):
        try:
            gl.get_contract_at(addr).view().boom()
        except Exception as e:
            print("caught?", e)
        print("unreachable")

    @gl.public.write.payable
    def send(self, addr: Address, code: bytes):
        print("self", self.balance, "proxy", gl.get_contract_at(gl.message.contract_address).balance)
        gl.get_contract_at(addr).emit(value=u256(3)).store(7)
        CalleeIface(addr).emit(on="accepted").store(8)
        gl.get_contract_at(addr).emit_transfer(value=u256(2))
        gl.get_contract_at(addr).emit(value=u256(4)).fail()
        print("child", gl.deploy_contract(code=code, args=[5], salt_nonce=u256(1), value=u256(1)))
        print("self", self.balance, "proxy", gl.get_contract_at(gl.message.contract_address).balance)
        try:
            gl.get_contract_at(addr).emit(value=u256(1000)).store(1)
        except SystemError as e:
            print("refused", e)

    @gl.public.write.payable
    def __on_errored_message__(self):
        print("errored", gl.message.sender_address, gl.message.value)
        self.errored += gl.message.value

    @gl.public.view
    def get_errored(self) -> int:
        return self.errored
