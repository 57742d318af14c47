def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.islower())
show(lambda: 'abcabca'.islower())
show(lambda: '  Hello World  '.islower())
show(lambda: 'a,b,,c'.islower())
show(lambda: 'ÄbÇ ß'.islower())
show(lambda: '123'.islower())
show(lambda: 'line1\nline2\r\nl3'.islower())
show(lambda: '{} {x}'.islower())
show(lambda: '\tx\ty'.islower())
