# isinstance/issubclass follow nested tuples of classes up to CPython's C
# recursion limit (about 10,000 nested tuples, less the caller's C depth).
for n in [0, 1, 50, 3000, 20000, 100000]:
    t = int
    for i in range(n):
        t = (str, t)
    for f in (lambda: isinstance(1, t), lambda: issubclass(bool, t), lambda: isinstance('x', t)):
        try:
            print(n, f())
        except RecursionError as e:
            print(n, 'RecursionError', e)
