def thrower(args):
    raise UnicodeError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except UnicodeError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubUnicodeError(UnicodeError):
    pass

try:
    raise SubUnicodeError("sub")
except UnicodeError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, UnicodeError), isinstance(exc, Exception))

def wrapped():
    try:
        raise UnicodeError("inner")
    except UnicodeError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise UnicodeError("uncaught UnicodeError")
