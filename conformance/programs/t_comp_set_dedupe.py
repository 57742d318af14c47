def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

print(sorted({w.lower() for w in 'The the THE cat Cat'.split()}))
