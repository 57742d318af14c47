def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.rjust(9))
show(lambda: 'abcabca'.rjust(9))
show(lambda: '  Hello World  '.rjust(9))
show(lambda: 'a,b,,c'.rjust(9))
show(lambda: 'ÄbÇ ß'.rjust(9))
show(lambda: '123'.rjust(9))
show(lambda: 'line1\nline2\r\nl3'.rjust(9))
show(lambda: '{} {x}'.rjust(9))
show(lambda: '\tx\ty'.rjust(9))
