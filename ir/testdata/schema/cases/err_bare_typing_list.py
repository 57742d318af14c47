# { "Depends": "py-genlayer:test" }
import typing
from genlayer import *


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def f(self, x: typing.List) -> None:
        pass
