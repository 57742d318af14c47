def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: getattr('abc', 'upper')())
show(lambda: getattr(1, 'real'))
show(lambda: getattr(1, 'zz', 'default'))
show(lambda: hasattr([], 'append'))
show(lambda: getattr(1, 'zz'))
