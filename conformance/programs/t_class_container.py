def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class Bag:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def add(self, x):
        self.items.append(x)
        return self
b = Bag().add(1).add(2).add(3)
b[0] = 10
del b[1]
print(len(b), b[0], b[-1], 3 in b, 2 in b, list(b), [x * 2 for x in b], bool(b), bool(Bag()))
show(lambda: b[5])
