def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class T:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < 0:
            raise ValueError('neg')
        self._c = v
    @property
    def double(self):
        return self._c * 2
t = T()
t.c = 5
print(t.c, t.double)
show(lambda: setattr(t, 'c', -1))
show(lambda: setattr(t, 'double', 1))
