# { "Depends": "py-genlayer:test" }
import typing

from genlayer import *


class C(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def a(self, x: int | str | None) -> typing.Optional[typing.Optional[int]]:
        return None

    @gl.public.view
    def b(self, x: typing.Union[int, typing.Union[str, bytes]], y: int | int) -> list[int] | dict[str, int] | None:
        return None

    @gl.public.view
    def c(self, x: typing.Union[int]) -> None | Address:
        return None
