def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

from dataclasses import dataclass
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
vs = [Ver(1, 2), Ver(0, 9), Ver(1, 0)]
print(sorted(vs), Ver(1) < Ver(1, 1), Ver(2) == Ver(2, 0), len({Ver(1), Ver(1)}))
def mutate():
    v = Ver(1)
    v.major = 3
show(mutate)
@dataclass
class Child(Ver.__class__ if False else object):
    a: str = 'x'
print(Child())
