def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

print(sum(x * x for x in range(10) if x % 3), max(len(w) for w in ['a', 'bbb', 'cc']), min((x for x in [3, 1, 2]), default=None))
