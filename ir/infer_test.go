package ir

import (
	"testing"

	"github.com/genvm-go/genvm/frontend"
)

// TestLocalInference checks the static types the checker gives to local
// variables (read at their last use in each function).
func TestLocalInference(t *testing.T) {
	src := `from genlayer import *
import typing

class C(gl.Contract):
    names: DynArray[str]
    m: TreeMap[str, u64]

    def __init__(self):
        pass

    def f(self, xs: list[int], d: dict[str, bytes]) -> None:
        total = 0
        for x in xs:
            total += x
        ratio = total / 2
        p = 2 ** 3
        q = 2 ** total
        s = "a"
        s += "b"
        mixed = 1
        mixed = "x"
        first = self.names[0]
        got = self.m.get("k", u64(0))
        maybe = d.get("k")
        pairs = [(k, v) for k, v in d.items()]
        n = len(xs)
        if (w := n * 2) > 1:
            pass
        prompt = gl.nondet.exec_prompt("x", response_format="json")
        h = helper(1)
        h2 = self._priv()
        use(total, ratio, p, q, s, mixed, first, got, maybe, pairs, n, w, prompt, h, h2)

    def _priv(self):
        if len(self.names):
            return self.names[0]
        return None

def helper(x: int):
    if x > 0:
        return x * 2
    raise ValueError("neg")
`
	want := map[string]string{
		"total": "int", "ratio": "float", "p": "int", "q": "Any", "s": "str", "mixed": "int | str",
		"first": "str", "got": "u64", "maybe": "bytes | None", "pairs": "list[tuple[str, bytes]]", "n": "int", "w": "int",
		"prompt": "dict[str, Any]", "h": "int", "h2": "str | None",
	}
	ast, err := frontend.ParseFile("c.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := newModule("c.py", ast)
	m.classifyClasses()
	got := map[string]string{}
	Inspect(moduleNode{ast}, func(n frontend.Node) bool {
		if c, ok := n.(*frontend.Call); ok {
			if f, ok := c.Func.(*frontend.Name); ok && f.Id == "use" {
				for _, a := range c.Args {
					got[a.(*frontend.Name).Id] = m.TypeOf(a).String()
				}
			}
		}
		return true
	})
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %s, want %s", name, got[name], w)
		}
	}
}
