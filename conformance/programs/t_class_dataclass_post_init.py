def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

from dataclasses import dataclass
@dataclass
class R:
    w: int
    h: int
    def __post_init__(self):
        self.area = self.w * self.h
    def scale(self, k):
        return R(self.w * k, self.h * k)
r = R(2, 3)
print(r, r.area, r.scale(2), r.scale(2).area)
