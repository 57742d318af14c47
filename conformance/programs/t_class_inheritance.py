def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class A:
    def who(self):
        return 'A'
    def hello(self):
        return 'hello from ' + self.who()
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C+' + super().who()
class D(B, C):
    pass
print(A().hello(), B().hello(), C().hello(), D().hello(), [k.__name__ for k in D.__mro__] if hasattr(D, '__mro__') else None)
print(isinstance(D(), C), issubclass(D, A), issubclass(A, D))
