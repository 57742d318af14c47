package builtins

import (
	"strings"
	"testing"

	"github.com/genvm-go/genvm/rt"
)

func TestModuleBindsScopeNames(t *testing.T) {
	m := Module()
	for _, name := range strings.Fields(`len range enumerate zip sorted reversed min max sum any all abs round divmod pow
		isinstance issubclass int float str bool bytes bytearray list tuple dict set frozenset repr print getattr hasattr
		setattr type map filter iter next ord chr hex oct bin hash id callable format ValueError KeyError None True False`) {
		if _, ok := m.Get(name); !ok {
			t.Errorf("builtins.%s missing", name)
		}
	}
	if a, b := strings.Join(Module().Names(), ","), strings.Join(Module().Names(), ","); a != b {
		t.Error("Names order differs between fresh modules")
	}
	m.Set("len", rt.None)
	if v, _ := Module().Get("len"); v == rt.None {
		t.Error("rebinding leaked into a fresh module")
	}
	if v, _ := Lookup("sorted"); v == nil {
		t.Error("Lookup(sorted)")
	}
}

func TestPrintWritesToTransactionOutput(t *testing.T) {
	th := rt.Reset()
	Print([]rt.Value{"a", rt.IntFromInt64(1)}, []rt.KW{{Name: "sep", Value: "-"}})
	Print(nil, nil)
	if got := th.Stdout.String(); got != "a-1\n\n" {
		t.Fatalf("stdout = %q", got)
	}
}

func TestIDIsPerTransactionAndStable(t *testing.T) {
	rt.Reset()
	a, b := rt.NewList(nil), rt.NewList(nil)
	ia, ib, ia2 := ID([]rt.Value{a}, nil), ID([]rt.Value{b}, nil), ID([]rt.Value{a}, nil)
	if rt.Repr(ia) != rt.Repr(ia2) || rt.Repr(ia) == rt.Repr(ib) {
		t.Fatalf("ids %v %v %v", ia, ib, ia2)
	}
	rt.Reset()
	if got := ID([]rt.Value{b}, nil); rt.Repr(got) != rt.Repr(ia) {
		t.Fatalf("first id of a new transaction = %v, want %v", got, ia)
	}
}
