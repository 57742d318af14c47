# Set displays of constants: CPython 3.13 folds three or more constant
# elements into a frozenset constant merged into an empty set, and any
# constant set display iterated by for/comprehensions or tested with
# in/not in into a frozenset constant; iteration orders follow those paths.
s = {'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi'}
print(list(s))
for x in {'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew', 'kiwi'}:
    print(x, end=' ')
print()
print([x for x in {'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k10', 'k11'}])
print({x: 1 for x in {'q1', 'q2', 'q3', 'q4', 'q5', 'q6'}})
print('fig' in {'apple', 'fig', 'kiwi'}, 'z' not in {'a', 'b'}, 1 < 2 in {2, 3, 4})
print(list({-1, 5, 3, 100, -7, 8, 9, 1000, -(-4), ~2}))
print(list({(1, 2), (3, 4), ('a', 'b'), (5, 6), ('c', (7, 8))}))
a = 'x'
print(len({a, 'b', 'c', 'd'}), sorted({a, 'b', 'c', 'd'}))
print(list({'p', 'q'}))
for x in {'one'}:
    print(x)
print(list({'m', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'aa', 'bb', 'cc'}))
print(list({b'a', b'b', b'c', b'd', b'e'}), list({1.5, 2.5, -0.5, 3.25}), list({None, True, 'n', 7}))
