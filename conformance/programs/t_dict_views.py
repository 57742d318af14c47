def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {'x': 1, 'y': 2}
print(list(d.keys()), list(d.values()), list(d.items()))
for k in d:
    print(k)
for k, v in d.items():
    print(k, v)
print(sorted(d, reverse=True))
