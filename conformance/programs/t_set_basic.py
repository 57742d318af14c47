def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

s = {3, 1, 2}
s.add(4)
s.discard(1)
s.discard(99)
print(sorted(s), len(s), 2 in s)
show(lambda: s.remove(99))
