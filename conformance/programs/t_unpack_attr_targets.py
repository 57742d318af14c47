def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class O:
    pass
o = O()
o.a, o.b = 'ab'
print(o.a, o.b)
l = [0] * 3
l[0], l[1:] = 9, [8, 7]
print(l)
