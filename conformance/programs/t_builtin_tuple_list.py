def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: tuple([1, 2]))
show(lambda: list('abc'))
show(lambda: tuple())
show(lambda: list((1,)))
show(lambda: list({'a': 1}))
show(lambda: tuple(range(3)))
show(lambda: list(5))
