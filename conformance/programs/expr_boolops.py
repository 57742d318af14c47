print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" and "y")
print(not 1, not 0, not [], not [0])
def side(x):
    print("side", x)
    return x
print(side(0) and side(1))
print(side(1) or side(2))
print(side(1) and side(2) and side(3))
print([] or {} or 0 or "last")
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 < 3)
print(side(1) < side(2) < side(0) < side(5))
print(x if x > 3 else -x, "a" if "" else "b")
print(1 is 1, None is None, [] is [], x is not None)
print(2 in [1, 2], "a" in "cat", 3 not in (1, 2), "k" in {"k": 1})
