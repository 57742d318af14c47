def thrower(args):
    raise StopIteration(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except StopIteration as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubStopIteration(StopIteration):
    pass

try:
    raise SubStopIteration("sub")
except StopIteration as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, StopIteration), isinstance(exc, Exception))

def wrapped():
    try:
        raise StopIteration("inner")
    except StopIteration as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise StopIteration("uncaught StopIteration")
