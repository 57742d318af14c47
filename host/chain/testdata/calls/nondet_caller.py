# v0.1.0
# { "Depends": "py-genlayer:test" }
from genlayer import *


class Caller(gl.Contract):
    asked: u256

    def __init__(self):
        pass

    @gl.public.write
    def main(self, addr: Address):
        print(gl.eq_principle.strict_eq(lambda: 'a'))
        print(gl.get_contract_at(addr).view().ask('q'))
        print(gl.eq_principle.strict_eq(lambda: 'c'))
        self.asked += 1
