def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i * 10 for i in range(3)]
print([g() for g in gs])
def mk(n):
    return lambda x: x ** n
sq, cube = mk(2), mk(3)
print(sq(4), cube(2))
print((lambda a, *b, c=3, **d: (a, b, c, d))(1, 2, c=4, e=5))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
