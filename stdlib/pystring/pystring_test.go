package pystring

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

func TestStringMatchesCPython(t *testing.T) {
	m := Module()
	var cases []pycase.Case
	for _, name := range []string{"whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits",
		"octdigits", "punctuation", "printable"} {
		name := name
		cases = append(cases, pycase.Case{Py: "string." + name, Go: func() string {
			return rt.Outcome(func() rt.Value { v, _ := m.Get(name); return v })
		}})
	}
	for _, c := range []struct {
		s   string
		sep rt.Value
		py  string
	}{{"hello world", nil, ""}, {"  hello   wORLD  x", nil, ""}, {"a-b-c", "-", ", '-'"}, {"a--b", "-", ", '-'"}, {"éa b", nil, ""}} {
		c := c
		cases = append(cases, pycase.Case{Py: "string.capwords(" + rt.StrRepr(c.s) + c.py + ")", Go: func() string {
			return rt.Outcome(func() rt.Value {
				f, _ := m.Get("capwords")
				args := []rt.Value{c.s}
				if c.sep != nil {
					args = append(args, c.sep)
				}
				return rt.Call(f, args, nil)
			})
		}})
	}
	pycase.Check(t, cases)
}
