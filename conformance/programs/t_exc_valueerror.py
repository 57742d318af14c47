def thrower(args):
    raise ValueError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except ValueError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubValueError(ValueError):
    pass

try:
    raise SubValueError("sub")
except ValueError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, ValueError), isinstance(exc, Exception))

def wrapped():
    try:
        raise ValueError("inner")
    except ValueError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise ValueError("uncaught ValueError")
