def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: (2.5).is_integer())
show(lambda: (2.0).is_integer())
show(lambda: (0.75).as_integer_ratio())
show(lambda: (1.5).hex())
show(lambda: float.fromhex('0x1.8p1'))
show(lambda: (3.7).__floor__())
show(lambda: (3.2).__ceil__())
show(lambda: (2.5).__round__())
show(lambda: (-2.5).__trunc__())
show(lambda: (1e16).real)
show(lambda: float('1_000.5'))
show(lambda: (0.1).conjugate())
show(lambda: 1.0 == 1)
show(lambda: float('inf') > 2**2000)
show(lambda: (5e-324).hex())
