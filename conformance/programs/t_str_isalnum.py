def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.isalnum())
show(lambda: 'abcabca'.isalnum())
show(lambda: '  Hello World  '.isalnum())
show(lambda: 'a,b,,c'.isalnum())
show(lambda: 'ÄbÇ ß'.isalnum())
show(lambda: '123'.isalnum())
show(lambda: 'line1\nline2\r\nl3'.isalnum())
show(lambda: '{} {x}'.isalnum())
show(lambda: '\tx\ty'.isalnum())
