def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

t = (1, 'a', (2, 3))
a, b, (c, d) = t
print(t[1:], t + (4,), t * 2, len(t), t.index('a'), t.count(1), a, b, c, d, (1, 2) < (1, 3), (1,) == (1,), hash((1, 2)) == hash((1, 2)))
show(lambda: t[5])
show(lambda: t.__setitem__(0, 1))
