def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print("raised", type(e).__name__, e)

from dataclasses import dataclass, field
@dataclass
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Pt(1)
q = Pt(1, 0)
p.tags.append('a')
print(p, q, p == q, Pt(2, 3), Pt(x=5, y=6).y)
Ptd = [Pt][0]  # bad calls through a variable: the checker rejects them at compile time
show(lambda: Ptd())
show(lambda: Ptd(1, 2, [], 4))
show(lambda: Ptd(1, z=2))
