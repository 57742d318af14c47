def mean(xs):
    total = 0.0
    for x in xs:
        total += x
    return total / len(xs)

def poly(x):
    a = 0.1
    b = 0.2
    c = a + b
    d = x * x * 1.5 + x * 2.0 - 0.5
    return c, d, c == 0.3, a * 3, 1.0 / 3.0, 7.5 // 2.0, -7.5 % 2.0, 2.5 - 10

def fdiv0():
    f = 1.0
    try:
        g = f / 0.0
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        g = f // 0.0
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        g = f % 0.0
    except ZeroDivisionError as e:
        print("zde", e)

def conv():
    i = 3
    f = 0.5
    r = i * f + i / 2
    big = 2 ** 1100
    try:
        q = 1.0 + big
    except OverflowError as e:
        print("oe", e)
    return r

def cmp():
    nan = float("nan")
    a = 1.5
    b = 2.5
    return [a < b, a == a, a != b, a >= b, nan == nan, nan != nan]

print(mean([1, 2, 3, 4]), poly(3.0), conv(), cmp())
fdiv0()
def neg0():
    z = 0.0
    return -z, z * -1.0, repr(-z)
print(neg0())
