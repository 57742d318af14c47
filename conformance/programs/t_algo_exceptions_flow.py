def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def risky(n):
    if n == 0:
        raise ValueError('zero')
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}['k']
    if n == 4:
        return int('x')
    if n == 5:
        return None + 1
    return 'ok'
for n in range(7):
    try:
        print(n, risky(n))
    except (ValueError, ZeroDivisionError) as e:
        print(n, 'value/zero', type(e).__name__, e)
    except LookupError as e:
        print(n, 'lookup', type(e).__name__, e)
    except Exception as e:
        print(n, 'other', type(e).__name__, e)
    finally:
        print(n, 'done')
