def thrower(args):
    raise Exception(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except Exception as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubException(Exception):
    pass

try:
    raise SubException("sub")
except Exception as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, Exception), isinstance(exc, Exception))

def wrapped():
    try:
        raise Exception("inner")
    except Exception as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise Exception("uncaught Exception")
