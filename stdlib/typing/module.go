// Package typing is the runtime side of Python's typing module. Contracts
// mostly use typing in annotations, which the compiler resolves statically,
// but the module's objects must exist and behave as in CPython 3.13: the
// special forms (Any, Optional, Union, Literal, ClassVar, Final, Annotated,
// ...) and generic aliases (List, Dict, Tuple, Callable, Sequence, Mapping,
// ...) are subscriptable, with CPython's reprs, equality, hashing and error
// messages; cast, TYPE_CHECKING, TypeVar, NewType, Generic, get_origin,
// get_args, get_type_hints, the no-op decorators, and the NamedTuple and
// TypedDict class builders the compiler calls.
//
// What the compiler calls (rt has no hook for these):
//   - Module() for `import typing` (a fresh module per transaction; the
//     forms themselves are immutable singletons);
//   - ClassGetItem(cls, key) for subscripting a class: Generic[T],
//     Protocol[T], a user generic Box[int], and list[int]/dict[str, int]
//     (types.GenericAlias);
//   - IsInstance(v, t) for isinstance when t may be a typing form
//     (Optional[int], typing.Sequence, a TypedDict class);
//   - NewNamedTuple(name, module, fields, types, defaults) for
//     `class P(NamedTuple)` (methods from the class body: P.Cls.AddMethod,
//     so that they bind to records), NewTypedDict(name, module, keys, types, required,
//     total) with RequiredKey for `class M(TypedDict)`;
//   - GetTypeHints reads class annotations from Class.Attrs["__annotations__"]
//     (a dict) along the MRO, so classes that should answer
//     typing.get_type_hints need that attribute.
package typing

import (
	"strconv"

	"github.com/genvm-go/genvm/rt"
)

// bindPy binds args to names with the messages of a Python-level function
// fn (e.g. "cast()"); the first required names have no default.
func bindPy(fn string, names []string, required int, args []rt.Value, kwargs []rt.KW) []rt.Value {
	n := len(names)
	if len(args) > n {
		var takes string
		if required == n {
			takes = strconv.Itoa(n) + " positional argument" + plural(n)
		} else {
			takes = "from " + strconv.Itoa(required) + " to " + strconv.Itoa(n) + " positional arguments"
		}
		was := " were given"
		if len(args) == 1 {
			was = " was given"
		}
		rt.Raisef(rt.TypeError, fn, " takes ", takes, " but ", strconv.Itoa(len(args)), was)
	}
	out := make([]rt.Value, n)
	copy(out, args)
	for _, kw := range kwargs {
		idx := -1
		for i, name := range names {
			if name == kw.Name {
				idx = i
			}
		}
		if idx < 0 {
			rt.Raisef(rt.TypeError, fn, " got an unexpected keyword argument '", kw.Name, "'")
		}
		if out[idx] != nil {
			rt.Raisef(rt.TypeError, fn, " got multiple values for argument '", kw.Name, "'")
		}
		out[idx] = kw.Value
	}
	var missing []string
	for i := 0; i < required; i++ {
		if out[i] == nil {
			missing = append(missing, "'"+names[i]+"'")
		}
	}
	if len(missing) > 0 {
		rt.Raisef(rt.TypeError, fn, " missing ", strconv.Itoa(len(missing)), " required positional argument", plural(len(missing)), ": ", joinAnd(missing))
	}
	return out
}

// Cast is typing.cast(typ, val): val.
func Cast(args []rt.Value, kwargs []rt.KW) rt.Value {
	return bindPy("cast()", []string{"typ", "val"}, 2, args, kwargs)[1]
}

// GetOrigin is typing.get_origin(tp).
func GetOrigin(tp rt.Value) rt.Value {
	switch x := tp.(type) {
	case *GenericAlias:
		if x.kind == kindAnnotated {
			return Annotated
		}
		if x.pep604 {
			return rt.UnionTypeClass
		}
		return x.Origin
	case *Alias:
		return x.Origin
	case *rt.Union:
		return rt.UnionTypeClass
	case *rt.Class:
		if x == GenericType {
			return x
		}
	}
	return rt.None
}

// GetArgs is typing.get_args(tp).
func GetArgs(tp rt.Value) *rt.Tuple {
	switch x := tp.(type) {
	case *GenericAlias:
		switch x.kind {
		case kindAnnotated:
			return rt.NewTuple(append([]rt.Value{x.Origin}, x.Meta...)...)
		case kindCallable:
			n := len(x.Args)
			if !(n == 2 && isParamExpr(x.Args[0])) {
				return rt.NewTuple(rt.NewList(append([]rt.Value(nil), x.Args[:n-1]...)), x.Args[n-1])
			}
		}
		return rt.NewTuple(append([]rt.Value(nil), x.Args...)...)
	case *rt.Union:
		items := make([]rt.Value, len(x.Args))
		for i, c := range x.Args {
			items[i] = c
		}
		return rt.NewTuple(items...)
	}
	return rt.NewTuple()
}

// ClassGetItem is cls[key] for a class: Generic[T], Protocol[T], or a
// user generic class (Box[int]). Other classes raise CPython's TypeError.
func ClassGetItem(cls *rt.Class, key rt.Value) rt.Value {
	if cls == GenericType || cls == ProtocolType {
		return subscriptGeneric(cls, key)
	}
	if cls.IsSubclass(GenericType) {
		ps := args(key)
		for i, p := range ps {
			ps[i] = typeConvert(p)
		}
		return &GenericAlias{kind: kindGeneric, Origin: cls, Args: ps}
	}
	if builtinGeneric(cls) {
		ps := args(key)
		if t, ok := key.(*rt.Tuple); ok && len(t.Items) == 0 && cls == rt.TupleType {
			ps = nil
		}
		return &GenericAlias{kind: kindBuiltin, Origin: cls, Args: ps, Name: cls.Name}
	}
	rt.Raisef(rt.TypeError, "type '", cls.Name, "' is not subscriptable")
	return nil
}

// builtinGeneric reports whether cls[...] makes a types.GenericAlias.
func builtinGeneric(cls *rt.Class) bool {
	switch cls {
	case rt.ListType, rt.DictType, rt.TupleType, rt.SetType, rt.FrozenSetType, rt.TypeType:
		return true
	}
	return abcClasses[cls.Module+"."+cls.Name] == cls
}

// IsInstance is isinstance(v, t) where t may be a typing form: unions
// check their members, unsubscripted concrete aliases their origin; other
// forms raise CPython's TypeErrors. Plain classes go to rt.IsInstance.
func IsInstance(v, t rt.Value) bool {
	switch x := t.(type) {
	case anyType:
		rt.Raise(rt.TypeError, "typing.Any cannot be used with isinstance()")
	case *GenericAlias:
		if x.kind == kindUnion {
			for _, a := range x.Args {
				if IsInstance(v, a) {
					return true
				}
			}
			return false
		}
		if x.kind == kindBuiltin {
			rt.Raise(rt.TypeError, "isinstance() argument 2 cannot be a parameterized generic")
		}
		rt.Raise(rt.TypeError, "Subscripted generics cannot be used with class and instance checks")
	case *Alias:
		if x.Origin.Module == "builtins" {
			return rt.IsInstance(v, x.Origin)
		}
		return abcInstance(v, x.Origin.Name)
	case *Form:
		rt.Raisef(rt.TypeError, "typing.", x.Name, " cannot be used with isinstance()")
	case *rt.Class:
		if IsTypedDict(x) {
			rt.Raise(rt.TypeError, "TypedDict does not support instance and class checks")
		}
	case *rt.Tuple:
		for _, it := range x.Items {
			if IsInstance(v, it) {
				return true
			}
		}
		return false
	}
	return rt.IsInstance(v, t)
}

// instanceCheck is rt.InstanceCheck: the __instancecheck__ of the typing
// objects (IsInstance).
func instanceCheck(v, t rt.Value) (bool, bool) {
	switch t.(type) {
	case anyType, *GenericAlias, *Alias, *Form:
		return IsInstance(v, t), true
	}
	return false, false
}

// subclassCheck is rt.SubclassCheck: issubclass(s, t) for a typing object
// t, with CPython's TypeErrors for the forms that refuse it.
func subclassCheck(s *rt.Class, t rt.Value) (bool, bool) {
	switch x := t.(type) {
	case anyType:
		return false, true // _AnyMeta has no __subclasscheck__: type's, False
	case *GenericAlias:
		switch x.kind {
		case kindUnion:
			for _, a := range x.Args {
				if rt.IsSubclass(s, a) {
					return true, true
				}
			}
			return false, true
		case kindBuiltin:
			rt.Raise(rt.TypeError, "issubclass() argument 2 cannot be a parameterized generic")
		}
		rt.Raise(rt.TypeError, "Subscripted generics cannot be used with class and instance checks")
	case *Alias:
		if x.Origin.Module == "builtins" {
			return s.IsSubclass(x.Origin), true
		}
	case *Form:
		rt.Raisef(rt.TypeError, "typing.", x.Name, " cannot be used with issubclass()")
	}
	return false, false
}

// abcInstance approximates isinstance(v, collections.abc.<name>) for the
// runtime's built-in types.
func abcInstance(v rt.Value, name string) bool {
	switch v.(type) {
	case *rt.List:
		switch name {
		case "Iterable", "Reversible", "Sized", "Container", "Collection", "Sequence", "MutableSequence":
			return true
		}
	case *rt.Tuple, string, rt.Bytes, *rt.Range:
		switch name {
		case "Iterable", "Reversible", "Sized", "Container", "Collection", "Sequence", "Hashable":
			return true
		case "ByteString":
			_, ok := v.(rt.Bytes)
			return ok
		}
	case *rt.ByteArray:
		switch name {
		case "Iterable", "Reversible", "Sized", "Container", "Collection", "Sequence", "MutableSequence", "ByteString":
			return true
		}
	case *rt.Dict:
		switch name {
		case "Iterable", "Reversible", "Sized", "Container", "Collection", "Mapping", "MutableMapping":
			return true
		}
	case *rt.Set:
		switch name {
		case "Iterable", "Sized", "Container", "Collection", "Set", "MutableSet":
			return true
		}
	case *rt.FrozenSet:
		switch name {
		case "Iterable", "Sized", "Container", "Collection", "Set", "Hashable":
			return true
		}
	}
	switch name {
	case "Hashable":
		defer func() { _ = recover() }()
		rt.Hash(v)
		return true
	case "Callable":
		for _, m := range rt.TypeOf(v).MRO {
			if m.Slots.Call != nil {
				return true
			}
		}
	}
	return false
}

// builtinNames resolves string annotations in get_type_hints.
var builtinNames = map[string]rt.Value{"int": rt.IntType, "str": rt.StrType, "float": rt.FloatType, "bool": rt.BoolType,
	"bytes": rt.BytesType, "bytearray": rt.ByteArrayType, "list": rt.ListType, "dict": rt.DictType, "tuple": rt.TupleType,
	"set": rt.SetType, "frozenset": rt.FrozenSetType, "object": rt.ObjectType, "type": rt.TypeType, "None": rt.NoneTypeClass}

func resolveHint(v rt.Value) rt.Value {
	switch x := v.(type) {
	case rt.NoneType:
		return rt.NoneTypeClass
	case string:
		if c, ok := builtinNames[x]; ok {
			return c
		}
		if a := AliasNamed(x); a != nil {
			return a
		}
		if x == "Any" {
			return Any
		}
		rt.Raisef(rt.NameError, "name '", x, "' is not defined")
	case *ForwardRef:
		return resolveHint(x.Arg)
	case *GenericAlias:
		if x.kind == kindLiteral {
			return v
		}
		out := make([]rt.Value, len(x.Args))
		changed := false
		for i, a := range x.Args {
			out[i] = resolveHint(a)
			changed = changed || out[i] != a
		}
		if !changed {
			return v
		}
		switch x.kind {
		case kindUnion:
			return MakeUnion(out)
		case kindAnnotated:
			return MakeAnnotated(out[0], x.Meta)
		}
		return &GenericAlias{kind: x.kind, Origin: x.Origin, Args: out, Name: x.Name}
	}
	return v
}

func stripAnnotated(v rt.Value) rt.Value {
	if g, ok := v.(*GenericAlias); ok {
		if g.kind == kindAnnotated {
			return stripAnnotated(g.Origin)
		}
		if g.Name == "Required" || g.Name == "NotRequired" || g.Name == "ReadOnly" {
			return stripAnnotated(g.Args[0])
		}
	}
	return v
}

// GetTypeHints is typing.get_type_hints(obj, include_extras=...): the
// __annotations__ of a class (bases first) or of an object that has them,
// with None as NoneType, simple string annotations resolved and Annotated
// stripped unless includeExtras.
func GetTypeHints(obj rt.Value, includeExtras bool) *rt.Dict {
	out := rt.NewDict(0)
	add := func(ann rt.Value) {
		d, ok := ann.(*rt.Dict)
		if !ok {
			return
		}
		d.Range(func(k, v rt.Value) bool {
			v = resolveHint(v)
			if !includeExtras {
				v = stripAnnotated(v)
			}
			out.Set(k, v)
			return true
		})
	}
	if c, ok := obj.(*rt.Class); ok {
		for i := len(c.MRO) - 1; i >= 0; i-- {
			if ann, ok := c.MRO[i].Attrs["__annotations__"]; ok {
				add(ann)
			}
		}
		return out
	}
	if ann, ok := rt.LookupAttr(obj, "__annotations__"); ok {
		add(ann)
		return out
	}
	if rt.TypeOf(obj) == rt.BuiltinFunctionType || rt.TypeOf(obj) == rt.ModuleType {
		return out
	}
	rt.Raisef(rt.TypeError, rt.Repr(obj), " is not a module, class, method, or function.")
	return nil
}

func namedTupleFunc(args []rt.Value, kwargs []rt.KW) rt.Value {
	if len(args) == 0 {
		rt.Raise(rt.TypeError, "NamedTuple() missing 1 required positional argument: 'typename'")
	}
	if len(args) > 2 {
		rt.Raisef(rt.TypeError, "NamedTuple() takes from 1 to 2 positional arguments but ", strconv.Itoa(len(args)), " were given")
	}
	name, ok := args[0].(string)
	if !ok {
		rt.Raisef(rt.TypeError, "type.__new__() argument 1 must be str, not ", rt.TypeName(args[0]))
	}
	var fields []string
	var types []rt.Value
	addField := func(n, t rt.Value) {
		s, ok := n.(string)
		if !ok {
			rt.Raisef(rt.TypeError, "Type names and field names must be strings")
		}
		fields = append(fields, s)
		types = append(types, typeCheck(t, "field "+s+" annotation must be a type"))
	}
	if len(args) == 2 && args[1] != rt.Value(rt.None) {
		if len(kwargs) > 0 {
			rt.Raise(rt.TypeError, "Either list of fields or keywords can be provided to NamedTuple, not both")
		}
		it := rt.Iter(args[1])
		for {
			pair, ok := it.Next()
			if !ok {
				break
			}
			var items []rt.Value
			pi := rt.Iter(pair)
			for {
				x, ok := pi.Next()
				if !ok {
					break
				}
				items = append(items, x)
			}
			if len(items) > 2 {
				rt.Raise(rt.ValueError, "too many values to unpack (expected 2)")
			}
			if len(items) < 2 {
				rt.Raisef(rt.ValueError, "not enough values to unpack (expected 2, got ", strconv.Itoa(len(items)), ")")
			}
			addField(items[0], items[1])
		}
	} else {
		for _, kw := range kwargs {
			addField(kw.Name, kw.Value)
		}
	}
	return NewNamedTuple(name, "__main__", fields, types, nil).Cls
}

func typedDictFunc(args []rt.Value, kwargs []rt.KW) rt.Value {
	if len(args) == 0 {
		rt.Raise(rt.TypeError, "TypedDict() missing 1 required positional argument: 'typename'")
	}
	if len(args) > 2 {
		rt.Raisef(rt.TypeError, "TypedDict() takes from 1 to 2 positional arguments but ", strconv.Itoa(len(args)), " were given")
	}
	total := true
	for _, kw := range kwargs {
		if kw.Name != "total" {
			rt.Raisef(rt.TypeError, "TypedDict() got an unexpected keyword argument '", kw.Name, "'")
		}
		total = rt.Truth(kw.Value)
	}
	name, ok := args[0].(string)
	if !ok {
		rt.Raisef(rt.TypeError, "type.__new__() argument 1 must be str, not ", rt.TypeName(args[0]))
	}
	var keys []string
	var types []rt.Value
	var req []bool
	if len(args) == 2 && args[1] != rt.Value(rt.None) {
		d, ok := args[1].(*rt.Dict)
		if !ok {
			rt.Raisef(rt.AttributeError, "'", rt.TypeName(args[1]), "' object has no attribute 'items'")
		}
		d.Range(func(k, v rt.Value) bool {
			s, ok := k.(string)
			if !ok {
				rt.Raise(rt.TypeError, "TypedDict keys must be strings")
			}
			t := typeCheck(v, "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type")
			keys = append(keys, s)
			types = append(types, t)
			req = append(req, RequiredKey(t, total))
			return true
		})
	}
	return NewTypedDict(name, "__main__", keys, types, req, total).Cls
}

// RequiredKey tells whether a TypedDict key annotated t is required in a
// class with the given totality (Required[...] and NotRequired[...]
// override it).
func RequiredKey(t rt.Value, total bool) bool {
	for {
		g, ok := t.(*GenericAlias)
		if !ok {
			return total
		}
		switch {
		case g.Origin == rt.Value(Required):
			return true
		case g.Origin == rt.Value(NotRequired):
			return false
		case g.kind == kindAnnotated, g.Origin == rt.Value(ReadOnly):
			t = g.Args[0]
		default:
			return total
		}
	}
}

// identity is a decorator returning its argument (param names its
// parameter in messages).
func identity(name, param string) rt.BuiltinFunc {
	return func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return bindPy(name+"()", []string{param}, 1, args, kwargs)[0]
	}
}

var overloadDummy = &rt.Builtin{Name: "_overload_dummy", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.Raise(rt.NotImplementedError, "You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.")
	return nil
}}

// anyStr is typing.AnyStr.
var anyStr = &TypeVar{Name: "AnyStr", Bound: rt.None, Constraints: []rt.Value{rt.BytesType, rt.StrType}}

// Module returns a fresh typing module.
func Module() *rt.Module {
	m := rt.NewModule("typing")
	m.Set("TYPE_CHECKING", false)
	m.Set("Any", Any)
	for _, f := range forms {
		m.Set(f.Name, f)
	}
	for _, a := range Aliases {
		m.Set(a.Name, a)
	}
	m.Set("Generic", GenericType)
	m.Set("Protocol", ProtocolType)
	m.Set("TypeVar", TypeVarType)
	m.Set("ParamSpec", ParamSpecType)
	m.Set("TypeVarTuple", TypeVarTupleType)
	m.Set("NoDefault", NoDefault)
	for _, c := range protocolClasses {
		m.Set(c.Name, c)
	}
	m.Set("IO", IOType)
	m.Set("BinaryIO", BinaryIOType)
	m.Set("TextIO", TextIOType)
	m.Set("NewType", NewTypeType)
	m.Set("ForwardRef", ForwardRefType)
	m.Set("Text", rt.StrType)
	m.Set("AnyStr", anyStr)
	m.Func("cast", Cast)
	m.Func("get_origin", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return GetOrigin(bindPy("get_origin()", []string{"tp"}, 1, args, kwargs)[0])
	})
	m.Func("get_args", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return GetArgs(bindPy("get_args()", []string{"tp"}, 1, args, kwargs)[0])
	})
	m.Func("get_type_hints", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		a := bindPy("get_type_hints()", []string{"obj", "globalns", "localns", "include_extras"}, 1, args, kwargs)
		return GetTypeHints(a[0], a[3] != nil && rt.Truth(a[3]))
	})
	m.Func("NamedTuple", namedTupleFunc)
	m.Func("TypedDict", typedDictFunc)
	m.Func("is_typeddict", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return IsTypedDict(bindPy("is_typeddict()", []string{"tp"}, 1, args, kwargs)[0])
	})
	m.Func("overload", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		bindPy("overload()", []string{"func"}, 1, args, kwargs)
		return overloadDummy
	})
	m.Func("final", identity("final", "f"))
	m.Func("no_type_check", identity("no_type_check", "arg"))
	m.Func("runtime_checkable", identity("runtime_checkable", "cls"))
	m.Func("override", identity("override", "method"))
	m.Func("reveal_type", identity("reveal_type", "obj"))
	m.Func("no_type_check_decorator", identity("no_type_check_decorator", "decorator"))
	m.Func("get_overloads", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		bindPy("get_overloads()", []string{"func"}, 1, args, kwargs)
		return rt.NewList(nil)
	})
	m.Func("clear_overloads", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		bindPy("clear_overloads()", nil, 0, args, kwargs)
		return rt.None
	})
	m.Func("dataclass_transform", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		bindPy("dataclass_transform()", nil, 0, args, nil)
		return &rt.Builtin{Name: "decorator", Fn: identity("decorator", "cls_or_fn")}
	})
	m.Func("is_protocol", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		tp := bindPy("is_protocol()", []string{"tp"}, 1, args, kwargs)[0]
		c, ok := tp.(*rt.Class)
		if !ok {
			return false
		}
		for _, b := range c.Bases {
			if b == ProtocolType {
				return true
			}
		}
		return false
	})
	m.Func("assert_type", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return bindPy("assert_type()", []string{"val", "typ"}, 2, args, kwargs)[0]
	})
	m.Func("assert_never", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		a := bindPy("assert_never()", []string{"arg"}, 1, args, kwargs)
		r := rt.Repr(a[0])
		if n := []rune(r); len(n) > 100 {
			r = string(n[:100]) + "..."
		}
		rt.Raise(rt.AssertionError, "Expected code to be unreachable, but got: "+r)
		return nil
	})
	return m
}
