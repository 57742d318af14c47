def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.upper())
show(lambda: 'abcabca'.upper())
show(lambda: '  Hello World  '.upper())
show(lambda: 'a,b,,c'.upper())
show(lambda: 'ÄbÇ ß'.upper())
show(lambda: '123'.upper())
show(lambda: 'line1\nline2\r\nl3'.upper())
show(lambda: '{} {x}'.upper())
show(lambda: '\tx\ty'.upper())
