import json

LIMIT = 3


def outer(a, b=1, *rest, k: int = 2, **kw):
    x = a

    def mid():
        y = x + b

        def inner(z):
            nonlocal y
            y += z
            return x + y + LIMIT

        return inner

    fs = [lambda i=i: i + x for i in range(k)]
    total = sum(v * x for v in rest if v > b)
    names = {n: len(n) for n in kw}
    if (m := len(fs)) > 1:
        pass
    try:
        json.loads("1")
    except ValueError as e:
        return lambda: e
    return mid, fs, total, names, m


class Counter:
    start: int = 0

    def __init__(self, n: int):
        self.n = n

    def bump(self, by: int = 1) -> int:
        self.n += by
        return self.n


def use() -> int:
    c = Counter(2)
    return c.bump(3)
