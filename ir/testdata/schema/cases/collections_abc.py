# { "Depends": "py-genlayer:test" }
import collections.abc
from collections.abc import Sequence, Mapping

from genlayer import *


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def seqs(self, a: Sequence[str], b: collections.abc.MutableSequence[int], c: Sequence) -> Mapping:
        return {}

    @gl.public.view
    def maps(self, a: Mapping[str, int], b: collections.abc.MutableMapping[str, list[str]]) -> collections.abc.Sequence[bool]:
        return []
