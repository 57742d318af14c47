def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {'a': 1, 'b': 2}
for k, v in sorted(d.items(), key=lambda kv: -kv[1]):
    print(k, v)
ks, vs = zip(*d.items())
print(ks, vs)
