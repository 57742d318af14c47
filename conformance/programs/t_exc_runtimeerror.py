def thrower(args):
    raise RuntimeError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except RuntimeError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubRuntimeError(RuntimeError):
    pass

try:
    raise SubRuntimeError("sub")
except RuntimeError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, RuntimeError), isinstance(exc, Exception))

def wrapped():
    try:
        raise RuntimeError("inner")
    except RuntimeError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise RuntimeError("uncaught RuntimeError")
