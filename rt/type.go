package rt

import (
	"strconv"
	"strings"
)

// This file gives type objects (*Class) their protocols: repr
// "<class 'int'>", calling a class to construct an instance, class
// attributes (__name__, __mro__, int.from_bytes, unbound methods), and the
// isinstance/issubclass helpers.

// SetConstructor registers f as what calling class c (c(...)) runs. Each
// type's file registers its constructor in an init function; classes made
// at run time (enums, namedtuples, dataclasses) register theirs on the
// class itself, so it is dropped with the class.
func SetConstructor(c *Class, f BuiltinFunc) { c.construct = f }

// SetClassConstructor registers f as the constructor of c and of every
// subclass of c that has no constructor of its own; f receives the class
// actually called.
func SetClassConstructor(c *Class, f func(cls *Class, args []Value, kwargs []KW) Value) {
	c.classConstruct = f
}

// CallClass returns c(*args, **kwargs).
func CallClass(c *Class, args []Value, kwargs []KW) Value {
	if f := c.construct; f != nil {
		return f(args, kwargs)
	}
	for _, m := range c.MRO {
		if f := m.classConstruct; f != nil {
			return f(c, args, kwargs)
		}
	}
	panic(NewException(TypeError, "cannot create '"+classDisplayName(c)+"' instances"))
}

// classDisplayName is the dotted name CPython uses in messages about a class:
// the qualified name, prefixed by its module unless built in.
func classDisplayName(c *Class) string {
	if c.Module == "builtins" || c.Module == "" {
		return c.QualName
	}
	return c.Module + "." + c.QualName
}

// ClassRepr returns repr(c): "<class 'int'>", "<class '__main__.A'>".
func ClassRepr(c *Class) string { return "<class '" + classDisplayName(c) + "'>" }

// IsInstance implements isinstance(v, cls) where cls is a class, a union
// (int | None) or a (nested) tuple of them, raising CPython's TypeError
// otherwise.
func IsInstance(v Value, cls Value) bool { return isInstance(v, cls, 0) }

// maxCheckNesting is how deeply isinstance and issubclass follow nested
// tuples: CPython 3.13 enters a C recursion level per tuple and raises
// RecursionError at 10,000 (measured: 9,999 nested tuples pass).
const maxCheckNesting = 9999

func isInstance(v Value, cls Value, depth int) bool {
	switch c := cls.(type) {
	case *Class:
		return TypeOf(v).IsSubclass(c)
	case *Tuple:
		if depth >= maxCheckNesting {
			panic(NewException(RecursionError, "maximum recursion depth exceeded in __instancecheck__"))
		}
		for _, it := range c.Items {
			if isInstance(v, it, depth+1) {
				return true
			}
		}
		return false
	case *Union:
		t := TypeOf(v)
		for _, a := range c.Args {
			if t.IsSubclass(a) {
				return true
			}
		}
		return false
	}
	if InstanceCheck != nil {
		if r, ok := InstanceCheck(v, cls); ok {
			return r
		}
	}
	panic(NewException(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
}

// InstanceCheck and SubclassCheck, if set, are isinstance(v, cls) and
// issubclass(sub, cls) for a cls that is not a class, tuple or union: the
// __instancecheck__ and __subclasscheck__ of the typing objects
// (list[int], typing.Optional[int], typing.Any). ok false means cls has
// none, and the caller raises CPython's TypeError. stdlib/typing sets them.
var (
	InstanceCheck func(v, cls Value) (result, ok bool)
	SubclassCheck func(sub *Class, cls Value) (result, ok bool)
)

// IsSubclass implements issubclass(sub, cls).
func IsSubclass(sub Value, cls Value) bool {
	s, ok := sub.(*Class)
	if !ok {
		panic(NewException(TypeError, "issubclass() arg 1 must be a class"))
	}
	return isSubclassOf(s, cls, 0)
}

func isSubclassOf(s *Class, cls Value, depth int) bool {
	switch c := cls.(type) {
	case *Class:
		return s.IsSubclass(c)
	case *Tuple:
		if depth >= maxCheckNesting {
			panic(NewException(RecursionError, "maximum recursion depth exceeded in __subclasscheck__"))
		}
		for _, it := range c.Items {
			if isSubclassOf(s, it, depth+1) {
				return true
			}
		}
		return false
	case *Union:
		for _, a := range c.Args {
			if s.IsSubclass(a) {
				return true
			}
		}
		return false
	}
	if SubclassCheck != nil {
		if r, ok := SubclassCheck(s, cls); ok {
			return r
		}
	}
	panic(NewException(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

func classTuple(cs []*Class) *Tuple {
	items := make([]Value, len(cs))
	for i, c := range cs {
		items[i] = c
	}
	return &Tuple{Items: items}
}

// unboundMethod is a built-in method looked up on its class (str.upper): a
// function whose first argument is self.
func unboundMethod(c *Class, m *Method) *Builtin {
	return &Builtin{Name: m.Name, Fn: func(args []Value, kwargs []KW) Value {
		if len(args) == 0 {
			panic(NewException(TypeError, "unbound method "+c.Name+"."+m.Name+"() needs an argument"))
		}
		if !TypeOf(args[0]).IsSubclass(c) {
			panic(NewException(TypeError, "descriptor '"+m.Name+"' for '"+c.Name+"' objects doesn't apply to a '"+typeName(args[0])+"' object"))
		}
		return m.Fn(args[0], args[1:], kwargs)
	}}
}

func typeGetAttr(v Value, name string) (Value, bool) {
	c := v.(*Class)
	switch name {
	case "__name__":
		// a C type's name is dotted ("types.GenericAlias"); CPython's
		// __name__ is what follows the last dot
		return c.Name[strings.LastIndexByte(c.Name, '.')+1:], true
	case "__qualname__":
		return c.QualName, true
	case "__module__":
		return c.Module, true
	case "__mro__":
		return classTuple(c.MRO), true
	case "__bases__":
		return classTuple(c.Bases), true
	case "__base__":
		if len(c.Bases) == 0 {
			return None, true
		}
		return c.Bases[0], true
	}
	for _, m := range c.MRO {
		if a, ok := m.Attrs[name]; ok {
			return a, true
		}
		if meth, ok := m.Methods[name]; ok {
			return unboundMethod(m, meth), true
		}
	}
	return nil, false
}

// typeHash hashes a class by its name: deterministic across runs (CPython
// hashes classes by address; see docs/deviations.md). Equality of classes is
// identity.
func typeHash(v Value) int64 {
	c := v.(*Class)
	return HashStr(c.Module + "." + c.QualName)
}

// TypeCall implements type(x): the class of x. type(name, bases, dict) is
// not supported at run time (classes are compiled).
func TypeCall(args []Value, kwargs []KW) Value {
	if len(args) == 1 && len(kwargs) == 0 {
		return TypeOf(args[0])
	}
	if len(args) != 3 {
		panic(NewException(TypeError, "type() takes 1 or 3 arguments"))
	}
	panic(NewException(TypeError, "type() with 3 arguments is not supported ("+strconv.Itoa(len(args))+" given)"))
}

func init() {
	s := &TypeType.Slots
	s.Repr = func(v Value) string { return ClassRepr(v.(*Class)) }
	s.Call = func(v Value, args []Value, kwargs []KW) Value { return CallClass(v.(*Class), args, kwargs) }
	s.GetAttr = typeGetAttr
	s.Hash = typeHash
	SetConstructor(TypeType, TypeCall)
	TypeType.AddMethod("mro", func(self Value, args []Value, kwargs []KW) Value {
		numNoArgs("type.mro", args, kwargs)
		return NewListOfClasses(self.(*Class).MRO)
	})
}

// NewListOfClasses returns a Python list of the given classes.
func NewListOfClasses(cs []*Class) *List {
	items := make([]Value, len(cs))
	for i, c := range cs {
		items[i] = c
	}
	return &List{Items: items}
}
