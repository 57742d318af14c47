def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def trace(f):
    def wrapper(*args, **kw):
        print('call', f.__name__, args, kw)
        r = f(*args, **kw)
        print('ret', r)
        return r
    return wrapper
@trace
def add(a, b=1):
    return a + b
add(2)
add(2, b=5)
