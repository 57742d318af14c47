package pyexpr

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

// TestEvaluatorAgainstCPython checks the evaluator itself on the constructs
// it supports, so that failures elsewhere point at the runtime.
func TestEvaluatorAgainstCPython(t *testing.T) {
	exprs := []string{
		"1 + 2 * 3", "(1, 2)", "(1,)", "()", "[1, 'a', None, True]", "{'a': 1, 'b': [2]}",
		"[x * 2 for x in range(5) if x != 2]", "{x % 3 for x in range(10)}", "{k: v for k, v in [(1, 2), (3, 4)]}",
		"(lambda x, y=2: x + y)(1)", "1 if 0 else 2", "0 or 'x'", "1 and 0", "not 1", "1 < 2 < 3", "1 < 3 < 2",
		"3 in [1, 2, 3]", "4 not in [1]", "-5 // 2", "2 ** 10", "'ab' 'cd'", "(y := 5) + y",
		"[1, 2, 3][::-1]", "[1, 2, 3][1:]", "{'a': 1}['a']", "len([1, 2])", "sorted([3, 1, 2], key=lambda v: -v)",
		"{1, 2, 3}", "{'a', 'b', 'c', 1, 100}", "{*[1, 2], 3}", "[*'ab', *[1]]", "{**{'a': 1}, 'b': 2}",
		"sum(x for x in range(4))", "0x1f + 0o7 + 0b11", "1_000", "1e3", ".5", "~5", "'\\u00e9'",
	}
	cases := make([]pycase.Case, len(exprs))
	for i, src := range exprs {
		cases[i] = pycase.Case{Py: src, Go: func() string { return rt.Outcome(func() rt.Value { return Eval(src) }) }}
	}
	pycase.Check(t, cases)
}
