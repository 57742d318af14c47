def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: type(1))
show(lambda: type('a').__name__)
show(lambda: type(None))
show(lambda: type([]) is list)
show(lambda: type(1.0) == float)
