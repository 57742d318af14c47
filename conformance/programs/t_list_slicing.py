def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

l = list(range(10))
for s in [l[2:5], l[::-1], l[-3:], l[:-3], l[1:8:3], l[8:2:-2], l[100:], l[-100:2]]:
    print(s)
show(lambda: l[10])
show(lambda: l[-11])
show(lambda: l['a'])
