# { "Depends": "py-genlayer:test" }
from genlayer import *


class Plain:
    x: int


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def f(self) -> Plain:
        return Plain()
