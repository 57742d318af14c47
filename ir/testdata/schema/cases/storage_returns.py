# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    names: DynArray[str]
    scores: TreeMap[str, u256]

    def __init__(self):
        pass

    @gl.public.view
    def get_names(self) -> DynArray[str]:
        return self.names

    @gl.public.view
    def get_scores(self) -> TreeMap[str, u256]:
        return self.scores

    @gl.public.view
    def bare_arr(self) -> DynArray:
        return self.names

    @gl.public.view
    def bare_map(self) -> TreeMap:
        return self.scores

    @gl.public.view
    def nested(self) -> DynArray[TreeMap[str, DynArray[Address]]]:
        raise Exception()
