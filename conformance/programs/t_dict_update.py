def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3)])
d.update(e=5)
print(d)
print(d | {'a': 0}, {**d, 'f': 6})
