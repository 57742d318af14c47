def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f = fact(50)
print(f, len(str(f)), f % 1000007, f // 10**60, -f // 7, str(f)[:10], hex(f)[:12], f.bit_length())
print(2**200 - 1 == int('1' * 200, 2), (3**100) % (2**61 - 1), pow(3, 100, 2**61 - 1))
