def tri(n: int) -> int:
    total = 0
    for i in range(n + 1):
        total += i * n
    return total

def label(name: str, count: int = 2) -> str:
    out = name
    for _ in range(count):
        out = out + "!" + name[0]
    return out

def scale(x: float, k: int) -> float:
    return x * k

def rebinds(n: int):
    n = str(n)
    return n + "?"

def kwonly(a: int, *, b: int = 10) -> int:
    return a * b

class Acc:
    def __init__(self, start: int):
        self.v = start
    def add(self, d: int) -> int:
        self.v += d
        return self.v

print(tri(10), tri(0), label("ab"), label("x", count=0), scale(2, 3), scale(0.5, 4), rebinds(5), kwonly(3), kwonly(3, b=2))
a = Acc(1)
print(a.add(5), a.add(-10))
def deep(n: int) -> int:
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(200), tri(2**3))
