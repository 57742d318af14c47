print([x * x for x in range(6)])
print([x for x in range(10) if x % 2 if x > 3])
print([(a, b) for a in range(3) for b in range(a)])
print({x % 3 for x in range(10)})
print({k: v for k, v in zip("abc", range(3))})
print(sum(x for x in range(101)))
print(list(x + 1 for x in [1, 2]))
print(max((len(w), w) for w in ["aa", "b", "cccc"]))
m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
print(any(v > 2 for v in [1, 2, 3]), all(v > 2 for v in [1, 2, 3]))
print(sorted({c: 0 for c in "hello"}))
def f(n):
    return [i * n for i in range(n)]
print(f(4))
