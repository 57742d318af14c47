def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=0):
        return x + y + self.k
    def __bool__(self):
        return self.k != 0
a = Adder(5)
print(a(1), a(1, y=2), callable(a), bool(a), bool(Adder(0)), 'yes' if Adder(0) else 'no', list(map(a, [1, 2])))
