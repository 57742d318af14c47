def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

a, *b, c = [1, 2]
print(a, b, c)
def f(v):
    x, *y, z = v
    return x, y, z
show(lambda: f([1]))
show(lambda: f('ab'))
