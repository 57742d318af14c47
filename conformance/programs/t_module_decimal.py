def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

from decimal import Decimal
print(Decimal('1.1') + Decimal('2.2'), Decimal(1) / Decimal(3), Decimal('10.50').quantize(Decimal('0.1')))
print(Decimal('3.14') * 2, Decimal('1e3'), str(Decimal('0.00')), Decimal('2') ** 10)
show(lambda: Decimal('x'))
