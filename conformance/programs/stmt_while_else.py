i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("while else", i)
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("never")
print("n", n)
for x in []:
    pass
else:
    print("empty for else")
for a in range(3):
    for b in range(3):
        if b == 2:
            break
        if a == 1:
            continue
        print(a, b)
    else:
        print("inner else", a)
