def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: min(3, 1, 2))
show(lambda: max([4, 9, 2]))
show(lambda: min('bca'))
show(lambda: max([], default=0))
show(lambda: min([(1, 'b'), (1, 'a')]))
show(lambda: max(1, 2.5))
show(lambda: min([]))
show(lambda: max('a', 'B', key=str.lower))
