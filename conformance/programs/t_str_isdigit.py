def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.isdigit())
show(lambda: 'abcabca'.isdigit())
show(lambda: '  Hello World  '.isdigit())
show(lambda: 'a,b,,c'.isdigit())
show(lambda: 'ÄbÇ ß'.isdigit())
show(lambda: '123'.isdigit())
show(lambda: 'line1\nline2\r\nl3'.isdigit())
show(lambda: '{} {x}'.isdigit())
show(lambda: '\tx\ty'.isdigit())
