def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(0, 0) in s, P(1, 2) == P(1, 2), P(1, 2) != P(1, 2), P(1, 2) == 5)
d = {P(1, 1): 'a'}
print(d[P(1, 1)])
class NoHash:
    def __eq__(self, o):
        return True
show(lambda: {NoHash()})
