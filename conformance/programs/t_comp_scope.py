def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

x = 10
print([x for x in range(3)], x)
print([x + y for y in range(2)])
ys = [lambda: y for y in range(3)]
print([f() for f in ys])
