def thrower(args):
    raise NameError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except NameError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubNameError(NameError):
    pass

try:
    raise SubNameError("sub")
except NameError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, NameError), isinstance(exc, Exception))

def wrapped():
    try:
        raise NameError("inner")
    except NameError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise NameError("uncaught NameError")
