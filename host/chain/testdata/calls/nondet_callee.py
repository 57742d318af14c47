# v0.1.0
# { "Depends": "py-genlayer:test" }
from genlayer import *


class Callee(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def ask(self, q: str) -> str:
        return gl.eq_principle.strict_eq(lambda: gl.nondet.exec_prompt(q).strip())
