def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

l = [3, 1, 2]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
w = ['bb', 'a', 'ccc', 'dd']
w.sort(key=len)
print(w)
w.sort(key=lambda s: (-len(s), s))
print(w)
show(lambda: [1, 'a'].sort())
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
