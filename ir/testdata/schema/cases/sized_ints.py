# { "Depends": "py-genlayer:test" }
from genlayer import *


class C(gl.Contract):
    total: u256

    def __init__(self, start: u256, small: u8, signed: i64, big: bigint):
        pass

    @gl.public.view
    def get(self) -> u256:
        return self.total

    @gl.public.view
    def maybe(self, x: u32 | None) -> i128 | str:
        return 0

    @gl.public.write
    def mixed(self, a: u256 | int, b: list[u64], c: dict[str, i8]) -> bigint:
        return 0
