package rt

// This file holds the dynamic entry points: operations on values whose static
// type is unknown. Each finds the operand's Class and calls its slot, raising
// CPython's TypeError (same wording) when the class lacks the protocol.

// typeName is the name CPython uses for v's type in error messages.
func typeName(v Value) string { return TypeOf(v).Name }

// TypeName returns type(v).__name__.
func TypeName(v Value) string { return typeName(v) }

// Repr returns repr(v).
func Repr(v Value) string {
	c := TypeOf(v)
	for _, m := range c.MRO {
		if m.Slots.Repr != nil {
			r := m.Slots.Repr(v)
			chargeRepr(v, r)
			return r
		}
	}
	return "<" + c.Module + "." + c.QualName + " object>"
}

// Str returns str(v).
func Str(v Value) string {
	if s, ok := v.(string); ok {
		return s
	}
	c := TypeOf(v)
	for _, m := range c.MRO {
		if m.Slots.Str != nil {
			r := m.Slots.Str(v)
			chargeRepr(v, r)
			return r
		}
		if m.Slots.Repr != nil {
			r := m.Slots.Repr(v)
			chargeRepr(v, r)
			return r
		}
	}
	return Repr(v)
}

// Truth returns bool(v).
func Truth(v Value) bool {
	switch x := v.(type) {
	case bool:
		return x
	case NoneType:
		return false
	case string:
		return x != ""
	}
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Bool != nil {
			return m.Slots.Bool(v)
		}
		if m.Slots.Len != nil {
			return m.Slots.Len(v) != 0
		}
	}
	return true
}

// Len returns len(v).
func Len(v Value) int {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Len != nil {
			return m.Slots.Len(v)
		}
	}
	panic(NewException(TypeError, "object of type '"+typeName(v)+"' has no len()"))
}

// Hash returns hash(v), raising TypeError for unhashable values.
func Hash(v Value) int64 {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Hash != nil {
			return m.Slots.Hash(v)
		}
		if m.Slots.Compare != nil && m != ObjectType {
			break // defines equality but not hashing: unhashable
		}
	}
	panic(NewException(TypeError, "unhashable type: '"+typeName(v)+"'"))
}

// Binary evaluates a op b with Python's dispatch: the left operand's slot,
// then the right's (first if the right's class is a proper subclass of the
// left's), raising TypeError if both return NotImplemented.
func Binary(op BinaryOp, a, b Value) Value {
	// Fast paths for the commonest dynamic operands skip the class lookups;
	// the slots they call are the ones the general path would reach.
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			if r := IntBinary(op, x, y); r != NotImplemented {
				return r
			}
		}
	case float64:
		if y, ok := b.(float64); ok {
			if r := FloatBinary(op, x, y); r != NotImplemented {
				return r
			}
		}
	}
	return binaryOp(op, a, b, "")
}

// binaryOp is Binary; suffix ("=" for augmented assignment) completes the
// operator in the TypeError message.
func binaryOp(op BinaryOp, a, b Value, suffix string) Value {
	ca, cb := TypeOf(a), TypeOf(b)
	fa, fb := binarySlot(ca), binarySlot(cb)
	if cb != ca && cb.IsSubclass(ca) && fb != nil {
		if r := fb(op, a, b); r != NotImplemented {
			return r
		}
		fb = nil
	}
	if fa != nil {
		if r := fa(op, a, b); r != NotImplemented {
			return r
		}
	}
	if fb != nil && cb != ca {
		if r := fb(op, a, b); r != NotImplemented {
			return r
		}
	}
	sym := op.String() + suffix
	if op == OpPow && suffix == "" {
		sym = "** or pow()"
	}
	panic(NewException(TypeError, "unsupported operand type(s) for "+sym+": '"+ca.Name+"' and '"+cb.Name+"'"))
}

// InPlace evaluates a op= b: the in-place slot if the left operand has one,
// else Binary.
func InPlace(op BinaryOp, a, b Value) Value {
	for _, m := range TypeOf(a).MRO {
		if m.Slots.InPlace != nil {
			if r := m.Slots.InPlace(op, a, b); r != NotImplemented {
				return r
			}
			break
		}
	}
	return binaryOp(op, a, b, "=")
}

func binarySlot(c *Class) func(BinaryOp, Value, Value) Value {
	for _, m := range c.MRO {
		if m.Slots.Binary != nil {
			return m.Slots.Binary
		}
	}
	return nil
}

// Unary evaluates -a, +a or ~a.
func Unary(op UnaryOp, a Value) Value {
	for _, m := range TypeOf(a).MRO {
		if m.Slots.Unary != nil {
			if r := m.Slots.Unary(op, a); r != NotImplemented {
				return r
			}
			break
		}
	}
	sym := [...]string{"-", "+", "~"}[op]
	panic(NewException(TypeError, "bad operand type for unary "+sym+": '"+typeName(a)+"'"))
}

// Compare evaluates a op b with Python's rich-comparison dispatch and returns
// the result object (usually a bool).
func Compare(op CompareOp, a, b Value) Value {
	ca, cb := TypeOf(a), TypeOf(b)
	fa, fb := compareSlot(ca), compareSlot(cb)
	if cb != ca && cb.IsSubclass(ca) && fb != nil {
		if r := fb(op.Swap(), b, a); r != NotImplemented {
			return r
		}
		fb = nil
	}
	if fa != nil {
		if r := fa(op, a, b); r != NotImplemented {
			return r
		}
	}
	if fb != nil {
		if r := fb(op.Swap(), b, a); r != NotImplemented {
			return r
		}
	}
	switch op {
	case OpEQ:
		return identical(a, b)
	case OpNE:
		return !identical(a, b)
	}
	panic(NewException(TypeError, "'"+op.String()+"' not supported between instances of '"+ca.Name+"' and '"+cb.Name+"'"))
}

func compareSlot(c *Class) func(CompareOp, Value, Value) Value {
	for _, m := range c.MRO {
		if m.Slots.Compare != nil {
			return m.Slots.Compare
		}
	}
	return nil
}

// identical is the fallback of == when neither operand defines it: identity.
// Object implementations are pointer types, so Go equality is identity.
func identical(a, b Value) bool { return a == b }

// Eq returns bool(a == b).
func Eq(a, b Value) bool { return Truth(Compare(OpEQ, a, b)) }

// Less returns bool(a < b), the comparison sorting and min/max use.
func Less(a, b Value) bool { return Truth(Compare(OpLT, a, b)) }

// ClassGetItem, if set, is cls[key] for a class (type.__class_getitem__:
// list[int] is a types.GenericAlias). stdlib/typing sets it. GetItem
// consults it only for classes, and only after their metaclass has no
// GetItem slot, as CPython's PyObject_GetItem does; type itself gets no
// GetItem slot, so a class is still neither iterable nor a sequence.
var ClassGetItem func(cls *Class, key Value) Value

// GetItem returns v[key].
func GetItem(v, key Value) Value {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.GetItem != nil {
			return m.Slots.GetItem(v, key)
		}
	}
	if c, ok := v.(*Class); ok && ClassGetItem != nil {
		return ClassGetItem(c, key)
	}
	panic(NewException(TypeError, "'"+typeName(v)+"' object is not subscriptable"))
}

// SetItem performs v[key] = val.
func SetItem(v, key, val Value) {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.SetItem != nil {
			m.Slots.SetItem(v, key, val)
			return
		}
	}
	panic(NewException(TypeError, "'"+typeName(v)+"' object does not support item assignment"))
}

// DelItem performs del v[key].
func DelItem(v, key Value) {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.DelItem != nil {
			m.Slots.DelItem(v, key)
			return
		}
	}
	panic(NewException(TypeError, "'"+typeName(v)+"' object doesn't support item deletion"))
}

// Iter returns iter(v).
func Iter(v Value) Iterator {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Iter != nil {
			return m.Slots.Iter(v)
		}
	}
	// The old sequence protocol: an object with __getitem__ is iterable.
	for _, m := range TypeOf(v).MRO {
		if m.Slots.GetItem != nil {
			return &SeqIter{seq: v}
		}
	}
	panic(NewException(TypeError, "'"+typeName(v)+"' object is not iterable"))
}

// Contains returns x in v.
func Contains(v, x Value) bool {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Contains != nil {
			return m.Slots.Contains(v, x)
		}
	}
	it := Iter(v)
	for {
		item, ok := it.Next()
		if !ok {
			return false
		}
		if item == x || Eq(item, x) {
			return true
		}
	}
}

// GetAttr returns v.name: instance attributes first, then methods along the
// MRO (bound to v), then class attributes. It raises AttributeError.
func GetAttr(v Value, name string) Value {
	if r, ok := LookupAttr(v, name); ok {
		return r
	}
	if c, ok := v.(*Class); ok {
		panic(NewException(AttributeError, "type object '"+c.Name+"' has no attribute '"+name+"'"))
	}
	panic(NewException(AttributeError, "'"+typeName(v)+"' object has no attribute '"+name+"'"))
}

// LookupAttr is GetAttr reporting absence instead of raising (hasattr).
func LookupAttr(v Value, name string) (Value, bool) {
	c := TypeOf(v)
	for _, m := range c.MRO {
		if m.Slots.GetAttr != nil {
			if r, ok := m.Slots.GetAttr(v, name); ok {
				return r, true
			}
			break
		}
	}
	if meth := c.LookupMethod(name); meth != nil {
		return &BoundMethod{Self: v, Method: meth}, true
	}
	for _, m := range c.MRO {
		if a, ok := m.Attrs[name]; ok {
			return a, true
		}
	}
	return nil, false
}

// SetAttr performs v.name = val.
func SetAttr(v Value, name string, val Value) {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.SetAttr != nil && m.Slots.SetAttr(v, name, val) {
			return
		}
	}
	if _, ok := LookupAttr(v, name); ok {
		panic(NewException(AttributeError, "'"+typeName(v)+"' object attribute '"+name+"' is read-only"))
	}
	panic(NewException(AttributeError, "'"+typeName(v)+"' object has no attribute '"+name+"' and no __dict__ for setting new attributes"))
}

// CallMethod calls v.name(*args, **kwargs) without allocating a bound method
// when name is a built-in method.
func CallMethod(v Value, name string, args []Value, kwargs []KW) Value {
	if meth := TypeOf(v).LookupMethod(name); meth != nil {
		if _, shadowed := instanceAttr(v, name); !shadowed {
			return meth.Fn(v, args, kwargs)
		}
	}
	return Call(GetAttr(v, name), args, kwargs)
}

func instanceAttr(v Value, name string) (Value, bool) {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.GetAttr != nil {
			return m.Slots.GetAttr(v, name)
		}
	}
	return nil, false
}

// Call returns f(*args, **kwargs).
func Call(f Value, args []Value, kwargs []KW) Value {
	for _, m := range TypeOf(f).MRO {
		if m.Slots.Call != nil {
			return m.Slots.Call(f, args, kwargs)
		}
	}
	panic(NewException(TypeError, "'"+typeName(f)+"' object is not callable"))
}

// BoundMethod is a built-in method bound to its instance (e.g. "a".upper).
type BoundMethod struct {
	Self   Value
	Method *Method
}

// BuiltinMethodType is the class of bound built-in methods.
var BuiltinMethodType = finalClass("builtin_function_or_method")

// Class returns builtin_function_or_method.
func (*BoundMethod) Class() *Class { return BuiltinMethodType }

// Builtin is a named function implemented in Go (len, print, json.dumps, ...).
type Builtin struct {
	Name string
	Fn   BuiltinFunc
}

// Class returns builtin_function_or_method.
func (*Builtin) Class() *Class { return BuiltinFunctionType }

func init() {
	BuiltinMethodType.Bases = []*Class{ObjectType}
	BuiltinMethodType.MRO = []*Class{BuiltinMethodType, ObjectType}
	BuiltinMethodType.Slots.Call = func(v Value, args []Value, kwargs []KW) Value {
		b := v.(*BoundMethod)
		return b.Method.Fn(b.Self, args, kwargs)
	}
	BuiltinMethodType.Slots.Repr = func(v Value) string {
		b := v.(*BoundMethod)
		return "<built-in method " + b.Method.Name + " of " + typeName(b.Self) + " object>"
	}
	BuiltinFunctionType.Slots.Call = func(v Value, args []Value, kwargs []KW) Value {
		return v.(*Builtin).Fn(args, kwargs)
	}
	BuiltinFunctionType.Slots.Repr = func(v Value) string {
		return "<built-in function " + v.(*Builtin).Name + ">"
	}
}
