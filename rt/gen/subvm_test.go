package gen

import (
	"bytes"
	"io"
	"testing"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/rt/hostio"
)

func TestCopierPreservesSharing(t *testing.T) {
	shared := rt.NewList([]rt.Value{rt.IntFromInt64(1)})
	self := rt.NewList(nil)
	self.Items = append(self.Items, self) // a cycle
	d := rt.NewDict(0)
	d.Set("a", shared)
	d.Set("b", shared)
	imm := rt.NewTuple("x", rt.IntFromInt64(2))
	contract := &ContractInstance{}
	root := rt.NewList([]rt.Value{d, self, imm, contract, rt.NewTuple(shared)})
	c := NewCopier()
	cp := c.Copy(root).(*rt.List)
	if cp == root {
		t.Fatal("list not copied")
	}
	d2 := cp.Items[0].(*rt.Dict)
	a, _ := d2.Get("a")
	b, _ := d2.Get("b")
	if a == rt.Value(shared) || a != b {
		t.Errorf("shared list: copy %p %p (original %p)", a, b, shared)
	}
	s2 := cp.Items[1].(*rt.List)
	if s2 == self || s2.Items[0] != rt.Value(s2) {
		t.Error("cycle not preserved")
	}
	if cp.Items[2] != rt.Value(imm) {
		t.Error("a tuple of immutable values is shared")
	}
	if cp.Items[3] != rt.Value(contract) {
		t.Error("the contract instance must be shared")
	}
	if tp := cp.Items[4].(*rt.Tuple); tp.Items[0] != a {
		t.Error("a tuple holding a copied list must hold the same copy")
	}
	a.(*rt.List).Items[0] = rt.IntFromInt64(9)
	if !rt.Eq(shared.Items[0], rt.IntFromInt64(1)) {
		t.Error("mutating the copy changed the original")
	}
}

// TestCopierCells: a closure's captured variables are swapped for copies
// while the sub-VM runs and restored afterwards, also after a nonlocal
// rebinding; closures reached through captured variables are handled too.
func TestCopierCells(t *testing.T) {
	var lst rt.Value = rt.NewList([]rt.Value{rt.IntFromInt64(1)})
	var n = "unboxed"
	var innerCapt rt.Value = rt.NewList(nil)
	inner := WithCells(NewFunction("g", "g", &Sig{}, nil, nil, func([]rt.Value) rt.Value {
		return innerCapt
	}), func(c *Copier) { c.Cell(&innerCapt) })
	var innerVar rt.Value = inner
	f := WithCells(NewFunction("f", "f", &Sig{}, nil, nil, func([]rt.Value) rt.Value {
		lst.(*rt.List).Items = append(lst.(*rt.List).Items, rt.IntFromInt64(2))
		n = "rebound"
		innerCapt.(*rt.List).Items = append(innerCapt.(*rt.List).Items, rt.None)
		return lst
	}), func(c *Copier) { c.Cell(&lst); KeepCell(c, &n); c.Cell(&innerVar) })
	origLst, origInner := lst, innerCapt
	c := NewCopier()
	got := rt.Call(c.Copy(f), nil, nil)
	if got == origLst || lst == origLst || innerCapt == origInner {
		t.Fatal("captured variables not swapped for copies during the call")
	}
	c.Restore()
	if lst != origLst || n != "unboxed" || innerCapt != origInner {
		t.Fatalf("not restored: %v %v %v", rt.Repr(lst), n, rt.Repr(innerCapt))
	}
	if rt.Repr(lst) != "[1]" || rt.Repr(innerCapt) != "[]" {
		t.Errorf("originals mutated: %s %s", rt.Repr(lst), rt.Repr(innerCapt))
	}
}

// fakeModule is a module with one global list and the json module.
type fakeModule struct {
	g      rt.Value
	runs   int
	failAt int
}

func (m *fakeModule) install() {
	SetModule(func() any { return m.g }, func(s any) { m.g = s.(rt.Value) }, func() {
		m.runs++
		Reset()
		m.g = rt.NewList([]rt.Value{"fresh"})
		Import("json")
	}, func(name string) (rt.Value, bool) { return m.g, name == "g" })
}

func TestSubVMRestoresModuleState(t *testing.T) {
	fuel.Reset(1<<40, 1<<40)
	rt.Reset()
	Begin(nil)
	m := &fakeModule{g: rt.NewList([]rt.Value{"caller"})}
	m.install()
	defer SetModule(nil, nil, nil, nil)
	loads := ModAttr("json.loads")
	callerG := m.g
	instanceCounter = 42
	for _, body := range []func(*Copier) rt.Value{
		func(*Copier) rt.Value { // mutate and return
			m.g.(*rt.List).Items = append(m.g.(*rt.List).Items, "x")
			SetAttr(Import("json"), "loads", rt.None)
			return rt.IntFromInt64(1)
		},
		func(*Copier) rt.Value { // mutate and raise
			m.g = rt.None
			SetAttr(Import("json"), "loads", rt.None)
			panic(rt.NewException(rt.ValueError, "x"))
		},
	} {
		var stderr bytes.Buffer
		hostio.SubVMStderr = &stderr
		runSub(nondetMode, body)
		hostio.SubVMStderr = io.Discard
		if m.g != callerG || rt.Repr(m.g) != "['caller']" {
			t.Errorf("module global leaked: %s", rt.Repr(m.g))
		}
		if ModAttr("json.loads") != loads {
			t.Error("json.loads rebinding leaked")
		}
		if mode != (vmMode{}) {
			t.Errorf("mode not restored: %+v", mode)
		}
		if instanceCounter != 42 {
			t.Errorf("instance ids not restored: %d", instanceCounter)
		}
	}
	if m.runs != 2 {
		t.Errorf("module body ran %d times, want 2", m.runs)
	}
	// fuel exhaustion is not a sub-VM outcome: it propagates, after the
	// state is restored
	r := func() (r any) {
		defer func() { r = recover() }()
		runSub(nondetMode, func(*Copier) rt.Value { m.g = rt.None; panic(&fuel.Exhausted{}) })
		return nil
	}()
	if _, ok := r.(*fuel.Exhausted); !ok || m.g != callerG {
		t.Errorf("exhaustion: %v, global %s", r, rt.Repr(m.g))
	}
}

func TestSubVMOutcomes(t *testing.T) {
	fuel.Reset(1<<40, 1<<40)
	rt.Reset()
	Begin(nil)
	hostio.SubVMStderr = io.Discard
	for _, c := range []struct {
		fn   func(*Copier) rt.Value
		want string
	}{
		{func(*Copier) rt.Value { return rt.NewTuple(rt.IntFromInt64(1), "a") }, "Return(calldata=[1, 'a'])"},
		{func(*Copier) rt.Value { panic(NewUserError("no")) }, "UserError(message='no')"},
		{func(*Copier) rt.Value { panic(&rt.Exception{Cls: rt.SystemExit, Args: []rt.Value{rt.IntFromInt64(4)}}) }, "VMError(message='exit_code 4')"},
		{func(*Copier) rt.Value { return rt.NewSet() }, "VMError(message='exit_code 1')"}, // not calldata
		{func(*Copier) rt.Value { CheckSend("emit"); return rt.None }, "VMError(message='exit_code 1')"},
		{func(*Copier) rt.Value { runNondet(nil, nil); return rt.None }, "VMError(message='exit_code 1')"},
	} {
		if got := rt.Repr(resultObject(runSub(nondetMode, c.fn))); got != c.want {
			t.Errorf("got %s want %s", got, c.want)
		}
	}
	// gl.nondet outside a nondet block
	if exc := rt.Catch(func() { checkNondet() }); exc == nil || exc.Error() != "SystemError: 6: forbidden" {
		t.Errorf("gl.nondet outside: %v", exc)
	}
}

// BenchmarkSubVM measures a sandbox's entry and exit around a closure with
// two captured lists, over a module of 80 globals whose body reruns.
func BenchmarkSubVM(b *testing.B) {
	fuel.Reset(1<<62, 1<<62)
	rt.Reset()
	Begin(nil)
	var globals [80]rt.Value
	SetModule(func() any { s := globals; return &s }, func(s any) { globals = *s.(*[80]rt.Value) }, func() {
		Reset()
		for i := range globals {
			globals[i] = ContractBase
		}
	}, func(string) (rt.Value, bool) { return nil, false })
	defer SetModule(nil, nil, nil, nil)
	var a, bl rt.Value = rt.NewList([]rt.Value{rt.IntFromInt64(1), "x"}), rt.NewList(nil)
	f := WithCells(NewFunction("f", "f", &Sig{}, nil, nil, func([]rt.Value) rt.Value {
		return rt.IntFromInt64(int64(len(a.(*rt.List).Items) + len(bl.(*rt.List).Items)))
	}), func(c *Copier) { c.Cell(&a); c.Cell(&bl) })
	b.ReportAllocs()
	for b.Loop() {
		spawnSandbox(f, false)
	}
}
