def thrower(args):
    raise IndexError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except IndexError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubIndexError(IndexError):
    pass

try:
    raise SubIndexError("sub")
except IndexError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, IndexError), isinstance(exc, Exception))

def wrapped():
    try:
        raise IndexError("inner")
    except IndexError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise IndexError("uncaught IndexError")
