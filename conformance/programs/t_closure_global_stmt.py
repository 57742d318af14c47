def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

total = 0
calls = []
def add(n):
    global total
    total += n
    calls.append(n)
def reset():
    global total, calls
    total = 0
    calls = []
add(1); add(2)
print(total, calls)
reset()
add(5)
print(total, calls)
def read_only():
    return total * 2
print(read_only())
