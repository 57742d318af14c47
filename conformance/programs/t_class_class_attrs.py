def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class Cfg:
    x = 1
    items = []
    y = x + 1
    def get(self):
        return self.x
a, b = Cfg(), Cfg()
a.x = 10
a.items.append(1)
print(a.get(), b.get(), Cfg.x, Cfg.y, b.items, Cfg.items is a.items)
Cfg.x = 7
print(b.get(), a.get())
show(lambda: a.missing)
show(lambda: Cfg.missing)
