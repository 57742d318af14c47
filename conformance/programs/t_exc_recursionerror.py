def thrower(args):
    raise RecursionError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except RecursionError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubRecursionError(RecursionError):
    pass

try:
    raise SubRecursionError("sub")
except RecursionError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, RecursionError), isinstance(exc, Exception))

def wrapped():
    try:
        raise RecursionError("inner")
    except RecursionError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise RecursionError("uncaught RecursionError")
