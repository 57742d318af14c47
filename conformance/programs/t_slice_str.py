def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

s = 'abcdefgh'
show(lambda: s[:])
show(lambda: s[2:])
show(lambda: s[:3])
show(lambda: s[-3:])
show(lambda: s[:-3])
show(lambda: s[1:6:2])
show(lambda: s[::-1])
show(lambda: s[::-2])
show(lambda: s[6:1:-2])
show(lambda: s[100:])
show(lambda: s[-100:100])
show(lambda: s[3:3])
show(lambda: s[5:2])
show(lambda: s[::3])
show(lambda: s[0])
show(lambda: s[-1])
show(lambda: s[7])
show(lambda: s[8])
show(lambda: s[-9])
show(lambda: s[1:2:0])
