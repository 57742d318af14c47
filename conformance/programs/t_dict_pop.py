def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {'a': 1, 'b': 2}
print(d.pop('a'), d.pop('z', None), d)
show(lambda: d.pop('z'))
print(d.popitem(), d)
show(lambda: {}.popitem())
