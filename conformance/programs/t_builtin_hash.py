def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: hash(1) == hash(1.0))
show(lambda: hash('a') == hash('a'))
show(lambda: hash((1, 2)) == hash((1, 2)))
show(lambda: hash([]))
show(lambda: hash(-1))
show(lambda: hash(2**61))
