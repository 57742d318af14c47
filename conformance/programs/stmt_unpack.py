a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
x, *mid, y = range(6)
print(x, mid, y)
p = q = [1]
print(p is q)
l = [0, 0, 0]
l[0], l[2] = "a", "c"
print(l)
class O: pass
o = O()
o.x, o.y = 1, 2
print(o.x, o.y)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
try:
    m, n = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    m, n, o2 = [1, 2]
except ValueError as e:
    print(e)
l2 = [1, 2, 3, 4, 5]
l2[1:3] = ["x", "y", "z"]
print(l2)
l2[::2] = [0, 0, 0]
print(l2)
