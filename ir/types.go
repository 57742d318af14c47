package ir

import (
	"strconv"
	"strings"
)

// Kind classifies a static type.
type Kind uint8

// Type kinds. Dynamic is "nothing known": the value is boxed at run time.
const (
	Dynamic Kind = iota
	NoneT
	BoolT
	IntT     // Python int (arbitrary precision)
	SizedT   // uN / iN (a NewType of int: behaves as int, range-checked in storage)
	BigIntT  // genlayer bigint (a NewType of int)
	FloatT   //
	StrT     //
	BytesT   //
	AddressT // genlayer Address
	ListT    // list[T]; Args[0] (Dynamic when bare)
	DictT    // dict[K, V]
	TupleT   // tuple[A, B] or, with Variadic, tuple[T, ...]
	SetT     // set[T]
	FrozenSetT
	UnionT    // A | B; Args flattened and deduplicated
	LiteralT  // Literal[...]; Lits holds the values
	SequenceT // typing/collections.abc Sequence or MutableSequence (Mutable marks the latter)
	MappingT  // Mapping or MutableMapping
	IterableT // Iterable/Iterator/Collection and other abstract containers
	DynArrayT // storage DynArray[T]
	TreeMapT  // storage TreeMap[K, V]
	ArrayT    // storage Array[T, Literal[N]]; N in Len
	ClassT    // instance of a user class (Class set) with Args for generic parameters
	TypeVarT  // a PEP 695 / TypeVar parameter, Name set
	SDKT      // an SDK object type named by Name (e.g. "ContractProxy", "Event", "Response")
	CallableT // a function value
	ModuleT   // a module object
	ClassObjT // a class object (type[...]); Class or Name set
	UnsupportedT
)

// Type is a static type. Types are immutable once built; share freely.
type Type struct {
	Kind     Kind
	Bits     int  // SizedT: 8..256
	Signed   bool // SizedT: iN
	Mutable  bool // SequenceT/MappingT: the Mutable* flavour
	Variadic bool // TupleT: tuple[T, ...]
	Len      int  // ArrayT: the fixed size (0 if not a positive literal)
	Args     []*Type
	Lits     []any  // LiteralT values (int64, *big.Int, string, []byte, bool, nil)
	Class    *Class // ClassT, ClassObjT
	Name     string // TypeVarT, SDKT, UnsupportedT (the spelling), ModuleT
	// Origin is the Python object the annotation names, as a dotted path
	// ("builtins.list", "typing.List", "collections.abc.Sequence",
	// "genlayer.DynArray", ...); the schema generator needs it because the SDK
	// treats spellings of the same type differently. Bare is true when the
	// annotation was not subscripted.
	Origin string
	Bare   bool
}

// Common singleton types.
var (
	TDynamic = &Type{Kind: Dynamic}
	TNone    = &Type{Kind: NoneT}
	TBool    = &Type{Kind: BoolT}
	TInt     = &Type{Kind: IntT}
	TBigInt  = &Type{Kind: BigIntT}
	TFloat   = &Type{Kind: FloatT}
	TStr     = &Type{Kind: StrT}
	TBytes   = &Type{Kind: BytesT}
	TAddress = &Type{Kind: AddressT}
)

// Sized returns the uN (signed false) or iN type.
func Sized(bits int, signed bool) *Type { return &Type{Kind: SizedT, Bits: bits, Signed: signed} }

// SDKType returns the SDK object type named name.
func SDKType(name string) *Type { return &Type{Kind: SDKT, Name: name} }

// IsIntLike reports whether values of t are Python ints at run time.
func (t *Type) IsIntLike() bool {
	return t != nil && (t.Kind == IntT || t.Kind == SizedT || t.Kind == BigIntT)
}

// IsStorage reports whether t is one of the SDK storage container types.
func (t *Type) IsStorage() bool {
	return t != nil && (t.Kind == DynArrayT || t.Kind == TreeMapT || t.Kind == ArrayT)
}

func (t *Type) arg(i int) *Type {
	if t == nil || i >= len(t.Args) {
		return TDynamic
	}
	return t.Args[i]
}

// String renders t the way Python spells the annotation.
func (t *Type) String() string {
	if t == nil {
		return "Any"
	}
	args := func() string {
		var s []string
		for _, a := range t.Args {
			s = append(s, a.String())
		}
		return strings.Join(s, ", ")
	}
	switch t.Kind {
	case Dynamic:
		return "Any"
	case NoneT:
		return "None"
	case BoolT:
		return "bool"
	case IntT:
		return "int"
	case SizedT:
		if t.Signed {
			return "i" + strconv.Itoa(t.Bits)
		}
		return "u" + strconv.Itoa(t.Bits)
	case BigIntT:
		return "bigint"
	case FloatT:
		return "float"
	case StrT:
		return "str"
	case BytesT:
		return "bytes"
	case AddressT:
		return "Address"
	case ListT, DictT, SetT, FrozenSetT, SequenceT, MappingT, IterableT, DynArrayT, TreeMapT:
		name := map[Kind]string{ListT: "list", DictT: "dict", SetT: "set", FrozenSetT: "frozenset",
			SequenceT: "Sequence", MappingT: "Mapping", IterableT: "Iterable", DynArrayT: "DynArray", TreeMapT: "TreeMap"}[t.Kind]
		if t.Mutable {
			name = "Mutable" + name
		}
		if len(t.Args) == 0 {
			return name
		}
		return name + "[" + args() + "]"
	case TupleT:
		if t.Variadic {
			return "tuple[" + t.arg(0).String() + ", ...]"
		}
		if len(t.Args) == 0 {
			return "tuple[()]"
		}
		return "tuple[" + args() + "]"
	case ArrayT:
		return "Array[" + t.arg(0).String() + ", Literal[" + strconv.Itoa(t.Len) + "]]"
	case UnionT:
		var s []string
		for _, a := range t.Args {
			s = append(s, a.String())
		}
		return strings.Join(s, " | ")
	case LiteralT:
		return "Literal[...]"
	case ClassT:
		if len(t.Args) > 0 {
			return t.Class.Name + "[" + args() + "]"
		}
		return t.Class.Name
	case ClassObjT:
		if t.Class != nil {
			return "type[" + t.Class.Name + "]"
		}
		return "type[" + t.Name + "]"
	case TypeVarT, SDKT, UnsupportedT, ModuleT:
		return t.Name
	case CallableT:
		return "Callable"
	}
	return "?"
}

// union builds A | B | ..., flattening nested unions and dropping duplicates
// (as typing.Union does); a single member is returned as is.
func union(ts ...*Type) *Type {
	var out []*Type
	var add func(t *Type)
	add = func(t *Type) {
		if t.Kind == UnionT {
			for _, a := range t.Args {
				add(a)
			}
			return
		}
		for _, o := range out {
			if sameType(o, t) {
				return
			}
		}
		out = append(out, t)
	}
	for _, t := range ts {
		add(t)
	}
	if len(out) == 1 {
		return out[0]
	}
	return &Type{Kind: UnionT, Args: out}
}

// sameType is structural identity (typing's == on annotations).
func sameType(a, b *Type) bool {
	if a == b {
		return true
	}
	if a.Kind != b.Kind || a.Bits != b.Bits || a.Signed != b.Signed || a.Mutable != b.Mutable ||
		a.Variadic != b.Variadic || a.Len != b.Len || a.Class != b.Class || a.Name != b.Name ||
		len(a.Args) != len(b.Args) || len(a.Lits) != len(b.Lits) {
		return false
	}
	for i := range a.Args {
		if !sameType(a.Args[i], b.Args[i]) {
			return false
		}
	}
	return true
}
