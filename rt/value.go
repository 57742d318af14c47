package rt

import "math/big"

// Value is a Python object as the runtime sees it when its static type is not
// known (the boxed, dynamic representation). Every Python type has exactly one
// canonical Go representation, so a type switch identifies it:
//
//	Python type   Go representation
//	None          NoneType (the zero-size value None)
//	bool          bool
//	int           Int (value type; see its invariant)
//	float         float64
//	str           string (UTF-8; lone surrogates encoded as in WTF-8)
//	bytes         Bytes (immutable; a Go string of raw bytes)
//	bytearray     *ByteArray
//	list          *List
//	tuple         *Tuple
//	dict          *Dict
//	set           *Set
//	frozenset     *FrozenSet
//	range         *Range
//	slice         *Slice
//	type          *Class
//	exceptions    *Exception
//	anything else a type implementing Object
//
// Statically typed generated code uses the same Go types unboxed (Int, float64,
// string, ...) and calls the type-specific helpers directly; the dynamic entry
// points (Binary, Compare, Repr, GetAttr, ...) dispatch on the Class of a
// value through its slots, as CPython dispatches through type slots.
type Value = any

// NoneType is the type of None. Its only value is None.
type NoneType struct{}

// None is Python's None.
var None = NoneType{}

// NotImplementedType is the type of NotImplemented, the value binary-operator
// slots return to let the other operand try.
type NotImplementedType struct{}

// NotImplemented is Python's NotImplemented.
var NotImplemented = NotImplementedType{}

// EllipsisType is the type of Ellipsis (...).
type EllipsisType struct{}

// Ellipsis is Python's Ellipsis.
var Ellipsis = EllipsisType{}

// Int is a Python int of any size.
//
// Invariant: big == nil exactly when the value fits in an int64, which small
// then holds; otherwise big holds it and small is 0. A *big.Int held by an Int
// is never mutated after construction, so Ints may be copied and shared
// freely. The zero Int is 0.
type Int struct {
	small int64
	big   *big.Int
}

// Bytes is a Python bytes object: an immutable sequence of raw bytes.
type Bytes string

// ByteArray is a Python bytearray: a mutable sequence of bytes.
type ByteArray struct {
	B []byte
}

// List is a Python list.
type List struct {
	Items []Value
}

// Tuple is a Python tuple. Its Items are never mutated after construction.
type Tuple struct {
	Items []Value
}

// Object is implemented by every value that is not one of the built-in
// representations listed on Value: instances of user classes, functions,
// bound methods, iterators, module objects, and so on.
type Object interface {
	// Class returns the object's Python type.
	Class() *Class
}

// Iterator is the runtime's iterator protocol. Next returns the next item and
// true, or (nil, false) when the iterator is exhausted. An iterator that is
// also a Python object (as returned by iter()) implements Object too.
type Iterator interface {
	Next() (Value, bool)
}
