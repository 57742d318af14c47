def thrower(args):
    raise ArithmeticError(*args)

for args in [(), ("msg",), ("a", 2), (42,)]:
    try:
        thrower(args)
    except ArithmeticError as exc:
        print(type(exc).__name__, repr(exc), str(exc), exc.args)
    except BaseException as other:
        print("other", type(other).__name__)

class SubArithmeticError(ArithmeticError):
    pass

try:
    raise SubArithmeticError("sub")
except ArithmeticError as exc:
    print("sub caught", type(exc).__name__, isinstance(exc, ArithmeticError), isinstance(exc, Exception))

def wrapped():
    try:
        raise ArithmeticError("inner")
    except ArithmeticError as exc:
        raise RuntimeError("outer") from exc

try:
    wrapped()
except RuntimeError as exc:
    print(type(exc.__cause__).__name__, exc.__cause__)
raise ArithmeticError("uncaught ArithmeticError")
