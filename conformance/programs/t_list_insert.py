def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

l = [1, 2, 3]
l.insert(0, 'a')
l.insert(-1, 'b')
l.insert(100, 'c')
l.insert(-100, 'd')
print(l)
