def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

for x in [-2, 0, 3]:
    print('pos' if x > 0 else 'zero' if x == 0 else 'neg', abs(x) if x else None)
print([x if x % 2 else -x for x in range(6)])
