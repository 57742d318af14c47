def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), 'a' in d, d['b'])
show(lambda: d['zz'])
