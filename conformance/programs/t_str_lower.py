def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.lower())
show(lambda: 'abcabca'.lower())
show(lambda: '  Hello World  '.lower())
show(lambda: 'a,b,,c'.lower())
show(lambda: 'ÄbÇ ß'.lower())
show(lambda: '123'.lower())
show(lambda: 'line1\nline2\r\nl3'.lower())
show(lambda: '{} {x}'.lower())
show(lambda: '\tx\ty'.lower())
