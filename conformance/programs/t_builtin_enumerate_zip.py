def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: list(enumerate('ab')))
show(lambda: list(enumerate('ab', 5)))
show(lambda: list(zip([1, 2], 'abc')))
show(lambda: list(zip()))
show(lambda: dict(enumerate('xy')))
