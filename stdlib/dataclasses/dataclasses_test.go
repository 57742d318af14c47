package dataclasses

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

const setup = `
import dataclasses
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
@dataclass(frozen=True)
class F:
    a: int
    b: str = 'x'
@dataclass(order=True)
class O:
    a: int
    b: int = field(default=0, compare=False)
@dataclass
class K:
    a: int
    b: int = field(kw_only=True)
    c: int = field(default=1, repr=False)
`

func TestDataclassesMatchCPython(t *testing.T) {
	i := rt.IntFromInt64
	mk := func(name string, fields ...*Field) *Spec {
		return NewSpec(rt.NewClass(name, "__main__"), fields...)
	}
	y := NewField("y")
	y.Default = i(0)
	z := NewField("z")
	z.DefaultFactory = &rt.Builtin{Name: "list", Fn: func(a []rt.Value, _ []rt.KW) rt.Value { return rt.NewList(nil) }}
	P := mk("P", NewField("x"), y, z)
	NewObjectClass(P)
	fb := NewField("b")
	fb.Default = "x"
	F := mk("F", NewField("a"), fb)
	F.Frozen = true
	NewObjectClass(F)
	ob := NewField("b")
	ob.Default, ob.Compare = i(0), false
	O := mk("O", NewField("a"), ob)
	O.Order = true
	NewObjectClass(O)
	kb := NewField("b")
	kb.KwOnly = true
	kc := NewField("c")
	kc.Default, kc.Repr = i(1), false
	K := mk("K", NewField("a"), kb, kc)
	NewObjectClass(K)
	m := Module()
	call := func(name string, args []rt.Value, kw ...rt.KW) rt.Value {
		f, _ := m.Get(name)
		return rt.Call(f, args, kw)
	}
	kw := func(n string, v rt.Value) rt.KW { return rt.KW{Name: n, Value: v} }
	newP := func(args []rt.Value, kws ...rt.KW) rt.Value { return rt.CallClass(P.Class, args, kws) }
	var cases []pycase.Case
	add := func(py string, f func() rt.Value) {
		cases = append(cases, pycase.Case{Py: py, Go: func() string { return rt.Outcome(f) }})
	}
	add("P()", func() rt.Value { return newP(nil) })
	add("P(1, 2, 3, 4)", func() rt.Value { return newP([]rt.Value{i(1), i(2), i(3), i(4)}) })
	add("P(1, q=2)", func() rt.Value { return newP([]rt.Value{i(1)}, kw("q", i(2))) })
	add("P(1, x=2)", func() rt.Value { return newP([]rt.Value{i(1)}, kw("x", i(2))) })
	add("P(1, 2, z=[1])", func() rt.Value { return newP([]rt.Value{i(1), i(2)}, kw("z", rt.NewList([]rt.Value{i(1)}))) })
	add("P(1)", func() rt.Value { return newP([]rt.Value{i(1)}) })
	add("P(y=5, x='a')", func() rt.Value { return newP(nil, kw("y", i(5)), kw("x", "a")) })
	add("P(1) == P(1)", func() rt.Value { return rt.Compare(rt.OpEQ, newP([]rt.Value{i(1)}), newP([]rt.Value{i(1)})) })
	add("P(1) == P(2)", func() rt.Value { return rt.Compare(rt.OpEQ, newP([]rt.Value{i(1)}), newP([]rt.Value{i(2)})) })
	add("P(1) == 1", func() rt.Value { return rt.Compare(rt.OpEQ, newP([]rt.Value{i(1)}), i(1)) })
	add("P(1) < P(2)", func() rt.Value { return rt.Compare(rt.OpLT, newP([]rt.Value{i(1)}), newP([]rt.Value{i(2)})) })
	add("hash(P(1))", func() rt.Value { return rt.IntFromInt64(rt.Hash(newP([]rt.Value{i(1)}))) })
	add("P(1).z is not P(1).z", func() rt.Value {
		return rt.GetAttr(newP([]rt.Value{i(1)}), "z") != rt.GetAttr(newP([]rt.Value{i(1)}), "z")
	})
	add("dataclasses.asdict(P(1, [P(2)], {'k': (P(3),)}))", func() rt.Value {
		d := rt.NewDict(0)
		d.Set("k", rt.NewTuple(newP([]rt.Value{i(3)})))
		return call("asdict", []rt.Value{newP([]rt.Value{i(1), rt.NewList([]rt.Value{newP([]rt.Value{i(2)})}), d})})
	})
	add("dataclasses.astuple(P(1, P(2)))", func() rt.Value {
		return call("astuple", []rt.Value{newP([]rt.Value{i(1), newP([]rt.Value{i(2)})})})
	})
	add("dataclasses.asdict(1)", func() rt.Value { return call("asdict", []rt.Value{i(1)}) })
	add("dataclasses.replace(P(1), y=5)", func() rt.Value { return call("replace", []rt.Value{newP([]rt.Value{i(1)})}, kw("y", i(5))) })
	add("dataclasses.replace(P(1), q=5)", func() rt.Value { return call("replace", []rt.Value{newP([]rt.Value{i(1)})}, kw("q", i(5))) })
	add("dataclasses.is_dataclass(P(1)), dataclasses.is_dataclass(P), dataclasses.is_dataclass(1)", func() rt.Value {
		return rt.NewTuple(call("is_dataclass", []rt.Value{newP([]rt.Value{i(1)})}), call("is_dataclass", []rt.Value{P.Class}), call("is_dataclass", []rt.Value{i(1)}))
	})
	add("[f.name for f in dataclasses.fields(P)]", func() rt.Value {
		var out []rt.Value
		it := rt.Iter(call("fields", []rt.Value{P.Class}))
		for {
			f, ok := it.Next()
			if !ok {
				break
			}
			out = append(out, rt.GetAttr(f, "name"))
		}
		return rt.NewList(out)
	})
	add("dataclasses.field(default=1, default_factory=list)", func() rt.Value {
		return call("field", nil, kw("default", i(1)), kw("default_factory", i(0)))
	})
	newF := func(args ...rt.Value) rt.Value { return rt.CallClass(F.Class, args, nil) }
	add("F(1)", func() rt.Value { return newF(i(1)) })
	add("hash(F(1, 'y')) == hash((1, 'y'))", func() rt.Value { return rt.Hash(newF(i(1), "y")) == rt.HashTuple([]rt.Value{i(1), "y"}) })
	add("(lambda f: setattr(f, 'a', 2))(F(1))", func() rt.Value { rt.SetAttr(newF(i(1)), "a", i(2)); return rt.None })
	add("(lambda p: (setattr(p, 'x', 9), p)[1])(P(1))", func() rt.Value { p := newP([]rt.Value{i(1)}); rt.SetAttr(p, "x", i(9)); return p })
	newO := func(args ...rt.Value) rt.Value { return rt.CallClass(O.Class, args, nil) }
	add("O(1, 5) < O(2, 0), O(1, 5) == O(1, 6), O(2) >= O(1)", func() rt.Value {
		return rt.NewTuple(rt.Compare(rt.OpLT, newO(i(1), i(5)), newO(i(2), i(0))), rt.Compare(rt.OpEQ, newO(i(1), i(5)), newO(i(1), i(6))),
			rt.Compare(rt.OpGE, newO(i(2)), newO(i(1))))
	})
	add("O(1) < 3", func() rt.Value { return rt.Compare(rt.OpLT, newO(i(1)), i(3)) })
	add("K(1)", func() rt.Value { return rt.CallClass(K.Class, []rt.Value{i(1)}, nil) })
	add("K(1, b=2)", func() rt.Value { return rt.CallClass(K.Class, []rt.Value{i(1)}, []rt.KW{kw("b", i(2))}) })
	add("K(1, 2)", func() rt.Value { return rt.CallClass(K.Class, []rt.Value{i(1), i(2)}, nil) })
	add("K()", func() rt.Value { return rt.CallClass(K.Class, nil, nil) })
	pycase.CheckWithSetup(t, setup, cases)
}
