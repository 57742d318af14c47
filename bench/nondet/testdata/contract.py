# { "Depends": "py-genlayer:test" }
# The benchmarked transaction: three nondet blocks (a web request, a text
# prompt, a JSON prompt) whose replies come from mocks.json. The same file
# runs under genvm-go and, with pyshim/genlayer, under CPython 3.13.
from genlayer import *
import json

SOURCES = ['https://api.example.com/price']


class Contract(gl.Contract):
    total: u256

    def __init__(self):
        self.total = u256(0)

    @gl.public.write
    def main(self) -> list:
        history = [{'day': i, 'price': 100 + i % 7} for i in range(200)]

        def price():
            r = gl.nondet.web.get(SOURCES[0])
            p = json.loads(r.body.decode('utf-8'))['price']
            avg = sum(h['price'] for h in history) // len(history)
            return p - avg

        delta = gl.eq_principle.strict_eq(price)

        def summary():
            return gl.nondet.exec_prompt('Summarize the market in one word').strip()

        word = gl.eq_principle.strict_eq(summary)

        def score():
            return gl.nondet.exec_prompt('Rate the market from 0 to 10 as json', response_format='json')['score']

        def check(res) -> bool:
            return isinstance(res, gl.vm.Return) and 0 <= res.calldata <= 10

        sc = gl.vm.run_nondet_unsafe(score, check)
        self.total = u256(self.total + delta + sc)
        print(delta, word, sc)
        return [delta, word, sc]
