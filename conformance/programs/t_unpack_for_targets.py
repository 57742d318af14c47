def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

pairs = [(1, 'a'), (2, 'b')]
for n, ch in pairs:
    print(n, ch)
for i, (n, ch) in enumerate(pairs):
    print(i, n, ch)
for first, *rest in [[1, 2, 3], [4]]:
    print(first, rest)
