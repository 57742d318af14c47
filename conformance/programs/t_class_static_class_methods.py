def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

class K:
    count = 0
    def __init__(self):
        K.count += 1
    @staticmethod
    def twice(x):
        return 2 * x
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def how_many(cls):
        return cls.count
K.make(3)
print(K.twice(4), K().twice(5), K.how_many(), K.count)
class K2(K):
    pass
print(type(K2.make(1)[0]).__name__, K2.how_many())
