# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    balances: TreeMap[Address, u256]

    def __init__(self):
        pass

    @gl.public.view
    def all(self) -> TreeMap[Address, u256]:
        return self.balances
