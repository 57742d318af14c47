def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def f(v):
    a, b = v
    return a, b
for v in [(1, 2), (1,), (1, 2, 3), 5, 'ab', {'k': 1, 'j': 2}]:
    show(lambda: f(v))
