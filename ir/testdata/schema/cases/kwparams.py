# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    def __init__(self, a: int, /, b: str = "x", *, c: bool = False, d: bytes):
        pass

    @gl.public.write
    def f(self, p, /, q: int, *, r: str = "", s: Address | None = None) -> None:
        pass

    @gl.public.view
    def only_kw(self, *, z: list[str]) -> dict:
        return {}
