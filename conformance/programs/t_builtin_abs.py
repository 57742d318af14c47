def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: abs(-3))
show(lambda: abs(2.5))
show(lambda: abs(-0.0))
show(lambda: abs(True))
show(lambda: abs(-(2**80)))
show(lambda: abs('x'))
