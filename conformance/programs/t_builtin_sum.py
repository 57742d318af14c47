def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: sum([1, 2, 3]))
show(lambda: sum([0.1] * 10))
show(lambda: sum([[1], [2]], []))
show(lambda: sum(range(100)))
show(lambda: sum([1, 2], 10))
show(lambda: sum(['a']))
