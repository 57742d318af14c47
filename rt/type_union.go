package rt

import "strings"

// This file implements PEP 604 unions of classes (int | None), as
// isinstance and issubclass accept them and annotations build them.

// Union is a types.UnionType value: an ordered, duplicate-free list of at
// least two classes (None is held as NoneType).
type Union struct {
	Args []*Class
}

// UnionTypeClass is types.UnionType.
var UnionTypeClass = finalClass("UnionType")

// Class returns types.UnionType.
func (*Union) Class() *Class { return UnionTypeClass }

// unionArgs returns the classes v contributes to a union, or false.
func unionArgs(v Value) ([]*Class, bool) {
	switch x := v.(type) {
	case *Class:
		return []*Class{x}, true
	case NoneType:
		return []*Class{NoneTypeClass}, true
	case *Union:
		return x.Args, true
	}
	return nil, false
}

// MakeUnion returns a | b for classes, None and unions: a single class when
// the operands reduce to one, else a *Union. It returns NotImplemented for
// other operands.
func MakeUnion(a, b Value) Value {
	xa, ok1 := unionArgs(a)
	xb, ok2 := unionArgs(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	var args []*Class
	for _, c := range append(append([]*Class(nil), xa...), xb...) {
		dup := false
		for _, d := range args {
			if d == c {
				dup = true
				break
			}
		}
		if !dup {
			args = append(args, c)
		}
	}
	if len(args) == 1 {
		return args[0]
	}
	return &Union{Args: args}
}

func unionBinary(op BinaryOp, a, b Value) Value {
	if op != OpOr {
		return NotImplemented
	}
	return MakeUnion(a, b)
}

func unionArgRepr(c *Class) string {
	if c == NoneTypeClass {
		return "None"
	}
	return classDisplayName(c)
}

func unionContains(u *Union, c *Class) bool {
	for _, x := range u.Args {
		if x == c {
			return true
		}
	}
	return false
}

func init() {
	UnionTypeClass.Module = "types"
	UnionTypeClass.Bases = []*Class{ObjectType}
	UnionTypeClass.MRO = []*Class{UnionTypeClass, ObjectType}
	s := &UnionTypeClass.Slots
	s.Repr = func(v Value) string {
		u := v.(*Union)
		parts := make([]string, len(u.Args))
		for i, c := range u.Args {
			parts[i] = unionArgRepr(c)
		}
		return strings.Join(parts, " | ")
	}
	s.Binary = unionBinary
	s.Compare = func(op CompareOp, a, b Value) Value {
		x, ok1 := a.(*Union)
		y, ok2 := b.(*Union)
		if !ok1 || !ok2 || (op != OpEQ && op != OpNE) {
			return NotImplemented
		}
		eq := len(x.Args) == len(y.Args)
		for _, c := range x.Args {
			eq = eq && unionContains(y, c)
		}
		return eq == (op == OpEQ)
	}
	s.Hash = func(v Value) int64 {
		// Order-insensitive, as CPython's hash(frozenset(args)).
		var h int64
		for _, c := range v.(*Union).Args {
			h ^= Hash(c)
		}
		return h
	}
	s.GetAttr = func(v Value, name string) (Value, bool) {
		if name == "__args__" {
			return classTuple(v.(*Union).Args), true
		}
		return nil, false
	}
	TypeType.Slots.Binary = unionBinary
}
