package ir

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/frontend"
	"github.com/genvm-go/genvm/internal/pyoracle"
)

// scopeCases exercise Python's scoping rules; CPython's code objects say
// which variables are cells and which are free.
var scopeCases = []string{
	`
def f(a, b=1):
    x = a
    def g():
        return x + b
    return g
`, `
def outer():
    v = 1
    def mid():
        def inner():
            return v
        return inner
    return mid
`, `
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
`, `
G = 1
def f():
    global G
    G = 2
    def g():
        return G
    return g
`, `
def f():
    x = 1
    class C:
        y = x
        def m(self):
            return x
    return C
`, `
def f(xs):
    k = 2
    return [x * k for x in xs], {x: k for x in xs}, (x + k for x in xs)
`, `
def f(xs):
    return [lambda: x for x in xs]
`, `
def f():
    fs = [lambda i=i: i for i in range(3)]
    return fs
`, `
def f(xs):
    if any((y := x) > 1 for x in xs):
        return y
    return [z := x for x in xs], z
`, `
def deco(fn):
    return fn
def f(a):
    @deco
    def g(b=a):
        return lambda c: a + b + c
    return g
`, `
class C:
    x = 1
    def m(self):
        return x
    y = [x for _ in range(2)]
`, `
def f():
    def g():
        return h()
    def h():
        return 1
    return g
`, `
def f(a):
    try:
        pass
    except Exception as e:
        return lambda: e
    for i in range(3):
        pass
    with open(a) as fh:
        pass
    return lambda: (i, fh)
`, `
def f(a):
    def g():
        a = 2
        return a
    def h():
        return a
    return g, h
`, `
def f():
    x = 1
    def g():
        x = 2
        def h():
            return x
        return h
    return g
`,
}

func TestScopesAgainstCPython(t *testing.T) {
	pyoracle.Require(t)
	var script strings.Builder
	script.WriteString(`
import sys
cases = sys.stdin.read().split("\n#####\n")
def walk(co, out):
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            out.append("%s cells=%s frees=%s" % (c.co_qualname, sorted(c.co_cellvars), sorted(x for x in c.co_freevars if not x.startswith("__"))))
            walk(c, out)
for src in cases:
    out = []
    walk(compile(src, "x", "exec"), out)
    print("\n".join(sorted(out)))
    print("#####")
`)
	out, err := pyoracle.Run(script.String(), []byte(strings.Join(scopeCases, "\n#####\n")))
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, out)
	}
	want := strings.Split(string(out), "#####\n")
	for i, src := range scopeCases {
		got := describeScopes(t, src)
		if strings.TrimSpace(got) != strings.TrimSpace(want[i]) {
			t.Errorf("case %d:\n%s\n got:\n%s\nwant:\n%s", i, src, got, want[i])
		}
	}
}

// describeScopes prints, for every scope that CPython compiles to a code
// object, its cells and free variables, in the oracle's format.
func describeScopes(t *testing.T, src string) string {
	ast, err := frontend.ParseFile("x.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	m := newModule("x.py", ast)
	var lines []string
	var visit func(s *Scope)
	// cellsOf gathers the cells of s and of the comprehensions inlined into it.
	var cellsOf func(s *Scope, acc map[string]bool)
	cellsOf = func(s *Scope, acc map[string]bool) {
		for n, sym := range s.Syms {
			if sym.Kind == SymCell {
				acc[n] = true
			}
		}
		for _, c := range s.Children {
			if !isRealFunction(c) {
				cellsOf(c, acc)
			}
		}
	}
	var freesOf func(s *Scope, acc map[string]bool)
	freesOf = func(s *Scope, acc map[string]bool) {
		for _, n := range s.Free {
			if s.Syms[n] == nil || s.isFunctionLike() && s.Syms[n] == nil {
				acc[n] = true
			}
		}
		for _, c := range s.Children {
			if !isRealFunction(c) {
				sub := map[string]bool{}
				freesOf(c, sub)
				for n := range sub {
					if s.Syms[n] == nil {
						acc[n] = true
					}
				}
			}
		}
	}
	visit = func(s *Scope) {
		if s.Kind != ModuleScope && isRealFunction(s) {
			cells, frees := map[string]bool{}, map[string]bool{}
			if s.Kind != ClassScope {
				cellsOf(s, cells)
			}
			freesOf(s, frees)
			lines = append(lines, fmt.Sprintf("%s cells=%s frees=%s", qualOf(s), pyList(cells), pyList(frees)))
		}
		for _, c := range s.Children {
			visit(c)
		}
	}
	visit(m.Scope)
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func qualOf(s *Scope) string {
	name := s.Name
	if s.Kind == ComprehensionScope {
		name = "<genexpr>"
	}
	return qualPrefix(s.Parent) + name
}

func pyList(set map[string]bool) string {
	var names []string
	for n := range set {
		names = append(names, "'"+n+"'")
	}
	sort.Strings(names)
	return "[" + strings.Join(names, ", ") + "]"
}
