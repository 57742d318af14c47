# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def v(self) -> str:
        return ""

    @gl.public.write
    def w(self) -> None:
        pass

    @gl.public.write.payable
    def p(self) -> None:
        pass

    @gl.public.write.min_gas(leader=100, validator=20)
    def g(self) -> None:
        pass

    @gl.public.write.min_gas(leader=5, validator=0).payable
    def gp(self) -> None:
        pass

    @gl.public.write.min_gas(validator=7, leader=10**6)
    def big_gas(self) -> None:
        pass

    @gl.private
    def priv(self) -> None:
        pass

    def _helper(self) -> None:
        pass

    @gl.public.write
    @gl.public.view
    def stacked(self) -> bool:
        return True

    @gl.public.write.payable
    def __on_errored_message__(self):
        pass
