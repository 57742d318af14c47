def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def classify(x):
    if x < 0:
        return 'neg'
    elif 0 <= x < 10:
        return 'small'
    elif 10 <= x < 100 != x:
        return 'medium'
    return 'large'
print([classify(v) for v in [-5, 0, 9, 10, 99, 100, 1000]])
print(1 < 2 > 1.5 == 1.5 != 2, 'a' < 'b' < 'c', [1] < [1, 2] <= [1, 2])
