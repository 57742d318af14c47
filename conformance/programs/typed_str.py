def build(n):
    s = ""
    for i in range(n):
        s += str(i)
        s = s + ","
    return s

def rep():
    a = "ab"
    b = a * 3
    c = a * 0
    d = a * -2
    return b, c, d, a + b, a < b, a == "ab", "é" > "z"

def strtruth():
    s = ""
    t = "x"
    out = []
    if s:
        out.append("s")
    if t:
        out.append("t")
    if not s:
        out.append("not s")
    return out

def fstr():
    name = "x"
    n = 3
    label = f"{name}-{n:03d}"
    return label + "!"

print(build(12), rep(), strtruth(), fstr())
