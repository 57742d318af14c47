def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.casefold())
show(lambda: 'abcabca'.casefold())
show(lambda: '  Hello World  '.casefold())
show(lambda: 'a,b,,c'.casefold())
show(lambda: 'ÄbÇ ß'.casefold())
show(lambda: '123'.casefold())
show(lambda: 'line1\nline2\r\nl3'.casefold())
show(lambda: '{} {x}'.casefold())
show(lambda: '\tx\ty'.casefold())
