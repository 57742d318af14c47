def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: '{} {}'.format(1, 2))
show(lambda: '{1} {0}'.format('a', 'b'))
show(lambda: '{x}{y}'.format(x=1, y=2))
show(lambda: '{:>5}'.format('r'))
show(lambda: '{0[1]}'.format([5, 6]))
show(lambda: '{a[k]}'.format(a={'k': 'v'}))
show(lambda: '{:.3}'.format(3.14159))
show(lambda: '{!r}'.format('q'))
show(lambda: '{:,}'.format(10**7))
show(lambda: '{:08.3f}'.format(-3.5))
show(lambda: '{{}}'.format())
show(lambda: '{}'.format())
show(lambda: '{:d}'.format('x'))
show(lambda: '{0.real}'.format(5))
show(lambda: '{:^10.3s}'.format('abcdef'))
show(lambda: '{:c}'.format(97))
show(lambda: '{:+.2e}'.format(12345.678))
