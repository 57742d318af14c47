def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

s = 'Hello, World'
print(s.lower().count('l'), s[::-1], s.split(', '), '-'.join(reversed(s.split(', '))), s.replace('l', 'L', 2), s.center(20, '*'))
print([c for c in s if c.isupper()], s.find('World'), s.index('o'), s.rfind('o'), s.startswith(('He', 'x')))
print(' '.join(w.capitalize() for w in 'the cat sat'.split()), 'a b  c'.split(' '), '%s=%d' % ('x', 5))
