def thrower(args):
    raise TypeError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except TypeError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubTypeError(TypeError):
    pass

try:
    raise SubTypeError("sub")
except TypeError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, TypeError), isinstance(exc, Exception))

def wrapped():
    try:
        raise TypeError("inner")
    except TypeError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise TypeError("uncaught TypeError")
