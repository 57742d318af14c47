def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: pow(2, 10))
show(lambda: pow(2, -1))
show(lambda: pow(3, 4, 5))
show(lambda: pow(2.0, 0.5))
show(lambda: pow(0, 0))
