# { "Depends": "py-genlayer:test" }
import typing
from typing import Any, Literal, List, Dict, Tuple

from genlayer import *


class C(gl.Contract):
    def __init__(self, x: typing.Any):
        pass

    @gl.public.write
    def f(self, a: List[int], b: Dict[str, bytes], c: Tuple[int, str], d: Tuple[int, ...]) -> Any:
        pass

    @gl.public.write
    def lit(self, mode: Literal["a", "b"], n: typing.Literal[1]) -> Literal[True]:
        return True

    @gl.public.view
    def bare(self, t: tuple, b: bytes, u: Tuple) -> tuple[()]:
        return ()

    @gl.public.view
    def obj(self, o: typing.Any) -> list[typing.Any]:
        return []
