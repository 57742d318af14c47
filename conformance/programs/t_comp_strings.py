def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

print([c.upper() for c in 'abc'], ''.join(c for c in 'a1b2' if c.isdigit()), {c: ord(c) for c in 'ab'})
