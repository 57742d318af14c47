def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: chr(65))
show(lambda: chr(0x1F600))
show(lambda: ord('a'))
show(lambda: ord('é'))
show(lambda: chr(-1))
show(lambda: ord('ab'))
