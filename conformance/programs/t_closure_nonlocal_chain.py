def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
            return a
        return inner()
    r = mid()
    return a, r
print(outer())
def acc():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    return push, items
p, items = acc()
p(1); p(2)
print(items)
