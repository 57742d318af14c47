def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: hex(255))
show(lambda: hex(-1))
show(lambda: oct(8))
show(lambda: bin(5))
show(lambda: bin(-5))
show(lambda: hex(2**70))
