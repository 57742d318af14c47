# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    @gl.public.view
    def f(self) -> int:
        return 1
