package re

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

// TestCaptureSemanticsMatchCPython covers captures inside repetitions and
// alternations, where engines disagree most (both the Go and the
// backtracking paths must give CPython's groups).
func TestCaptureSemanticsMatchCPython(t *testing.T) {
	m := Module()
	var cases []pycase.Case
	for _, c := range [][2]string{
		{`((a)|b)+`, "ab"}, {`(?:(a)|b)*`, "ab"}, {`(a|b)*c`, "abac"}, {`(a*)+b`, "aab"}, {`(a*)*b`, "b"},
		{`(?:(a)|(b))+`, "aba"}, {`((a)|(b))*`, "ba"}, {`(a)|b`, "b"}, {`(x)?(y)?z`, "yz"}, {`((\d+)-)+(\d+)`, "1-22-333"},
		{`(\w)+`, "hello"}, {`(?:(\w)(\d))+`, "a1b2c"}, {`(a|ab)(c|bcd)(d*)`, "abcd"}, {`(.*?)(\d+)`, "abc123"},
		{`([^,]+),?`, "a,b,,c"}, {`(a+?)(a*)`, "aaa"}, {`(?:a(b)?)+`, "aba"},
	} {
		c := c
		cases = append(cases, pycase.Case{
			Py: "(lambda m: m and (m.span(), m.groups()))(re.search(" + rt.StrRepr(c[0]) + ", " + rt.StrRepr(c[1]) + "))",
			Go: func() string {
				return rt.Outcome(func() rt.Value {
					f, _ := m.Get("search")
					x := rt.Call(f, []rt.Value{c[0], c[1]}, nil)
					if x == rt.None {
						return x
					}
					return rt.NewTuple(rt.CallMethod(x, "span", nil, nil), rt.CallMethod(x, "groups", nil, nil))
				})
			},
		})
		cases = append(cases, pycase.Case{
			Py: "re.findall(" + rt.StrRepr(c[0]) + ", " + rt.StrRepr(c[1]) + ")",
			Go: func() string {
				return rt.Outcome(func() rt.Value {
					f, _ := m.Get("findall")
					return rt.Call(f, []rt.Value{c[0], c[1]}, nil)
				})
			},
		})
	}
	pycase.Check(t, cases)
}
