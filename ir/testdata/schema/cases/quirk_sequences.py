# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    def __init__(self, a: bytearray, b: range, c: tuple):
        pass
