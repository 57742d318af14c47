def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: any([]))
show(lambda: all([]))
show(lambda: any([0, 0, 1]))
show(lambda: all([1, 1, 0]))
show(lambda: any(''))
show(lambda: all('abc'))
