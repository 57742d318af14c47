def thrower(args):
    raise AttributeError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except AttributeError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubAttributeError(AttributeError):
    pass

try:
    raise SubAttributeError("sub")
except AttributeError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, AttributeError), isinstance(exc, Exception))

def wrapped():
    try:
        raise AttributeError("inner")
    except AttributeError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise AttributeError("uncaught AttributeError")
