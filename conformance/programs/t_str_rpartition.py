def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.rpartition('a'))
show(lambda: 'abcabca'.rpartition('a'))
show(lambda: '  Hello World  '.rpartition('a'))
show(lambda: 'a,b,,c'.rpartition('a'))
show(lambda: 'ÄbÇ ß'.rpartition('a'))
show(lambda: '123'.rpartition('a'))
show(lambda: 'line1\nline2\r\nl3'.rpartition('a'))
show(lambda: '{} {x}'.rpartition('a'))
show(lambda: '\tx\ty'.rpartition('a'))
