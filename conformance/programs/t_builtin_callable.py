def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: callable(len))
show(lambda: callable(1))
show(lambda: callable(lambda: 0))
show(lambda: callable(str))
