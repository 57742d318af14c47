# { "Depends": "py-genlayer:test" }
import json
from genlayer import *

COUNT = 0


def bump() -> int:
    global COUNT
    COUNT += 1
    return COUNT


class C(gl.Contract):
    items: DynArray[str]
    scores: TreeMap[str, u64]

    def __init__(self):
        pass

    @gl.public.write
    def run(self, data: str, *, limit: int = 10) -> dict[str, int]:
        first, *rest = data.split(",")
        seen: dict[str, int] = {}
        for i, word in enumerate(rest):
            if i >= limit:
                break
            elif not word:
                continue
            seen[word] = seen.get(word, 0) + 1
        else:
            bump()
        n = 0
        while n < 3:
            n += 1
        try:
            parsed = json.loads(data)
        except (ValueError, KeyError) as e:
            raise gl.vm.UserError(f"bad {e!r:>10}") from e
        except Exception:
            raise
        else:
            assert isinstance(parsed, dict), "not a dict"
        finally:
            del seen[first]
        merged = {**seen, "n": n}
        self.items.append(first)
        self.scores[first] = u64(len(merged))
        return {k: v for k, v in merged.items() if v > 0}

    @gl.public.view
    def top(self) -> list[str]:
        return sorted(self.items, key=lambda s: -len(s))[:3]
