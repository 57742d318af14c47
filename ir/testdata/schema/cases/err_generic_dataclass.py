# { "Depends": "py-genlayer:test" }
from dataclasses import dataclass

from genlayer import *


@dataclass
class Box[T]:
    value: T


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def f(self, b: Box[str]) -> None:
        pass
