def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.isspace())
show(lambda: 'abcabca'.isspace())
show(lambda: '  Hello World  '.isspace())
show(lambda: 'a,b,,c'.isspace())
show(lambda: 'ÄbÇ ß'.isspace())
show(lambda: '123'.isspace())
show(lambda: 'line1\nline2\r\nl3'.isspace())
show(lambda: '{} {x}'.isspace())
show(lambda: '\tx\ty'.isspace())
