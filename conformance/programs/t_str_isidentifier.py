def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.isidentifier())
show(lambda: 'abcabca'.isidentifier())
show(lambda: '  Hello World  '.isidentifier())
show(lambda: 'a,b,,c'.isidentifier())
show(lambda: 'ÄbÇ ß'.isidentifier())
show(lambda: '123'.isidentifier())
show(lambda: 'line1\nline2\r\nl3'.isidentifier())
show(lambda: '{} {x}'.isidentifier())
show(lambda: '\tx\ty'.isidentifier())
