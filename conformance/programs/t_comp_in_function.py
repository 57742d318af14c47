def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def f(xs, k):
    return [x * k for x in xs if x > k], {x: x % k for x in xs}, sorted({x // k for x in xs})
print(f([1, 5, 9, 12], 3))
