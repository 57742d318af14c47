# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def f(self, m: dict[int, str]) -> None:
        pass
