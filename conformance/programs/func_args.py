def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2, 3], **{"c": 7, "z": 8}))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
gd, fd = [g, f]  # called through variables: the checker would reject bad calls at compile time
for call in [lambda: gd(1, 2, 3), lambda: gd(x=1, y=2, z=3), lambda: fd(), lambda: fd(1), lambda: fd(1, c=1, a=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def h(a, b):
    return a - b
print(h(b=1, a=10))
hd = [h][0]
try:
    hd(1)
except TypeError as e:
    print(e)
try:
    hd(1, 2, 3)
except TypeError as e:
    print(e)
try:
    hd(1, 2, b=3)
except TypeError as e:
    print(e)
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2))
def k(**kw):
    return sorted(kw.items())
print(k(b=1, a=2))
def v(*a):
    return a
print(v(), v(1), v(*"abc"))
print((lambda *a, **k: (a, k))(1, x=2))
