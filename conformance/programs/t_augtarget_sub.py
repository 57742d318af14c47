def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class O:
    pass
o = O()
o.v = 6
d = {'k': 6, 'l': [1, 2]}
l = [6, 3]
def attr():
    o.v -= 2
    return o.v
def item():
    d['k'] -= 3
    return d['k']
def idx():
    l[-1] -= 1
    return l
def nested():
    d['l'][0] -= 5
    return d
def missing():
    d['zz'] -= 1
for f in [attr, item, idx, nested, missing]:
    show(f)
