def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

print([(x, y) for x in range(4) if x % 2 for y in range(x) if y != 1])
