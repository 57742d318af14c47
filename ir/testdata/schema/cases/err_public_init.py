# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    @gl.public.write
    def __init__(self):
        pass
