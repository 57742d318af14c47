def make_counter(start):
    n = start
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c = make_counter(10)
print(c(), c(5), c())
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda: i for i in range(3)]
print([f() for f in late])

def outer():
    x = 1
    def mid():
        def inner():
            return x * 100
        return inner()
    x = 2
    return mid()
print(outer())

g = 5
def setg():
    global g
    g = g + 1
setg(); setg()
print(g)
