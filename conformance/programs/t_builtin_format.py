def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: format(3.14159, '.2f'))
show(lambda: format(42, '08b'))
show(lambda: format('x', '>5'))
show(lambda: format(1234.5, ','))
show(lambda: format(0.000012, 'g'))
show(lambda: format(12, 'z'))
