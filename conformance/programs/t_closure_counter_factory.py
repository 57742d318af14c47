def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
i1, g1 = counter()
i2, g2 = counter()
i1(); i1(); i2()
print(g1(), g2(), i1())
