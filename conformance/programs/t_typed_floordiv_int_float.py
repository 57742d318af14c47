def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def f0():
    a = 9
    b = 0.5
    r = (a) // (b)
    r2 = r
    return r2
show(f0)
def f1():
    a = 9
    b = 0.5
    r = (-a) // (b)
    r2 = r
    return r2
show(f1)
def f2():
    a = 9
    b = 0.5
    r = (b) // (a)
    r2 = r
    return r2
show(f2)
def f3():
    a = 9
    b = 0.5
    r = (a * 2 ** 80) // (b)
    r2 = r
    return r2
show(f3)
def f4():
    a = 9
    b = 0.5
    r = (0) // (b)
    r2 = r
    return r2
show(f4)
def f5():
    a = 9
    b = 0.5
    r = (a) // (b - b)
    r2 = r
    return r2
show(f5)
def loop():
    a = 9
    b = 0.5
    acc = a
    for i in range(3):
        try:
            acc = (acc) // (b)
        except Exception as e:
            print('loop', type(e).__name__, e)
            break
    return acc
show(loop)
