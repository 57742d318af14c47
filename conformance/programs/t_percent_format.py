def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: '%d' % 5)
show(lambda: '%5.2f' % 3.14159)
show(lambda: '%s and %r' % ('a', 'b'))
show(lambda: '%x %o %X' % (255, 8, 255))
show(lambda: '%-5s|' % 'ab')
show(lambda: '%05d' % -3)
show(lambda: '%%'%())
show(lambda: '%(a)s' % {'a': 1})
show(lambda: '%d' % 'x')
show(lambda: '%s' % (1, 2))
show(lambda: '%c' % 65)
show(lambda: '%e' % 12345.678)
show(lambda: '%g' % 0.00001)
show(lambda: '%+d' % 7)
show(lambda: '%.3s' % 'abcdef')
show(lambda: '%i' % 3.7)
