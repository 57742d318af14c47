def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

a = {1, 2}
print(sorted(a.union([5])), sorted(a.intersection({2})), sorted(a.difference([1])), a.isdisjoint({7}), a.issubset({1, 2, 3}))
a.update([9, 8])
print(sorted(a))
print(len(a.copy()))
