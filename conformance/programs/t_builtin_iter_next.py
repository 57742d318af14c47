def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: next(iter([1, 2])))
show(lambda: next(iter([]), 'dflt'))
show(lambda: next(iter([])))
show(lambda: list(iter('ab')))
