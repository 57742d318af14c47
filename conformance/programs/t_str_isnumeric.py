def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.isnumeric())
show(lambda: 'abcabca'.isnumeric())
show(lambda: '  Hello World  '.isnumeric())
show(lambda: 'a,b,,c'.isnumeric())
show(lambda: 'ÄbÇ ß'.isnumeric())
show(lambda: '123'.isnumeric())
show(lambda: 'line1\nline2\r\nl3'.isnumeric())
show(lambda: '{} {x}'.isnumeric())
show(lambda: '\tx\ty'.isnumeric())
