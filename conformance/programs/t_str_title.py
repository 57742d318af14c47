def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.title())
show(lambda: 'abcabca'.title())
show(lambda: '  Hello World  '.title())
show(lambda: 'a,b,,c'.title())
show(lambda: 'ÄbÇ ß'.title())
show(lambda: '123'.title())
show(lambda: 'line1\nline2\r\nl3'.title())
show(lambda: '{} {x}'.title())
show(lambda: '\tx\ty'.title())
