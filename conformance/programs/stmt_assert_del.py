x = 5
assert x == 5
try:
    assert x == 6, f"x is {x}"
except AssertionError as e:
    print("assert:", e)
try:
    assert False
except AssertionError as e:
    print("bare assert:", repr(e))
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
print(d)
l = [0, 1, 2, 3, 4, 5]
del l[1]
print(l)
del l[1:3]
print(l)
class O: pass
o = O()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), o.b)
y = 10
del y
try:
    print(y)
except NameError as e:
    print("NameError:", e)
def f():
    z = 1
    del z
    return z
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
