def thrower(args):
    raise AssertionError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except AssertionError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubAssertionError(AssertionError):
    pass

try:
    raise SubAssertionError("sub")
except AssertionError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, AssertionError), isinstance(exc, Exception))

def wrapped():
    try:
        raise AssertionError("inner")
    except AssertionError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise AssertionError("uncaught AssertionError")
