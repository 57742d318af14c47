def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: list(reversed([1, 2, 3])))
show(lambda: list(reversed('abc')))
show(lambda: list(reversed(range(3))))
show(lambda: reversed(5))
