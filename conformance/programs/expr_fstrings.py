name = "world"
n = 42
f = 3.14159
print(f"hello {name}!")
print(f"{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#o}|{n:08.3f}")
print(f"{f:.2f} {f:10.3e} {f:%} {f!r} {name!r} {name!s:>8}")
print(f"{'nested'} {n + 1} {[1, 2][0]} {n*2=}")
w = 10
print(f"{f:{w}.{2}f}|")
print(f"{{literal}} {n}")
print(f"{1e20} {1/3} {-0.0} {float('inf')}")
print(f"{'x' * 3:*^9}")
print(f"{True} {None} {b'ab'}")
print(f"{1234567:,} {1234567:_} {0.5:.0%}")
