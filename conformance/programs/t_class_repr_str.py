def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class A:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'A({self.v!r})'
    def __str__(self):
        return f'<{self.v}>'
a = A('x')
print(a, repr(a), str(a), [a], f'{a}', f'{a!r}', (a,), {'k': a})
