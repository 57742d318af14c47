def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.zfill(8))
show(lambda: 'abcabca'.zfill(8))
show(lambda: '  Hello World  '.zfill(8))
show(lambda: 'a,b,,c'.zfill(8))
show(lambda: 'ÄbÇ ß'.zfill(8))
show(lambda: '123'.zfill(8))
show(lambda: 'line1\nline2\r\nl3'.zfill(8))
show(lambda: '{} {x}'.zfill(8))
show(lambda: '\tx\ty'.zfill(8))
