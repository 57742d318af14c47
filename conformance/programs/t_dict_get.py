def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {'a': 1}
print(d.get('a'), d.get('b'), d.get('b', 0))
