def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: len('héllo'))
show(lambda: len([1, 2]))
show(lambda: len({}))
show(lambda: len(range(10)))
show(lambda: len(b'ab'))
show(lambda: len(5))
