def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

d = {1: 'int', 1.5: 'float', 'x': 'str', (1, 2): 'tuple', None: 'none', True: 'bool'}
print(d)
show(lambda: {[1]: 2})
print({1: 'a', 1.0: 'b'})
