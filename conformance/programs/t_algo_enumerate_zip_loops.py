def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

names = ['a', 'b', 'c']
scores = [90, 85, 77]
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(i, n, s)
print(dict(zip(names, scores)), list(zip(*[(1, 'x'), (2, 'y')])))
for i in reversed(range(3)):
    print('rev', i)
