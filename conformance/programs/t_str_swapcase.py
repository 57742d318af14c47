def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.swapcase())
show(lambda: 'abcabca'.swapcase())
show(lambda: '  Hello World  '.swapcase())
show(lambda: 'a,b,,c'.swapcase())
show(lambda: 'ÄbÇ ß'.swapcase())
show(lambda: '123'.swapcase())
show(lambda: 'line1\nline2\r\nl3'.swapcase())
show(lambda: '{} {x}'.swapcase())
show(lambda: '\tx\ty'.swapcase())
