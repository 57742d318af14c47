def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: round(2.5))
show(lambda: round(3.5))
show(lambda: round(-2.5))
show(lambda: round(2.675, 2))
show(lambda: round(1234, -2))
show(lambda: round(0.5))
show(lambda: round(7))
show(lambda: round(1e300))
