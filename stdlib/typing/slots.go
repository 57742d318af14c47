package typing

import (
	"strconv"

	"github.com/genvm-go/genvm/rt"
)

// Parameters returns __parameters__: the type variables in args, in first
// appearance order, descending into nested aliases.
func (g *GenericAlias) Parameters() []rt.Value {
	var out []rt.Value
	var walk func(vs []rt.Value)
	walk = func(vs []rt.Value) {
		for _, v := range vs {
			switch x := v.(type) {
			case *TypeVar:
				dup := false
				for _, o := range out {
					dup = dup || o == v
				}
				if !dup {
					out = append(out, x)
				}
			case *GenericAlias:
				walk(x.Args)
			case *rt.Tuple:
				walk(x.Items)
			}
		}
	}
	if g.kind != kindLiteral {
		walk(g.Args)
	}
	return out
}

// Subscript is g[key]: substitution of g's type variables.
func (g *GenericAlias) Subscript(key rt.Value) rt.Value {
	params := g.Parameters()
	if len(params) == 0 {
		rt.Raisef(rt.TypeError, g.Repr(), " is not a generic class")
	}
	ps := args(key)
	if len(ps) > len(params) {
		rt.Raisef(rt.TypeError, "Too many arguments for ", g.Repr(), "; actual ", strconv.Itoa(len(ps)), ", expected ", strconv.Itoa(len(params)))
	}
	if len(ps) < len(params) {
		rt.Raisef(rt.TypeError, "Too few arguments for ", g.Repr(), "; actual ", strconv.Itoa(len(ps)), ", expected at least ", strconv.Itoa(len(params)))
	}
	for i, p := range ps {
		ps[i] = typeConvert(p)
	}
	return g.subst(params, ps)
}

func substValue(v rt.Value, params, ps []rt.Value) rt.Value {
	switch x := v.(type) {
	case *TypeVar:
		for i, p := range params {
			if p == v {
				return ps[i]
			}
		}
	case *GenericAlias:
		return x.subst(params, ps)
	}
	return v
}

func (g *GenericAlias) subst(params, ps []rt.Value) rt.Value {
	if g.kind == kindLiteral {
		return g
	}
	out := make([]rt.Value, len(g.Args))
	for i, a := range g.Args {
		out[i] = substValue(a, params, ps)
	}
	switch g.kind {
	case kindUnion:
		if g.pep604 {
			u := out[0]
			for _, x := range out[1:] {
				u = rt.Binary(rt.OpOr, u, x)
			}
			return u
		}
		return MakeUnion(out)
	case kindAnnotated:
		return MakeAnnotated(out[0], g.Meta)
	}
	return &GenericAlias{kind: g.kind, Origin: g.Origin, Args: out, Name: g.Name}
}

// Equal implements == between typing forms (CPython's __eq__ of the alias
// classes); the second result is false for NotImplemented.
func (g *GenericAlias) Equal(other rt.Value) (bool, bool) {
	switch g.kind {
	case kindUnion:
		var oargs []rt.Value
		switch o := other.(type) {
		case *GenericAlias:
			if o.kind != kindUnion {
				return false, false
			}
			oargs = o.Args
		case *rt.Union:
			for _, c := range o.Args {
				oargs = append(oargs, c)
			}
		default:
			return false, false
		}
		return sameSet(g.Args, oargs, rt.Eq), true
	case kindLiteral:
		o, ok := other.(*GenericAlias)
		if !ok || o.kind != kindLiteral {
			return false, false
		}
		return sameSet(g.Args, o.Args, func(a, b rt.Value) bool {
			return rt.TypeOf(a) == rt.TypeOf(b) && rt.Eq(a, b)
		}), true
	case kindAnnotated:
		o, ok := other.(*GenericAlias)
		if !ok || o.kind != kindAnnotated {
			return false, false
		}
		return rt.Eq(g.Origin, o.Origin) && rt.Eq(rt.NewTuple(g.Meta...), rt.NewTuple(o.Meta...)), true
	}
	o, ok := other.(*GenericAlias)
	if !ok || o.kind == kindUnion || o.kind == kindLiteral || o.kind == kindAnnotated {
		return false, false
	}
	if (g.kind == kindBuiltin) != (o.kind == kindBuiltin) {
		return false, true
	}
	return rt.Eq(g.Origin, o.Origin) && rt.Eq(rt.NewTuple(g.Args...), rt.NewTuple(o.Args...)), true
}

// sameSet compares two duplicate-free lists as sets.
func sameSet(a, b []rt.Value, eq func(x, y rt.Value) bool) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y || eq(x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// Hash returns hash(g), consistent with Equal (and, for unions, with
// int | str).
func (g *GenericAlias) Hash() int64 {
	switch g.kind {
	case kindUnion:
		var h int64
		for _, a := range g.Args {
			h ^= rt.Hash(a)
		}
		return h
	case kindLiteral:
		var h int64
		for _, a := range g.Args {
			h ^= rt.Hash(rt.NewTuple(a, rt.TypeOf(a)))
		}
		return h
	case kindAnnotated:
		return rt.Hash(rt.NewTuple(g.Origin, rt.NewTuple(g.Meta...)))
	}
	return rt.Hash(rt.NewTuple(g.Origin, rt.NewTuple(g.Args...)))
}

// hasTypingOr reports whether v's class defines typing's __or__/__ror__
// (Union[self, other] for any other operand).
func hasTypingOr(v rt.Value) bool {
	switch x := v.(type) {
	case *Form, *Alias, *TypeVar, *ForwardRef, *NewType:
		return true
	case *GenericAlias:
		return x.kind != kindBuiltin && !x.pep604
	}
	return false
}

// orSlot is a | b with a typing operand: a types.UnionType when both
// operands are unionable by type.__or__ (typing.Any | None), else
// Union[a, b] when either side is a typing form.
func orSlot(op rt.BinaryOp, a, b rt.Value) rt.Value {
	if op != rt.OpOr {
		return rt.NotImplemented
	}
	if !hasTypingOr(a) && unionable(a) && unionable(b) {
		return makePEP604(a, b)
	}
	if hasTypingOr(a) || hasTypingOr(b) {
		return MakeUnion([]rt.Value{a, b})
	}
	return rt.NotImplemented
}

// instantiate is the error calling a form raises.
func cannotInstantiate(name string) {
	rt.Raisef(rt.TypeError, "Cannot instantiate typing.", name)
}

// concrete maps the aliases that refuse instantiation to their builtin.
var concrete = map[string]string{"List": "list", "Dict": "dict", "Set": "set", "FrozenSet": "frozenset", "Tuple": "tuple", "Type": "type"}

// abstractMethods completes CPython's "Can't instantiate abstract class"
// message for each collections.abc class (generated from CPython 3.13).
var abstractMethods = map[string]string{
	"Awaitable":       "an implementation for abstract method '__await__'",
	"Coroutine":       "an implementation for abstract methods '__await__', 'send', 'throw'",
	"AsyncIterable":   "an implementation for abstract method '__aiter__'",
	"AsyncIterator":   "an implementation for abstract method '__anext__'",
	"Iterable":        "an implementation for abstract method '__iter__'",
	"Iterator":        "an implementation for abstract method '__next__'",
	"Reversible":      "an implementation for abstract methods '__iter__', '__reversed__'",
	"Sized":           "an implementation for abstract method '__len__'",
	"Container":       "an implementation for abstract method '__contains__'",
	"Collection":      "an implementation for abstract methods '__contains__', '__iter__', '__len__'",
	"Callable":        "an implementation for abstract method '__call__'",
	"Set":             "an implementation for abstract methods '__contains__', '__iter__', '__len__'",
	"MutableSet":      "an implementation for abstract methods '__contains__', '__iter__', '__len__', 'add', 'discard'",
	"Mapping":         "an implementation for abstract methods '__getitem__', '__iter__', '__len__'",
	"MutableMapping":  "an implementation for abstract methods '__delitem__', '__getitem__', '__iter__', '__len__', '__setitem__'",
	"Sequence":        "an implementation for abstract methods '__getitem__', '__len__'",
	"MutableSequence": "an implementation for abstract methods '__delitem__', '__getitem__', '__len__', '__setitem__', 'insert'",
	"ByteString":      "an implementation for abstract methods '__getitem__', '__len__'",
	"Generator":       "an implementation for abstract methods 'send', 'throw'",
	"AsyncGenerator":  "an implementation for abstract methods 'asend', 'athrow'",
	"Hashable":        "an implementation for abstract method '__hash__'",
}

func callAlias(name string, origin rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
	if b, ok := concrete[name]; ok {
		rt.Raisef(rt.TypeError, "Type ", name, " cannot be instantiated; use ", b, "() instead")
	}
	c, _ := origin.(*rt.Class)
	if c != nil && c.Module == "builtins" {
		return rt.CallClass(c, args, kwargs)
	}
	if c != nil && c.Module == "collections.abc" {
		if m, ok := abstractMethods[c.Name]; ok {
			rt.Raisef(rt.TypeError, "Can't instantiate abstract class ", c.Name, " without ", m)
		}
	}
	// collections.deque, Counter, ... and the mapping views have no
	// runtime implementation.
	rt.Raisef(rt.NotImplementedError, "typing.", name, "() is not supported by genvm-go")
	return nil
}

func init() {
	rt.ClassGetItem = ClassGetItem // list[int], Box[int] in expressions
	rt.InstanceCheck, rt.SubclassCheck = instanceCheck, subclassCheck
	for _, c := range []*rt.Class{SpecialFormType, AnyMetaType, SpecialAliasType, GenericAliasType, ForwardRefType, TypeVarType, NewTypeType} {
		c.Final = true
	}
	// _SpecialForm
	s := &SpecialFormType.Slots
	s.Repr = func(v rt.Value) string { return "typing." + v.(*Form).Name }
	s.Hash = func(v rt.Value) int64 { return rt.HashStr("typing." + v.(*Form).Name) }
	s.GetItem = func(v, key rt.Value) rt.Value { return subscriptForm(v.(*Form), key) }
	s.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		cannotInstantiate(v.(*Form).Name)
		return nil
	}
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		switch name {
		case "_name", "__name__":
			return v.(*Form).Name, true
		case "__module__":
			return "typing", true
		}
		return nil, false
	}
	s.Binary = orSlot

	// Any
	s = &AnyMetaType.Slots
	s.Repr = func(rt.Value) string { return "typing.Any" }
	s.Hash = func(rt.Value) int64 { return rt.HashStr("typing.Any") }
	s.Call = func(rt.Value, []rt.Value, []rt.KW) rt.Value {
		rt.Raise(rt.TypeError, "Any cannot be instantiated")
		return nil
	}
	s.GetItem = func(v, key rt.Value) rt.Value {
		rt.Raise(rt.TypeError, "type 'Any' is not subscriptable")
		return nil
	}
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		switch name {
		case "__name__", "__qualname__":
			return "Any", true
		case "__module__":
			return "typing", true
		}
		return nil, false
	}
	s.Binary = orSlot

	// _SpecialGenericAlias
	s = &SpecialAliasType.Slots
	s.Repr = func(v rt.Value) string { return "typing." + v.(*Alias).Name }
	s.Hash = func(v rt.Value) int64 { return rt.HashStr("typing." + v.(*Alias).Name) }
	s.GetItem = func(v, key rt.Value) rt.Value { return subscriptAlias(v.(*Alias), key) }
	s.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		a := v.(*Alias)
		return callAlias(a.Name, a.Origin, args, kwargs)
	}
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		a := v.(*Alias)
		switch name {
		case "_name", "__name__", "__qualname__":
			return a.Name, true
		case "__origin__":
			return a.Origin, true
		case "__module__":
			return "typing", true
		}
		return nil, false
	}
	s.Binary = orSlot

	// _GenericAlias and subclasses
	s = &GenericAliasType.Slots
	s.Repr = func(v rt.Value) string { return v.(*GenericAlias).Repr() }
	s.Hash = func(v rt.Value) int64 { return v.(*GenericAlias).Hash() }
	s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		if op != rt.OpEQ && op != rt.OpNE {
			return rt.NotImplemented
		}
		g, ok := a.(*GenericAlias)
		other := b
		if !ok {
			g, other = b.(*GenericAlias), a
		}
		eq, ok := g.Equal(other)
		if !ok {
			return rt.NotImplemented
		}
		return eq == (op == rt.OpEQ)
	}
	s.GetItem = func(v, key rt.Value) rt.Value { return v.(*GenericAlias).Subscript(key) }
	s.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		g := v.(*GenericAlias)
		switch g.kind {
		case kindUnion, kindLiteral:
			if g.pep604 {
				rt.Raise(rt.TypeError, "'types.UnionType' object is not callable")
			}
			cannotInstantiate(g.Origin.(*Form).Name)
		case kindAnnotated, kindBuiltin:
			return rt.Call(g.Origin, args, kwargs)
		}
		if f, ok := g.Origin.(*Form); ok {
			cannotInstantiate(f.Name)
		}
		return callAlias(g.Name, g.Origin, args, kwargs)
	}
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		g := v.(*GenericAlias)
		switch name {
		case "__origin__":
			return g.Origin, true
		case "__args__":
			return rt.NewTuple(append([]rt.Value(nil), g.Args...)...), true
		case "__parameters__":
			return rt.NewTuple(g.Parameters()...), true
		case "__metadata__":
			if g.kind == kindAnnotated {
				return rt.NewTuple(append([]rt.Value(nil), g.Meta...)...), true
			}
		case "_name":
			if g.Name == "" {
				return rt.None, true
			}
			return g.Name, true
		case "__name__", "__qualname__":
			if g.kind == kindAnnotated {
				return "Annotated", true
			}
			if g.Name != "" {
				return g.Name, true
			}
			return rt.GetAttr(g.Origin, name), true
		case "__module__":
			return "typing", true
		}
		return nil, false
	}
	s.Binary = orSlot
	BuiltinAliasType.Slots = GenericAliasType.Slots
	BuiltinAliasType.Final = true
	PEP604UnionType.Slots = GenericAliasType.Slots
	PEP604UnionType.Final = true

	// ForwardRef
	s = &ForwardRefType.Slots
	s.Repr = func(v rt.Value) string { return "ForwardRef(" + rt.Repr(v.(*ForwardRef).Arg) + ")" }
	s.Hash = func(v rt.Value) int64 { return rt.Hash(rt.NewTuple(v.(*ForwardRef).Arg, rt.None)) }
	s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		x, ok1 := a.(*ForwardRef)
		y, ok2 := b.(*ForwardRef)
		if !ok1 || !ok2 || (op != rt.OpEQ && op != rt.OpNE) {
			return rt.NotImplemented
		}
		return (x.Arg == y.Arg) == (op == rt.OpEQ)
	}
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		if name == "__forward_arg__" {
			return v.(*ForwardRef).Arg, true
		}
		return nil, false
	}
	s.Binary = orSlot

}
