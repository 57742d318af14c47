def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

x = 'global'
def f():
    x = 'f'
    def g():
        def h():
            return x
        return h()
    return g()
def k():
    return x
print(f(), k())
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())
