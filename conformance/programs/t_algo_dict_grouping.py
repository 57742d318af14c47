def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

rows = [('fruit', 'apple'), ('veg', 'kale'), ('fruit', 'pear'), ('nut', 'pecan'), ('veg', 'leek')]
groups = {}
for k, v in rows:
    groups.setdefault(k, []).append(v)
print(groups)
print({k: len(v) for k, v in groups.items()})
print(sorted(groups, key=lambda k: len(groups[k]), reverse=True))
inv = {v: k for k, vs in groups.items() for v in vs}
print(inv)
