def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.removesuffix('ca'))
show(lambda: 'abcabca'.removesuffix('ca'))
show(lambda: '  Hello World  '.removesuffix('ca'))
show(lambda: 'a,b,,c'.removesuffix('ca'))
show(lambda: 'ÄbÇ ß'.removesuffix('ca'))
show(lambda: '123'.removesuffix('ca'))
show(lambda: 'line1\nline2\r\nl3'.removesuffix('ca'))
show(lambda: '{} {x}'.removesuffix('ca'))
show(lambda: '\tx\ty'.removesuffix('ca'))
