try:
    print(later(1))
except NameError as e:
    print("NameError:", e)

def later(x):
    return x * 2

print(later(2))

def uses_later():
    return later(5) + 1

print(uses_later())
