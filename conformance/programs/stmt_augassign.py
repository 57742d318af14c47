x = 1
x += 2; print(x)
x -= 5; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 5; print(x)
x &= 6; print(x)
x ^= 3; print(x)
f = 1.5
f /= 2; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
l2 = l
l += [2]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {"a": 1}
d["a"] += 10
print(d)
class O: pass
o = O()
o.n = 5
o.n *= 3
print(o.n)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)
