def thrower(args):
    raise OverflowError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except OverflowError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubOverflowError(OverflowError):
    pass

try:
    raise SubOverflowError("sub")
except OverflowError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, OverflowError), isinstance(exc, Exception))

def wrapped():
    try:
        raise OverflowError("inner")
    except OverflowError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise OverflowError("uncaught OverflowError")
