# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write.payable
    def __receive__(self):
        pass
