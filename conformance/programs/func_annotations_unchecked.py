# Python does not check annotations: int- and str-annotated parameters
# accept any argument, and the body runs with it as CPython would.
def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)


def add(a: int, b: int) -> int:
    c = a + b
    c += 1
    return c


def rep(s: str, n: int = 2) -> str:
    out = ""
    for _ in range(n):
        out += s
    return out


def total(n: int) -> int:
    t = 0
    i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        for j in range(i):
            if j > 5:
                break
            t += j
    return t


def closure(n: int):
    def inner(k: int):
        return n * k
    return inner(3), [n + x for x in (1, 2)], (lambda y: n - y)(1)


def finally_return(n: int):
    try:
        return n + 1
    finally:
        print("finally with", repr(n))


def fact(n: int) -> int:
    if n <= 1:
        return n
    return n * fact(n - 1)


def describe(name: str, count: int, *rest, sep: str = "-", **kw):
    parts = [name.upper(), str(count)]
    return sep.join(parts) + repr(rest) + repr(sorted(kw))


def truthy(n: int, s: str):
    if n and s:
        return "both"
    return "not both"


class Account:
    def __init__(self, owner: str, balance: int):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount: int) -> int:
        self.balance = self.balance + amount
        return self.balance

    @staticmethod
    def fee(amount: int) -> int:
        return amount // 10


show(lambda: add(1, 2))
show(lambda: add(True, True))
show(lambda: add(1.5, 2))
show(lambda: add("a", "b"))
show(lambda: add([1], [2]))
show(lambda: add(None, 1))
show(lambda: add(1, "x"))
show(lambda: rep("ab"))
show(lambda: rep("ab", 3))
show(lambda: rep(b"xy", 2))
show(lambda: rep([1], True))
show(lambda: rep(7, 2))
show(lambda: rep("x", 2.0))
show(lambda: total(6))
show(lambda: total(6.5))
show(lambda: total(True))
show(lambda: total("6"))
show(lambda: closure(2))
show(lambda: closure("ab"))
show(lambda: closure(1.5))
show(lambda: finally_return(1))
show(lambda: finally_return(2.5))
show(lambda: finally_return("s"))
show(lambda: fact(5))
show(lambda: fact(5.0))
show(lambda: fact(True))
show(lambda: describe("ab", 3))
show(lambda: describe(b"ab", 3))
show(lambda: describe("ab", 3.5, 1, 2, sep=b"+", z=1))
show(lambda: describe("ab", "3", sep="/"))
show(lambda: truthy(0, "x"))
show(lambda: truthy(2, ""))
show(lambda: truthy([1], ["s"]))
a = Account(b"me", 10)
show(lambda: a.deposit(5))
show(lambda: a.deposit(0.5))
show(lambda: a.deposit("x"))
show(lambda: Account.fee(105))
show(lambda: Account.fee(10.5))
show(lambda: (a.owner, a.balance))
