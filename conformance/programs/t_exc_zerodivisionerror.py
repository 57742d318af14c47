def thrower(args):
    raise ZeroDivisionError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except ZeroDivisionError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubZeroDivisionError(ZeroDivisionError):
    pass

try:
    raise SubZeroDivisionError("sub")
except ZeroDivisionError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, ZeroDivisionError), isinstance(exc, Exception))

def wrapped():
    try:
        raise ZeroDivisionError("inner")
    except ZeroDivisionError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise ZeroDivisionError("uncaught ZeroDivisionError")
