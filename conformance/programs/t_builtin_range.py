def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: list(range(5)))
show(lambda: list(range(2, 10, 3)))
show(lambda: list(range(10, 0, -3)))
show(lambda: range(5)[2])
show(lambda: len(range(0, 10, 3)))
show(lambda: 3 in range(5))
show(lambda: range(0))
show(lambda: range(1, 2, 0))
