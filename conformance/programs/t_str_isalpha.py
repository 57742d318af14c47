def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.isalpha())
show(lambda: 'abcabca'.isalpha())
show(lambda: '  Hello World  '.isalpha())
show(lambda: 'a,b,,c'.isalpha())
show(lambda: 'ÄbÇ ß'.isalpha())
show(lambda: '123'.isalpha())
show(lambda: 'line1\nline2\r\nl3'.isalpha())
show(lambda: '{} {x}'.isalpha())
show(lambda: '\tx\ty'.isalpha())
