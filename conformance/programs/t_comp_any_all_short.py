def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

calls = []
def p(x):
    calls.append(x)
    return x > 2
print(any(p(x) for x in [1, 3, 5]), calls)
