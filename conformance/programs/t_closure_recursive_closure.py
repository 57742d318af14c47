def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def make():
    def walk(t, depth=0):
        if isinstance(t, list):
            return sum(walk(x, depth + 1) for x in t)
        return t * depth
    return walk
print(make()([1, [2, [3, [4]]]]))
def flatten(x):
    out = []
    def rec(y):
        for e in y:
            if isinstance(e, (list, tuple)):
                rec(e)
            else:
                out.append(e)
    rec(x)
    return out
print(flatten([1, (2, [3, 4]), [[5]]]))
