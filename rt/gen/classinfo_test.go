package gen

import (
	"io"
	"runtime"
	"testing"
	"weak"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/stdlib/enum"
)

// TestSubVMClassesDie: every sandbox re-runs the module body, which makes
// new classes (plain, frozen dataclass, gl.Event subclass, enum); once the
// caller's state is back, nothing may keep them alive, however many
// sandboxes one transaction runs.
func TestSubVMClassesDie(t *testing.T) {
	fuel.Reset(1<<50, 1<<50)
	rt.Reset()
	Begin(nil)
	hostio.SubVMStderr = io.Discard
	var made []weak.Pointer[rt.Class]
	var globals []rt.Value
	body := func() {
		plain := MakeClass("A", "A", nil, &Namespace{})
		dc := MakeClass("D", "D", nil, &Namespace{Items: []rt.KW{{Name: "x", Value: rt.IntFromInt64(1)}}})
		Dataclass(dc, []string{"x"}, DataclassOptions{Init: true, Repr: true, Eq: true, Frozen: true})
		initSig := &Sig{Names: []string{"self", "a"}, NPos: 2, PosOnly: 2}
		ev := MakeClass("E", "E", []rt.Value{EventBase}, &Namespace{Items: []rt.KW{{Name: "__init__",
			Value: NewFunction("__init__", "E.__init__", initSig, nil, nil, func([]rt.Value) rt.Value { return rt.None })}}})
		en := enum.New("Color", "__main__", enum.KindEnum, []string{"RED"}, []rt.Value{rt.IntFromInt64(1)}).Cls
		for _, c := range []*rt.Class{plain, dc, ev, en} {
			made = append(made, weak.Make(c))
		}
		globals = []rt.Value{plain, dc, ev, en}
	}
	SetModule(func() any { return globals }, func(s any) { globals = s.([]rt.Value) }, func() { Reset(); body() },
		func(string) (rt.Value, bool) { return nil, false })
	defer SetModule(nil, nil, nil, nil)
	body() // the caller's module run
	callers := made
	made = nil
	f := NewFunction("f", "f", &Sig{}, nil, nil, func([]rt.Value) rt.Value {
		// the sub-VM's classes work like the caller's
		dc := globals[1].(*rt.Class)
		inst := rt.Call(dc, []rt.Value{rt.IntFromInt64(2)}, nil)
		if exc := rt.Catch(func() { SetAttr(inst, "x", rt.IntFromInt64(3)) }); exc == nil {
			panic("frozen dataclass instance was assigned")
		}
		return rt.Repr(inst)
	})
	const n = 50
	for range n {
		if out := spawnSandbox(f, false); out.Code != hostio.ResultReturn {
			t.Fatalf("sandbox: %d %q", out.Code, out.Data)
		}
	}
	if len(made) != 4*n {
		t.Fatalf("module body made %d classes in %d sandboxes", len(made), n)
	}
	runtime.GC()
	alive := 0
	for i, w := range made {
		if w.Value() != nil {
			t.Logf("alive: class %d (%s) of sandbox %d", i%4, w.Value().Name, i/4)
			alive++
		}
	}
	if alive != 0 {
		t.Errorf("%d of the %d classes made by sub-VMs are still alive after %d sandboxes", alive, len(made), n)
	}
	for _, w := range callers {
		if w.Value() == nil {
			t.Error("a class of the caller's module died")
		}
	}
	// the caller's classes still behave
	if got := rt.Repr(rt.Call(globals[1], []rt.Value{rt.IntFromInt64(5)}, nil)); got != "D(x=5)" {
		t.Errorf("caller's dataclass: %s", got)
	}
	runtime.KeepAlive(globals)
}
