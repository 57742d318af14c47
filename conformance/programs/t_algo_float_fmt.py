def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

vals = [0.1, 1/3, 2/3, 1e-7, 123456789.123, 1e22, 5e-324, 2.5, -0.0, 100.0, 1.5e300 * 1.5e300]
for v in vals:
    print(repr(v), str(v), f'{v:.3f}', f'{v:g}', f'{v:e}', round(v, 2) if v == v and abs(v) != float('inf') else v)
