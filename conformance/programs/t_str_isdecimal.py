def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.isdecimal())
show(lambda: 'abcabca'.isdecimal())
show(lambda: '  Hello World  '.isdecimal())
show(lambda: 'a,b,,c'.isdecimal())
show(lambda: 'ÄbÇ ß'.isdecimal())
show(lambda: '123'.isdecimal())
show(lambda: 'line1\nline2\r\nl3'.isdecimal())
show(lambda: '{} {x}'.isdecimal())
show(lambda: '\tx\ty'.isdecimal())
