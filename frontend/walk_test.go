package frontend

import (
	"strings"
	"testing"
)

// TestInspectVisitsAllNodesInOrder checks that Inspect reaches every
// positioned node, in field order (decorators and type parameters first).
func TestInspectVisitsAllNodesInOrder(t *testing.T) {
	src := "@d\ndef f[T](a: int = 1, *b, c, **k) -> T:\n    return [x async for x in g(a, k=2) if x]\n"
	mod, err := ParseFile("t.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	Inspect(mod, func(n any) bool {
		switch n := n.(type) {
		case *Name:
			names = append(names, n.Id)
		case *Arg:
			names = append(names, "arg:"+n.Arg)
		case *TypeVar:
			names = append(names, "tv:"+n.Name)
		}
		return true
	})
	got := strings.Join(names, " ")
	want := "d tv:T arg:a int arg:b arg:c arg:k T x x g a x"
	if got != want {
		t.Errorf("Inspect order:\n got %s\nwant %s", got, want)
	}
	// Returning false prunes a subtree.
	count := 0
	Inspect(mod, func(n any) bool {
		if n != nil {
			count++
		}
		_, isFunc := n.(*FunctionDef)
		return !isFunc
	})
	if count != 2 {
		t.Errorf("pruned walk visited %d nodes, want 2 (module, def)", count)
	}
}

func TestParseExpr(t *testing.T) {
	e, err := ParseExpr("gl.eq_principle.strict_eq(lambda: x[1:2])")
	if err != nil {
		t.Fatal(err)
	}
	want := "Call(func=Attribute(value=Attribute(value=Name(id='gl', ctx=Load()), attr='eq_principle', ctx=Load()), attr='strict_eq', ctx=Load()), args=[Lambda(args=arguments(), body=Subscript(value=Name(id='x', ctx=Load()), slice=Slice(lower=Constant(value=1), upper=Constant(value=2)), ctx=Load()))])"
	if got := DumpExpr(e, false); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if _, err := ParseExpr("x = 1"); err == nil {
		t.Error("ParseExpr accepted a statement")
	}
}

// TestLongChainsAreBounded checks that a left-recursive chain longer than
// maxChain is a SyntaxError (so walks over the tree stay shallow).
func TestLongChainsAreBounded(t *testing.T) {
	if _, err := ParseFile("c.py", []byte("x = a"+strings.Repeat(".b", maxChain+1)+"\n")); err == nil {
		t.Error("chain longer than maxChain accepted")
	}
	if _, err := ParseFile("c.py", []byte("x = 1"+strings.Repeat("+1", 5000)+"\n")); err != nil {
		t.Errorf("5000-term sum rejected: %v", err)
	}
}
