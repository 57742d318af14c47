def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: (None) <= (0))
show(lambda: (None) <= (3))
show(lambda: (None) <= (-2))
show(lambda: (None) <= (2**64))
show(lambda: (None) <= (1.5))
show(lambda: (None) <= (-0.5))
show(lambda: (None) <= (True))
show(lambda: (None) <= ('s'))
show(lambda: (None) <= ([3]))
show(lambda: (None) <= ((4,)))
show(lambda: (None) <= (None))
show(lambda: (None) <= (b'c'))
show(lambda: (None) <= ({'b': 2}))
show(lambda: (None) <= ({3}))
