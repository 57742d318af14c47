def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

l = [5, 6, 7, 6]
show(lambda: l.index(6))
show(lambda: l.index(6, 2))
show(lambda: l.index(9))
