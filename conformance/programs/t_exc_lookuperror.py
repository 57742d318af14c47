def thrower(args):
    raise LookupError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except LookupError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubLookupError(LookupError):
    pass

try:
    raise SubLookupError("sub")
except LookupError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, LookupError), isinstance(exc, Exception))

def wrapped():
    try:
        raise LookupError("inner")
    except LookupError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise LookupError("uncaught LookupError")
