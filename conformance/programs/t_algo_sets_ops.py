def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

a = set(range(10))
evens = {x for x in a if x % 2 == 0}
print(sorted(a - evens), sorted(evens & {0, 1, 2, 3}), len(a | {100}), evens <= a, {1, 2} ^ {2, 3} == {1, 3})
seen = set()
dup = []
for x in [3, 1, 3, 2, 1]:
    if x in seen:
        dup.append(x)
    seen.add(x)
print(dup, sorted(seen))
