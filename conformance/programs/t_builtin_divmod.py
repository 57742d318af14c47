def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: divmod(7, 2))
show(lambda: divmod(-7, 2))
show(lambda: divmod(7.5, 2))
show(lambda: divmod(1, 0))
