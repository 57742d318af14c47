def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: isinstance(1, int))
show(lambda: isinstance(True, int))
show(lambda: isinstance(1, (str, float)))
show(lambda: isinstance('a', str))
show(lambda: isinstance([], list))
show(lambda: issubclass(bool, int))
show(lambda: isinstance(1, 'x'))
