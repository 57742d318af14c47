def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

f = frozenset([1, 2, 2])
print(sorted(f), len(f), 1 in f)
d = {f: 'x'}
print(d[frozenset([2, 1])])
