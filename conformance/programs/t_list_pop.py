def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

l = [1, 2, 3, 4]
print(l.pop(), l.pop(0), l.pop(-1), l)
show(lambda: [].pop())
show(lambda: [1].pop(5))
