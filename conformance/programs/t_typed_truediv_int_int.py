def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def f0():
    a = 17
    b = 5
    r = (a) / (b)
    r2 = r
    return r2
show(f0)
def f1():
    a = 17
    b = 5
    r = (-a) / (b)
    r2 = r
    return r2
show(f1)
def f2():
    a = 17
    b = 5
    r = (a) / (-b)
    r2 = r
    return r2
show(f2)
def f3():
    a = 17
    b = 5
    r = (a * a * a * a * a) / (b)
    r2 = r
    return r2
show(f3)
def f4():
    a = 17
    b = 5
    r = (0) / (b)
    r2 = r
    return r2
show(f4)
def f5():
    a = 17
    b = 5
    r = (a) / (0)
    r2 = r
    return r2
show(f5)
def loop():
    a = 17
    b = 5
    acc = a
    for i in range(3):
        try:
            acc = (acc) / (b)
        except Exception as e:
            print('loop', type(e).__name__, e)
            break
    return acc
show(loop)
