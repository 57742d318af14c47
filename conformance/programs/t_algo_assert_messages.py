def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

def check(x):
    assert isinstance(x, int), f'expected int, got {type(x).__name__}'
    assert x >= 0, 'negative'
    return x
for v in [1, -1, 'a', 2.5]:
    try:
        print(check(v))
    except AssertionError as e:
        print('assert', e)
