def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, sorted(kw.items())
args = [1, 2]
opts = {'x': 1}
print(f(*args), f(*args, 3, 4, 5), f(*args, **opts), f(0, *'xy', **{'y': 2}, z=3))
print([*range(3), *'ab'], {**{'a': 1}, 'b': 2, **{'a': 3}}, (*[1, 2],))
print(max(*[3, 9, 2]), print(*['a', 'b'], sep='|'))
