def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "other"
    except ValueError as e:
        return "caught " + str(e)
    finally:
        print("finally", n)

print(f(0)); print(f(1)); print(f(2))

def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(g())

def h():
    try:
        return 1
    finally:
        return 2
print(h())

def k():
    try:
        raise KeyError("x")
    except (TypeError, KeyError) as e:
        print("tuple match", repr(e))
    else:
        print("no")
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else ran")
k()

def nested():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("outer")
    except TypeError as e:
        print(type(e).__name__, e, type(e.__context__).__name__)
nested()

def reraise():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("handling")
            raise
    except ZeroDivisionError as e:
        print("reraised", e)
reraise()

def chain():
    try:
        raise ValueError("a") from KeyError("b")
    except ValueError as e:
        print(repr(e.__cause__), e.__suppress_context__)
chain()

try:
    try:
        raise RuntimeError("x")
    finally:
        print("cleanup")
except RuntimeError as e:
    print("outer caught", e)
