package rt

// BinaryOp identifies a binary operator; the in-place forms (+=) are separate
// so that types such as list can implement them differently.
type BinaryOp uint8

// Binary operators, in the order of Python's operator module.
const (
	OpAdd BinaryOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpXor
	OpOr
	numBinaryOps
)

// binarySymbols are the operator spellings used in error messages.
var binarySymbols = [numBinaryOps]string{"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "^", "|"}

// String returns the operator as Python spells it ("+", "//", ...).
func (op BinaryOp) String() string { return binarySymbols[op] }

// UnaryOp identifies a unary operator.
type UnaryOp uint8

// Unary operators.
const (
	OpNeg UnaryOp = iota
	OpPos
	OpInvert
)

// CompareOp identifies a rich comparison.
type CompareOp uint8

// Rich comparison operators.
const (
	OpLT CompareOp = iota
	OpLE
	OpEQ
	OpNE
	OpGT
	OpGE
)

var compareSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// String returns the operator as Python spells it.
func (op CompareOp) String() string { return compareSymbols[op] }

// Swap returns the reflected comparison (a < b is b > a).
func (op CompareOp) Swap() CompareOp {
	return [...]CompareOp{OpGT, OpGE, OpEQ, OpNE, OpLT, OpLE}[op]
}

// KW is one keyword argument of a call.
type KW struct {
	Name  string
	Value Value
}

// BuiltinFunc is the Go signature of a function implemented in Go and callable
// from Python: positional arguments, then keyword arguments in call order.
type BuiltinFunc func(args []Value, kwargs []KW) Value

// Method is a method of a built-in type: Fn receives the instance as self.
type Method struct {
	Name string
	Fn   func(self Value, args []Value, kwargs []KW) Value
}

// Slots are a class's implementations of the dynamic protocols, as CPython's
// type slots. A nil slot means the class does not support the protocol, and
// the dispatcher raises CPython's TypeError for it. Slots receive values whose
// class is (a subclass of) the slot's class, except Binary and Compare, which
// receive both operands and must return NotImplemented for operand types they
// do not handle.
type Slots struct {
	Repr     func(v Value) string
	Str      func(v Value) string // nil: same as Repr
	Format   func(v Value, spec string) string
	Hash     func(v Value) int64 // nil with Eq set: unhashable
	Bool     func(v Value) bool  // nil: Len != 0 if Len is set, else true
	Len      func(v Value) int
	Compare  func(op CompareOp, a, b Value) Value // returns a Value (usually bool) or NotImplemented
	Binary   func(op BinaryOp, a, b Value) Value  // returns NotImplemented for unsupported operands
	InPlace  func(op BinaryOp, a, b Value) Value  // nil: fall back to Binary
	Unary    func(op UnaryOp, a Value) Value
	GetItem  func(v, key Value) Value
	SetItem  func(v, key, val Value)
	DelItem  func(v, key Value)
	Contains func(v, x Value) bool // nil: search by iteration
	Iter     func(v Value) Iterator
	GetAttr  func(v Value, name string) (Value, bool) // instance attributes, before Methods
	SetAttr  func(v Value, name string, val Value) bool
	Call     func(v Value, args []Value, kwargs []KW) Value
	Index    func(v Value) Int // __index__
	Int      func(v Value) Value
	Float    func(v Value) float64
}

// Class is a Python type object: a built-in type, an exception class or a
// user-defined class.
//
// Invariant: MRO[0] is the class itself and the MRO is computed once at
// construction (C3 linearisation); classes are immutable after module
// initialisation except through setattr on user classes.
type Class struct {
	Name     string // __name__
	QualName string // __qualname__
	Module   string // __module__ ("builtins" for built-ins)
	Bases    []*Class
	MRO      []*Class
	Slots    Slots
	Methods  map[string]*Method // built-in methods, looked up by name only (never iterated for output)
	Attrs    map[string]Value   // class attributes of user classes and constants (e.g. int.bit_length is a Method instead)
	// AttrOrder lists the keys of Attrs and Methods in definition order, for dir() and vars().
	AttrOrder []string
	// Final classes cannot be subclassed (bool, NoneType, ...).
	Final bool
	// Ext is per-class state of the package that creates such classes
	// (rt/gen keeps its data about user classes here). Keeping it on the
	// class, not in a map keyed by the class, lets a class made by a
	// sub-VM's module run die with it.
	Ext any

	construct      BuiltinFunc                                       // see SetConstructor
	classConstruct func(cls *Class, args []Value, kwargs []KW) Value // see SetClassConstructor
}

// Class returns type, the class of every class.
func (c *Class) Class() *Class { return TypeType }

// NewClass returns a class with the given bases (ObjectType if none) and its MRO.
// It raises TypeError if the bases cannot be linearised.
func NewClass(name, module string, bases ...*Class) *Class {
	if len(bases) == 0 && ObjectType != nil {
		bases = []*Class{ObjectType}
	}
	c := &Class{Name: name, QualName: name, Module: module, Bases: bases,
		Methods: map[string]*Method{}, Attrs: map[string]Value{}}
	c.MRO = c3(c)
	return c
}

// IsSubclass reports whether c is sub or derives from it.
func (c *Class) IsSubclass(sup *Class) bool {
	for _, m := range c.MRO {
		if m == sup {
			return true
		}
	}
	return false
}

// LookupMethod finds a built-in method along the MRO.
func (c *Class) LookupMethod(name string) *Method {
	for _, m := range c.MRO {
		if f, ok := m.Methods[name]; ok {
			return f
		}
	}
	return nil
}

// AddMethod registers a built-in method on c, keeping definition order.
func (c *Class) AddMethod(name string, fn func(self Value, args []Value, kwargs []KW) Value) {
	if _, dup := c.Methods[name]; !dup {
		c.AttrOrder = append(c.AttrOrder, name)
	}
	c.Methods[name] = &Method{Name: name, Fn: fn}
}

// c3 computes the C3 linearisation of c's bases.
func c3(c *Class) []*Class {
	seqs := make([][]*Class, 0, len(c.Bases)+1)
	for _, b := range c.Bases {
		seqs = append(seqs, append([]*Class(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Class(nil), c.Bases...))
	out := []*Class{c}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			return out
		}
		var head *Class
		for _, s := range seqs {
			cand := s[0]
			inTail := false
			for _, t := range seqs {
				for _, x := range t[1:] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				head = cand
				break
			}
		}
		if head == nil {
			panic(NewException(TypeError, "Cannot create a consistent method resolution order (MRO) for bases "+baseNames(c.Bases)))
		}
		out = append(out, head)
		for i, s := range seqs {
			if s[0] == head {
				seqs[i] = s[1:]
			}
		}
	}
}

func baseNames(bs []*Class) string {
	s := ""
	for i, b := range bs {
		if i > 0 {
			s += ", "
		}
		s += b.Name
	}
	return s
}

// The built-in classes. Their slots and methods are filled in by the files
// that implement each type (int.go, str.go, list.go, ...), in init functions.
var (
	ObjectType          = &Class{Name: "object", QualName: "object", Module: "builtins"}
	TypeType            = builtinClass("type")
	NoneTypeClass       = finalClass("NoneType")
	NotImplementedClass = finalClass("NotImplementedType")
	EllipsisClass       = finalClass("ellipsis")
	IntType             = builtinClass("int")
	BoolType            = finalClass("bool", IntType)
	FloatType           = builtinClass("float")
	StrType             = builtinClass("str")
	BytesType           = builtinClass("bytes")
	ByteArrayType       = builtinClass("bytearray")
	ListType            = builtinClass("list")
	TupleType           = builtinClass("tuple")
	DictType            = builtinClass("dict")
	SetType             = builtinClass("set")
	FrozenSetType       = builtinClass("frozenset")
	RangeType           = finalClass("range")
	SliceType           = finalClass("slice")
	BuiltinFunctionType = finalClass("builtin_function_or_method")
	FunctionType        = finalClass("function")
)

func init() {
	ObjectType.MRO = []*Class{ObjectType}
	ObjectType.Methods = map[string]*Method{}
	ObjectType.Attrs = map[string]Value{}
	// Classes created before ObjectType was complete got an MRO without it.
	for _, c := range []*Class{TypeType, NoneTypeClass, NotImplementedClass, EllipsisClass, IntType, FloatType,
		StrType, BytesType, ByteArrayType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType,
		SliceType, BuiltinFunctionType, FunctionType, BoolType} {
		if len(c.Bases) == 0 {
			c.Bases = []*Class{ObjectType}
		}
		c.MRO = c3(c)
	}
}

func builtinClass(name string, bases ...*Class) *Class {
	c := &Class{Name: name, QualName: name, Module: "builtins", Bases: bases,
		Methods: map[string]*Method{}, Attrs: map[string]Value{}}
	return c
}

func finalClass(name string, bases ...*Class) *Class {
	c := builtinClass(name, bases...)
	c.Final = true
	return c
}

// TypeOf returns the Python class of v.
func TypeOf(v Value) *Class {
	switch x := v.(type) {
	case NoneType:
		return NoneTypeClass
	case bool:
		return BoolType
	case Int:
		return IntType
	case float64:
		return FloatType
	case string:
		return StrType
	case Bytes:
		return BytesType
	case Object:
		return x.Class()
	case NotImplementedType:
		return NotImplementedClass
	case EllipsisType:
		return EllipsisClass
	}
	panic(NewException(SystemError, "rt.TypeOf: value of unknown Go type"))
}

// Class returns bytearray.
func (*ByteArray) Class() *Class { return ByteArrayType }

// Class returns list.
func (*List) Class() *Class { return ListType }

// Class returns tuple.
func (*Tuple) Class() *Class { return TupleType }
