def thrower(args):
    raise NotImplementedError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except NotImplementedError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubNotImplementedError(NotImplementedError):
    pass

try:
    raise SubNotImplementedError("sub")
except NotImplementedError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, NotImplementedError), isinstance(exc, Exception))

def wrapped():
    try:
        raise NotImplementedError("inner")
    except NotImplementedError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise NotImplementedError("uncaught NotImplementedError")
