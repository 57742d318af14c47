def thrower(args):
    raise KeyError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except KeyError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubKeyError(KeyError):
    pass

try:
    raise SubKeyError("sub")
except KeyError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, KeyError), isinstance(exc, Exception))

def wrapped():
    try:
        raise KeyError("inner")
    except KeyError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise KeyError("uncaught KeyError")
