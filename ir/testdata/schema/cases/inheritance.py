# { "Depends": "py-genlayer:test" }
from genlayer import *


class Ownable:
    @gl.public.view
    def owner(self) -> Address:
        raise Exception()

    @gl.public.write
    def zzz(self, x: int) -> None:
        pass


class C(Ownable, gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def name(self) -> str:
        return ""

    @gl.public.view
    def zzz(self, x: str) -> str:
        return x
