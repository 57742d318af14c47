def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
