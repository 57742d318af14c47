def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.isupper())
show(lambda: 'abcabca'.isupper())
show(lambda: '  Hello World  '.isupper())
show(lambda: 'a,b,,c'.isupper())
show(lambda: 'ÄbÇ ß'.isupper())
show(lambda: '123'.isupper())
show(lambda: 'line1\nline2\r\nl3'.isupper())
show(lambda: '{} {x}'.isupper())
show(lambda: '\tx\ty'.isupper())
