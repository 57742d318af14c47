def flags(n):
    even = n % 2 == 0
    big = n > 100
    both = even and big
    either = even or big
    neither = not (even or big)
    return even, big, both, either, neither

def cond(n):
    x = 1 if n > 0 else -1
    y = 2.5 if n > 0 else 0.5
    return x * 10, y

def counter():
    n = 0
    ok = True
    while ok:
        n += 1
        ok = n < 5
    return n, ok

for v in [0, 7, 200, 1000]:
    print(flags(v), cond(v - 5))
print(counter())
