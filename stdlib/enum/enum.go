// Package enum is the runtime side of Python's enum module: enum classes
// built by the compiler from a class body (members with name and value in
// definition order, aliases for duplicate values), lookup by value
// (Color(1)) and by name (Color['RED']), iteration, and the members'
// repr/str/format/hash/comparison for Enum, IntEnum and StrEnum, with
// auto() values.
//
// Python reaches class-level protocols (iter(Color), len(Color),
// Color['RED']) through the metaclass; rt has no metaclass hook, so the
// compiler calls Iter, Len and ByName for those (see the package report).
package enum

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// Kind selects the enum flavour.
type Kind int

// Enum flavours: plain Enum, IntEnum, StrEnum, and Enum mixed with int or
// str (class C(int, Enum) / class C(str, Enum)).
const (
	KindEnum Kind = iota
	KindIntEnum
	KindStrEnum
	KindIntMixin
	KindStrMixin
)

// Base classes, as the enum module exports them.
var (
	EnumType    = rt.NewClass("Enum", "enum")
	IntEnumType = rt.NewClass("IntEnum", "enum", rt.IntType, EnumType)
	StrEnumType = rt.NewClass("StrEnum", "enum", rt.StrType, EnumType)
)

// Class is an enum class with its members.
type Class struct {
	Cls     *rt.Class
	Kind    Kind
	Members []*Member          // canonical members in definition order
	names   map[string]*Member // name -> member, aliases included (lookups only)
	order   []string           // all names, aliases included, in definition order
}

// Member is an enum member.
type Member struct {
	enum  *Class
	Name  string
	Value rt.Value
}

// Class returns the member's enum class.
func (m *Member) Class() *rt.Class { return m.enum.Cls }

// JSONValue lets json.dumps encode int/str enums as their values.
func (m *Member) JSONValue() rt.Value {
	if m.enum.Kind != KindEnum {
		return m.Value
	}
	return nil
}

// Auto is the value of auto() for the next member, given the values so far.
func Auto(kind Kind, name string, prev []rt.Value) rt.Value {
	if kind == KindStrEnum {
		return rt.CallMethod(name, "lower", nil, nil)
	}
	for i := len(prev) - 1; i >= 0; i-- {
		if n, ok := prev[i].(rt.Int); ok {
			return n.Add(rt.IntFromInt64(1))
		}
	}
	return rt.IntFromInt64(1)
}

// New builds the enum class name (in module mod) with the given members.
// Duplicate values make aliases of the first member with that value.
func New(name, mod string, kind Kind, names []string, values []rt.Value) *Class {
	base := EnumType
	switch kind {
	case KindIntEnum:
		base = IntEnumType
	case KindStrEnum:
		base = StrEnumType
	}
	var cls *rt.Class
	switch kind {
	case KindIntMixin:
		cls = rt.NewClass(name, mod, rt.IntType, base)
	case KindStrMixin:
		cls = rt.NewClass(name, mod, rt.StrType, base)
	default:
		cls = rt.NewClass(name, mod, base)
	}
	e := &Class{Cls: cls, Kind: kind, names: map[string]*Member{}}
	for i, n := range names {
		v := values[i]
		switch kind {
		case KindIntEnum, KindIntMixin:
			if _, ok := stdutil.ToInt(v); !ok {
				rt.Raisef(rt.ValueError, "invalid literal for int() with base 10: ", rt.Repr(v))
			}
		case KindStrEnum:
			if _, ok := v.(string); !ok {
				rt.Raisef(rt.TypeError, rt.Repr(v), " is not a string")
			}
		}
		if _, dup := e.names[n]; dup {
			rt.Raisef(rt.TypeError, "'", n, "' already defined as ", rt.Repr(e.names[n].Value))
		}
		var m *Member
		for _, prev := range e.Members {
			if rt.Eq(prev.Value, v) {
				m = prev // alias
				break
			}
		}
		if m == nil {
			m = &Member{enum: e, Name: n, Value: v}
			e.Members = append(e.Members, m)
		}
		e.names[n] = m
		e.order = append(e.order, n)
		cls.Attrs[n] = m
		cls.AttrOrder = append(cls.AttrOrder, n)
	}
	e.setup()
	return e
}

// ByValue is Color(value): the member with that value.
func (e *Class) ByValue(v rt.Value) *Member {
	if m, ok := v.(*Member); ok && m.enum == e {
		return m
	}
	for _, m := range e.Members {
		if rt.Eq(m.Value, v) {
			return m
		}
	}
	panic(rt.NewException(rt.ValueError, rt.Repr(v)+" is not a valid "+e.Cls.QualName))
}

// ByName is Color[name].
func (e *Class) ByName(name rt.Value) *Member {
	if s, ok := name.(string); ok {
		if m, ok := e.names[s]; ok {
			return m
		}
	}
	panic(&rt.Exception{Cls: rt.KeyError, Args: []rt.Value{name}})
}

// Iter is iter(Color): canonical members in definition order.
func (e *Class) Iter() rt.Iterator {
	items := make([]rt.Value, len(e.Members))
	for i, m := range e.Members {
		items[i] = m
	}
	return rt.Iter(rt.NewList(items))
}

// Len is len(Color).
func (e *Class) Len() int { return len(e.Members) }

// Contains is `x in Color`.
func (e *Class) Contains(v rt.Value) bool {
	if m, ok := v.(*Member); ok {
		return m.enum == e
	}
	for _, m := range e.Members {
		if rt.Eq(m.Value, v) {
			return true
		}
	}
	return false
}

// MembersDict is Color.__members__ (names, aliases included, to members).
func (e *Class) MembersDict() *rt.Dict {
	d := rt.NewDict(len(e.order))
	for _, n := range e.order {
		d.Set(n, e.names[n])
	}
	return d
}

func (m *Member) repr() string {
	return "<" + m.enum.Cls.QualName + "." + m.Name + ": " + rt.Repr(m.Value) + ">"
}

func (m *Member) str() string {
	switch m.enum.Kind {
	case KindIntEnum, KindStrEnum:
		return rt.Str(m.Value)
	}
	return m.enum.Cls.QualName + "." + m.Name
}

// valueLike reports whether members behave as their int/str values.
func (e *Class) valueLike() bool { return e.Kind != KindEnum }

func (e *Class) setup() {
	c := e.Cls
	rt.SetConstructor(c, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 || len(kwargs) > 0 {
			rt.Raisef(rt.TypeError, e.Cls.QualName, "() takes exactly one argument")
		}
		return e.ByValue(args[0])
	})
	c.Attrs["__members__"] = e.MembersDict()
	c.Slots.Repr = func(v rt.Value) string { return v.(*Member).repr() }
	c.Slots.Str = func(v rt.Value) string { return v.(*Member).str() }
	c.Slots.Format = func(v rt.Value, spec string) string {
		m := v.(*Member)
		if m.enum.valueLike() && m.enum.Kind != KindIntMixin && m.enum.Kind != KindStrMixin {
			return rt.Format(m.Value, spec)
		}
		return rt.Format(m.str(), spec)
	}
	c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		m := v.(*Member)
		switch name {
		case "name", "_name_":
			return m.Name, true
		case "value", "_value_":
			return m.Value, true
		}
		return nil, false
	}
	if e.valueLike() {
		c.Slots.Hash = func(v rt.Value) int64 { return rt.Hash(v.(*Member).Value) }
		c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
			return rt.Compare(op, unwrap(a), unwrap(b))
		}
		c.Slots.Binary = func(op rt.BinaryOp, a, b rt.Value) rt.Value {
			return rt.Binary(op, unwrap(a), unwrap(b))
		}
		c.Slots.Bool = func(v rt.Value) bool { return rt.Truth(v.(*Member).Value) }
		if e.Kind == KindIntEnum || e.Kind == KindIntMixin {
			c.Slots.Index = func(v rt.Value) rt.Int { n, _ := stdutil.ToInt(v.(*Member).Value); return n }
			c.Slots.Int = func(v rt.Value) rt.Value { return v.(*Member).Value }
			c.Slots.Float = func(v rt.Value) float64 { n, _ := stdutil.ToInt(v.(*Member).Value); return rt.IntToFloat(n) }
			c.Slots.Unary = func(op rt.UnaryOp, a rt.Value) rt.Value { return rt.Unary(op, a.(*Member).Value) }
		} else {
			c.Slots.Len = func(v rt.Value) int { return rt.Len(v.(*Member).Value) }
			c.Slots.Iter = func(v rt.Value) rt.Iterator { return rt.Iter(v.(*Member).Value) }
			c.Slots.Contains = func(v, x rt.Value) bool { return rt.Contains(v.(*Member).Value, x) }
			c.Slots.GetItem = func(v, k rt.Value) rt.Value { return rt.GetItem(v.(*Member).Value, k) }
		}
	} else {
		c.Slots.Hash = func(v rt.Value) int64 { return rt.HashStr(v.(*Member).Name) }
		c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
			if op == rt.OpEQ {
				return a == b
			}
			if op == rt.OpNE {
				return a != b
			}
			return rt.NotImplemented
		}
	}
}

func unwrap(v rt.Value) rt.Value {
	if m, ok := v.(*Member); ok && m.enum.valueLike() {
		return m.Value
	}
	return v
}

// Module returns a fresh enum module.
func Module() *rt.Module {
	m := rt.NewModule("enum")
	m.Set("Enum", EnumType)
	m.Set("IntEnum", IntEnumType)
	m.Set("StrEnum", StrEnumType)
	m.Func("auto", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("auto", args, kwargs, 0, 0)
		return &AutoValue{}
	})
	return m
}

// AutoValue is the placeholder auto() returns; the compiler replaces it
// with Auto's result when it builds the class.
type AutoValue struct{}

var autoType = rt.NewClass("auto", "enum")

// Class returns enum.auto.
func (*AutoValue) Class() *rt.Class { return autoType }
