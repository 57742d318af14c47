def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

print({i: i * i for i in range(5) if i % 2 == 0})
print(dict(zip('abc', [1, 2, 3])))
print(dict(a=1, b=2))
print(dict.fromkeys('ab', 0))
