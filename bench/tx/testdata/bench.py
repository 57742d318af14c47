# v0.1.0
# { "Depends": "py-genlayer:test" }
from genlayer import *


# Bench is the contract of the per-transaction benchmarks (bench/tx): a
# trivial view, and a TreeMap-heavy write inserting `count` fresh keys.
class Bench(gl.Contract):
    m: TreeMap[str, u256]
    n: u256

    def __init__(self):
        self.n = u256(0)

    @gl.public.view
    def get_n(self) -> int:
        return self.n

    @gl.public.write
    def fill(self, start: int, count: int) -> None:
        for i in range(start, start + count):
            self.m[str(i)] = u256(i)
        self.n = u256(self.n + count)

    @gl.public.view
    def digest(self) -> list:
        return [len(self.m), self.n, self.m.get("0", u256(0)), self.m.get("1099", u256(0))]
