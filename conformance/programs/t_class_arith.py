def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class M:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        return M(o + self.v)
    def __mul__(self, o):
        return M(self.v * o)
    def __neg__(self):
        return M(-self.v)
    def __sub__(self, o):
        return NotImplemented
    def __repr__(self):
        return f'M({self.v})'
print(M(1) + M(2), M(1) + 5, 5 + M(1), M(3) * 2, -M(4), sum([M(1), M(2)], M(0)))
show(lambda: M(1) - M(2))
show(lambda: 2 * M(1))
m = M(1)
m += 10
print(m)
