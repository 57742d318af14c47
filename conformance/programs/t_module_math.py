def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

import math
for e in [lambda: math.sqrt(16), lambda: math.floor(-2.5), lambda: math.ceil(2.1), lambda: math.gcd(12, 18), lambda: math.isqrt(99), lambda: math.pi, lambda: math.inf, lambda: math.isnan(math.nan), lambda: math.sqrt(-1), lambda: math.log(8, 2), lambda: math.fabs(-3), lambda: math.factorial(20), lambda: math.comb(10, 3), lambda: math.trunc(-3.9), lambda: math.copysign(1, -0.0)]:
    show(e)
