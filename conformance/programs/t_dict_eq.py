def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2}, {1: 2} != {})
