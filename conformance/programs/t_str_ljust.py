def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.ljust(9, '.'))
show(lambda: 'abcabca'.ljust(9, '.'))
show(lambda: '  Hello World  '.ljust(9, '.'))
show(lambda: 'a,b,,c'.ljust(9, '.'))
show(lambda: 'ÄbÇ ß'.ljust(9, '.'))
show(lambda: '123'.ljust(9, '.'))
show(lambda: 'line1\nline2\r\nl3'.ljust(9, '.'))
show(lambda: '{} {x}'.ljust(9, '.'))
show(lambda: '\tx\ty'.ljust(9, '.'))
