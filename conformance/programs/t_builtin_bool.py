def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: bool(0))
show(lambda: bool(''))
show(lambda: bool('0'))
show(lambda: bool([0]))
show(lambda: bool(None))
show(lambda: bool(0.0))
show(lambda: bool({}))
