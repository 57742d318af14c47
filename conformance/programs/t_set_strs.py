def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

s = set('hello')
print(sorted(s))
print(sorted({x.upper() for x in 'abca'}))
