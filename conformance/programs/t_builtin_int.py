def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: int('42'))
show(lambda: int(' -7 '))
show(lambda: int(3.9))
show(lambda: int(-3.9))
show(lambda: int('ff', 16))
show(lambda: int('0x1f', 0))
show(lambda: int('1_000'))
show(lambda: int('abc'))
show(lambda: int(True))
show(lambda: int('9' * 30))
