def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def find_first(xs, pred):
    i = 0
    while i < len(xs):
        if pred(xs[i]):
            break
        i += 1
    else:
        return None
    return i
print(find_first([1, 3, 5, 6, 7], lambda x: x % 2 == 0), find_first([1, 3], lambda x: x > 5))
