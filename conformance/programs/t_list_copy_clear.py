def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

l = [1, [2]]
c = l.copy()
c[1].append(3)
l.clear()
print(l, c)
