def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def f():
    print(x)
    x = 1
show(f)
def g():
    def h():
        return y
    r = h()
    y = 2
    return r
show(g)
