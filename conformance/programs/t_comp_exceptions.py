def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def bad(x):
    return 10 // x
show(lambda: [bad(x) for x in [1, 2, 0, 3]])
show(lambda: {x: bad(x) for x in [5, 0]})
