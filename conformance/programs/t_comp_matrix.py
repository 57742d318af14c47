def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

n = 3
print([[i * n + j for j in range(n)] for i in range(n)])
print([v for row in [[1, 2], [3]] for v in row])
