def sum_to(n):
    total = 0
    for i in range(n):
        total += i
    return total

def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    count = 0
    for i in range(2, n + 1):
        if flags[i]:
            count += 1
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
    return count

def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

def big_growth():
    x = 1
    for k in range(100):
        x = x * 3 + k
    return x

def mixed():
    a = 7
    b = -3
    return [a // b, a % b, -a // b, a << 70, (a << 70) >> 68, a & b, a | b, a ^ b, ~a, -b, a / b, 2 - a, a * a * a]

def down():
    out = []
    for i in range(10, 0, -3):
        out.append(i)
    for j in range(5, 5):
        out.append(j)
    return out

print(sum_to(1000), sieve(1000), collatz(27), big_growth(), mixed(), down())
def fdiv():
    x = 1
    try:
        y = x // 0
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        y = x % 0
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        z = x / 0
    except ZeroDivisionError as e:
        print("zde", e)
    try:
        w = x << -1
    except ValueError as e:
        print("ve", e)
fdiv()
def rng_big():
    s = 0
    for i in range(2**64, 2**64 + 3):
        s += i
    return s
print(rng_big())
def range_bad():
    for i in range(1.5):
        pass
try:
    range_bad()
except TypeError as e:
    print(e)
def range_zero():
    for i in range(1, 2, 0):
        pass
try:
    range_zero()
except ValueError as e:
    print(e)
