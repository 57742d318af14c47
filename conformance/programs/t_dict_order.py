def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {}
for k in ['z', 'a', 'm']:
    d[k] = len(d)
del d['a']
d['a'] = 9
print(d, list(d))
