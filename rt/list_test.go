package rt

import "testing"

// TestTypedSequenceHelpers covers the unboxed helpers codegen calls
// directly (their dynamic counterparts are checked against CPython).
func TestTypedSequenceHelpers(t *testing.T) {
	i := IntFromInt64
	l := ListOf(i(1), i(2), i(3))
	for _, c := range []struct{ got, want string }{
		{Repr(l.Slice(nil, nil, i(-1))), "[3, 2, 1]"},
		{Repr(l.Slice(i(1), None, nil)), "[2, 3]"},
		{Repr(NewTuple(l.Items...).Slice(i(1), nil, nil)), "(2, 3)"},
		{Repr(l.Get(-1)), "3"},
		{Outcome(func() Value { return l.Get(3) }), "IndexError: list index out of range"},
		{Outcome(func() Value { l.SetIndex(-4, None); return None }), "IndexError: list assignment index out of range"},
		{Repr(l.Pop(0)), "1"},
		{Repr(l), "[2, 3]"},
	} {
		if c.got != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	l.Insert(-100, "a")
	l.Extend(NewTuple(i(9)))
	if got := Repr(l); got != "['a', 2, 3, 9]" {
		t.Errorf("after insert/extend: %s", got)
	}
	if l.Index(i(3)) != 2 || l.Index("z") != -1 || !l.Contains("a") {
		t.Error("Index/Contains")
	}
	lo, hi, st, n := SliceIndices(None, None, i(-2), 5)
	if lo != 4 || hi != -1 || st != -2 || n != 3 {
		t.Errorf("SliceIndices = %d %d %d %d", lo, hi, st, n)
	}
}

func TestDictStrFastPaths(t *testing.T) {
	d := NewDict(0)
	d.SetStr("a", IntFromInt64(1))
	d.Set("b", IntFromInt64(2))
	d.SetStr("a", IntFromInt64(3))
	if v, ok := d.GetStr("a"); !ok || Repr(v) != "3" {
		t.Fatalf("GetStr(a) = %v %v", v, ok)
	}
	if _, ok := d.GetStr("c"); ok {
		t.Fatal("GetStr(c) found")
	}
	for n := 0; n < 50; n++ {
		d.SetStr(Int{small: int64(n)}.String(), IntFromInt64(int64(n)))
	}
	if v, ok := d.Get("42"); !ok || Repr(v) != "42" || d.Len() != 52 {
		t.Fatalf("Get(42) = %v %v, len %d", v, ok, d.Len())
	}
	if got := Repr(NewList(d.Keys()[:3])); got != "['a', 'b', '0']" {
		t.Fatalf("order: %s", got)
	}
}

// evilKey is a hashable object whose __eq__ empties the container being
// searched, the pathological case CPython handles by restarting the probe.
type evilKey struct{ victim func() }

var evilClass = NewClass("Evil", "__main__")

func (*evilKey) Class() *Class { return evilClass }

func init() {
	evilClass.Slots.Hash = func(Value) int64 { return 42 }
	evilClass.Slots.Compare = func(op CompareOp, a, b Value) Value {
		if x, ok := a.(*evilKey); ok && x.victim != nil {
			x.victim()
		}
		return false
	}
}

// TestMutationDuringLookupDoesNotPanic: a key whose __eq__ clears the dict
// or set being searched must not make the runtime index out of range.
func TestMutationDuringLookupDoesNotPanic(t *testing.T) {
	for _, n := range []int{1, 20} {
		d := NewDict(0)
		for i := range n * 20 {
			d.Set(IntFromInt64(int64(i)), None)
		}
		k1 := &evilKey{}
		d.Set(k1, "x")
		k1.victim = func() { d.Clear() }
		if _, ok := d.Get(&evilKey{}); ok {
			t.Fatal("found after clear")
		}
		d.Set(k1, "y")
		d.Set(&evilKey{}, "z")
		if d.Len() != 1 && d.Len() != 2 {
			t.Fatalf("len %d", d.Len())
		}
		s := NewSet()
		for i := range n * 20 {
			s.Add(IntFromInt64(int64(i)))
		}
		k2 := &evilKey{}
		s.Add(k2)
		k2.victim = func() { s.clearTable() }
		if s.Contains(&evilKey{}) {
			t.Fatal("set found after clear")
		}
		s.Add(&evilKey{})
	}
}

func TestUnboxedLookups(t *testing.T) {
	d := NewDict(0)
	for n := int64(-5); n < 40; n++ {
		d.Set(IntFromInt64(n), IntFromInt64(n*n))
	}
	d.Set(2.5, "f")
	d.Set(true, "t") // equal to 1: updates the value of key 1
	for _, n := range []int64{-5, 0, 1, 7, 39} {
		v, ok := d.GetInt(n)
		want := Repr(IntFromInt64(n * n))
		if n == 1 {
			want = "'t'"
		}
		if !ok || Repr(v) != want {
			t.Errorf("GetInt(%d) = %v %v, want %s", n, v, ok, want)
		}
	}
	if _, ok := d.GetInt(40); ok {
		t.Error("GetInt(40) found")
	}
	small := DictFromPairs(1.0, "one")
	if v, ok := small.GetInt(1); !ok || v != "one" {
		t.Errorf("GetInt(1) on {1.0: ...} = %v %v", v, ok)
	}
	s := SetOf("a", "b", IntFromInt64(3))
	for i := 0; i < 100; i++ {
		s.Add(Int{small: int64(i)}.String())
	}
	if !s.ContainsStr("a") || !s.ContainsStr("99") || s.ContainsStr("zz") || NewSet().ContainsStr("a") {
		t.Error("ContainsStr")
	}
}

// seqOnly is an object with __getitem__ but no __iter__ (the old sequence
// protocol): iteration indexes it until IndexError.
type seqOnly struct{ n int }

var seqOnlyClass = NewClass("SeqOnly", "__main__")

func (*seqOnly) Class() *Class { return seqOnlyClass }

func init() {
	seqOnlyClass.Slots.GetItem = func(v, key Value) Value {
		i, _ := key.(Int).Int64()
		if int(i) >= v.(*seqOnly).n {
			Raise(IndexError, "out of range")
		}
		return IntFromInt64(i * 10)
	}
}

func TestSequenceProtocolIteration(t *testing.T) {
	s := &seqOnly{n: 3}
	if got := Repr(NewList(IterToSlice(s))); got != "[0, 10, 20]" {
		t.Fatalf("list(seq) = %s", got)
	}
	if !Contains(s, IntFromInt64(20)) || Contains(s, IntFromInt64(5)) {
		t.Fatal("in via iteration")
	}
	if got := Repr(NewTuple(Unpack(s, 3)...)); got != "(0, 10, 20)" {
		t.Fatalf("unpack = %s", got)
	}
}
