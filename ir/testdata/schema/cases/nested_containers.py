# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def f(self, a: list[dict[str, list[Address]]], b: dict[str, tuple[int, str | None]], c: list[list[bytes]]) -> list[tuple[u256, ...]]:
        return []
