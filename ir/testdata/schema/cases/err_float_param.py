# { "Depends": "py-genlayer:test" }
from dataclasses import dataclass
from genlayer import *


@dataclass
class P:
    price: float


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def f(self, p: P) -> None:
        pass
