def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

a = [1, 2]
print(a + [3], a * 3, 0 * a, 2 in a, a == [1, 2], a < [1, 3], [1, 2, 3] > a, len(a), min(a), max(a), sum(a))
show(lambda: a + (3,))
