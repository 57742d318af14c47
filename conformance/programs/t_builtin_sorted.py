def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: sorted([3, 1, 2]))
show(lambda: sorted('cba'))
show(lambda: sorted([1, 'a']))
show(lambda: sorted([-3, 1, 2], key=abs))
show(lambda: sorted({'b': 1, 'a': 2}))
show(lambda: sorted([2, 1], reverse=True))
