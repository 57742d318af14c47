def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

print(f'<{ "x"}>')
print(f'<{ "x":>12}>')
print(f'<{ "é\n"}>')
print(f'<{ "é\n":>12}>')
print(f'<{ 42}>')
print(f'<{ 42:>12}>')
print(f'<{ 3.5}>')
print(f'<{ 3.5:>12}>')
print(f'<{ True}>')
print(f'<{ True:>12}>')
