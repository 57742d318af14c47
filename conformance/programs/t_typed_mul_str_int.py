def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def f0():
    a = 'ab'
    b = 3
    r = (a) * (b)
    r2 = r
    return r2
show(f0)
def f1():
    a = 'ab'
    b = 3
    r = (a) * (-b)
    r2 = r
    return r2
show(f1)
def f2():
    a = 'ab'
    b = 3
    r = (a) * (0)
    r2 = r
    return r2
show(f2)
def loop():
    a = 'ab'
    b = 3
    acc = a
    for i in range(3):
        try:
            acc = (acc) * (b)
        except Exception as e:
            print('loop', type(e).__name__, e)
            break
    return acc
show(loop)
