def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

l = [1, 1, 2, 'a', 1.0, True]
show(lambda: l.count(1))
show(lambda: l.count('a'))
