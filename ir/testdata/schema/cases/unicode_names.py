# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    def __init__(self, größe: int):
        pass

    @gl.public.view
    def café(self, naïve: str) -> str:
        return naïve

    @gl.public.view
    def Ωmega(self) -> None:
        pass

    @gl.public.view
    def apple(self) -> None:
        pass
