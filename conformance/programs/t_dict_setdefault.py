def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {}
print(d.setdefault('a', []), d)
d.setdefault('a', []).append(1)
print(d)
