def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

show(lambda: ''.capitalize())
show(lambda: 'abcabca'.capitalize())
show(lambda: '  Hello World  '.capitalize())
show(lambda: 'a,b,,c'.capitalize())
show(lambda: 'ÄbÇ ß'.capitalize())
show(lambda: '123'.capitalize())
show(lambda: 'line1\nline2\r\nl3'.capitalize())
show(lambda: '{} {x}'.capitalize())
show(lambda: '\tx\ty'.capitalize())
