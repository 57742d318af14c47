def add(a, b=10):
    return a + b

x = [1, 2.5, "s"]
print(add(1, 2), add(5), x)
for i in range(3):
    if i == 1:
        continue
    print(i, i * 2, f"i={i!r:>4}")
else:
    print("done")
try:
    {}["k"]
except KeyError as e:
    print("caught", e)
finally:
    print("fin")
