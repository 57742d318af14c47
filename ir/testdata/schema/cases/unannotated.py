# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    def __init__(self, a, b=1, *, c=2):
        pass

    @gl.public.view
    def v(self, x, y=None):
        return x

    @gl.public.write
    def w(self, *, k):
        pass
