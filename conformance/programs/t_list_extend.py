def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

l = [1]
l.extend([2, 3])
l.extend('ab')
l.extend(range(2))
print(l)
show(lambda: l.extend(5))
