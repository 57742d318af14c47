def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: list(map(str, [1, 2])))
show(lambda: list(map(lambda a, b: a + b, [1, 2], [3, 4])))
show(lambda: list(filter(None, [0, 1, '', 'a'])))
show(lambda: list(filter(lambda x: x > 1, [1, 2, 3])))
