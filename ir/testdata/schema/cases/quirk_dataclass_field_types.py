# { "Depends": "py-genlayer:test" }
import typing
from dataclasses import dataclass
from genlayer import *


@dataclass
class D:
    a: typing.Annotated[int, "x"]
    b: typing.ClassVar[int] = 3


class C(gl.Contract):
    def __init__(self, d: D):
        pass
