def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def f():
    try:
        print('body')
        pass
    except ValueError as e:
        print('handler', e)
        pass
    else:
        print('else')
        pass
    finally:
        print('finally')
        raise LookupError('from finally')
    return 'returned'
try:
    print(f())
except Exception as e:
    print('outer', type(e).__name__, e, type(e.__context__).__name__ if e.__context__ else None)
