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
