def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: str(1))
show(lambda: str(1.0))
show(lambda: str(None))
show(lambda: str([1, 'a']))
show(lambda: str(b'x'))
show(lambda: str(1e16))
show(lambda: str(1e-7))
show(lambda: str(123456789.125))
