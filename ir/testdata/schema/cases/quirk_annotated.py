# { "Depends": "py-genlayer:test" }
import typing
from genlayer import *


class C(gl.Contract):
    def __init__(self, a: typing.Annotated[int, "meta"]):
        pass
