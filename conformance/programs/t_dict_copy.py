def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {'a': [1]}
c = d.copy()
c['a'].append(2)
c['b'] = 0
print(d, c)
d.clear()
print(d)
