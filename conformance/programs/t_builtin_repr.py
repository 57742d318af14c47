def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: repr('a\'b'))
show(lambda: repr('a"b'))
show(lambda: repr('\n\x00é'))
show(lambda: repr(1.1))
show(lambda: repr((1,)))
show(lambda: repr({'a': [1, (2,)]}))
show(lambda: repr(b'\x00a'))
