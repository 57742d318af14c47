def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def primes(n):
    out = []
    for c in range(2, n):
        for p in out:
            if p * p > c:
                break
            if c % p == 0:
                break
        else:
            out.append(c)
    return out
print(primes(60))
