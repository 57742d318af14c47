def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.istitle())
show(lambda: 'abcabca'.istitle())
show(lambda: '  Hello World  '.istitle())
show(lambda: 'a,b,,c'.istitle())
show(lambda: 'ÄbÇ ß'.istitle())
show(lambda: '123'.istitle())
show(lambda: 'line1\nline2\r\nl3'.istitle())
show(lambda: '{} {x}'.istitle())
show(lambda: '\tx\ty'.istitle())
