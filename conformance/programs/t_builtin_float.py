def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: float('1.5'))
show(lambda: float(' inf '))
show(lambda: float('-nan'))
show(lambda: float(3))
show(lambda: float('1e-5'))
show(lambda: float('x'))
show(lambda: float(2**70))
