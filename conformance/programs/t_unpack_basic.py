def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

a, b, c = 1, 2, 3
print(a, b, c)
[x, y] = 'xy'
print(x, y)
