def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: bytes(3))
show(lambda: bytes([65, 66]))
show(lambda: b'abc'[1])
show(lambda: b'abc'[1:])
show(lambda: 'é'.encode())
show(lambda: b'\xc3\xa9'.decode())
show(lambda: bytes.fromhex('ff00'))
show(lambda: b'ab'.hex())
show(lambda: b'\xff'.decode())
