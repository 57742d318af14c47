package typing

import "github.com/genvm-go/genvm/rt"

// abcClasses holds stand-ins for the collections.abc (and collections, re)
// classes that typing aliases name as their __origin__. Lookups only.
var abcClasses = map[string]*rt.Class{}

// abcClass returns the stand-in class collections.abc.<name>.
func abcClass(name string) *rt.Class { return stdClass("collections.abc", name) }

func stdClass(mod, name string) *rt.Class {
	key := mod + "." + name
	if c, ok := abcClasses[key]; ok {
		return c
	}
	c := rt.NewClass(name, mod)
	abcClasses[key] = c
	return c
}

// Aliases lists typing's generic aliases in module order.
var Aliases = []*Alias{
	{Name: "Awaitable", Origin: abcClass("Awaitable"), N: 1},
	{Name: "Coroutine", Origin: abcClass("Coroutine"), N: 3},
	{Name: "AsyncIterable", Origin: abcClass("AsyncIterable"), N: 1},
	{Name: "AsyncIterator", Origin: abcClass("AsyncIterator"), N: 1},
	{Name: "Iterable", Origin: abcClass("Iterable"), N: 1},
	{Name: "Iterator", Origin: abcClass("Iterator"), N: 1},
	{Name: "Reversible", Origin: abcClass("Reversible"), N: 1},
	{Name: "Sized", Origin: abcClass("Sized"), N: 0},
	{Name: "Container", Origin: abcClass("Container"), N: 1},
	{Name: "Collection", Origin: abcClass("Collection"), N: 1},
	{Name: "Callable", Origin: abcClass("Callable"), N: -2},
	{Name: "AbstractSet", Origin: abcClass("Set"), N: 1},
	{Name: "MutableSet", Origin: abcClass("MutableSet"), N: 1},
	{Name: "Mapping", Origin: abcClass("Mapping"), N: 2},
	{Name: "MutableMapping", Origin: abcClass("MutableMapping"), N: 2},
	{Name: "Sequence", Origin: abcClass("Sequence"), N: 1},
	{Name: "MutableSequence", Origin: abcClass("MutableSequence"), N: 1},
	{Name: "ByteString", Origin: abcClass("ByteString"), N: 0},
	{Name: "Tuple", Origin: rt.TupleType, N: -1},
	{Name: "List", Origin: rt.ListType, N: 1},
	{Name: "Deque", Origin: stdClass("collections", "deque"), N: 1},
	{Name: "Set", Origin: rt.SetType, N: 1},
	{Name: "FrozenSet", Origin: rt.FrozenSetType, N: 1},
	{Name: "MappingView", Origin: abcClass("MappingView"), N: 1},
	{Name: "KeysView", Origin: abcClass("KeysView"), N: 1},
	{Name: "ItemsView", Origin: abcClass("ItemsView"), N: 2},
	{Name: "ValuesView", Origin: abcClass("ValuesView"), N: 1},
	{Name: "Dict", Origin: rt.DictType, N: 2},
	{Name: "DefaultDict", Origin: stdClass("collections", "defaultdict"), N: 2},
	{Name: "OrderedDict", Origin: stdClass("collections", "OrderedDict"), N: 2},
	{Name: "Counter", Origin: stdClass("collections", "Counter"), N: 1},
	{Name: "ChainMap", Origin: stdClass("collections", "ChainMap"), N: 2},
	{Name: "Generator", Origin: abcClass("Generator"), N: 3},
	{Name: "AsyncGenerator", Origin: abcClass("AsyncGenerator"), N: 2},
	{Name: "Type", Origin: rt.TypeType, N: 1},
	{Name: "Hashable", Origin: abcClass("Hashable"), N: 0},
	{Name: "Pattern", Origin: stdClass("re", "Pattern"), N: 1},
	{Name: "Match", Origin: stdClass("re", "Match"), N: 1},
	{Name: "ContextManager", Origin: stdClass("contextlib", "AbstractContextManager"), N: 2, Defaults: []rt.Value{rt.MakeUnion(rt.BoolType, rt.None)}},
	{Name: "AsyncContextManager", Origin: stdClass("contextlib", "AbstractAsyncContextManager"), N: 2, Defaults: []rt.Value{rt.MakeUnion(rt.BoolType, rt.None)}},
}

// Protocol and IO classes of the typing module, in module order.
var (
	SupportsInt     = newClass("SupportsInt", ProtocolType)
	SupportsFloat   = newClass("SupportsFloat", ProtocolType)
	SupportsComplex = newClass("SupportsComplex", ProtocolType)
	SupportsBytes   = newClass("SupportsBytes", ProtocolType)
	SupportsIndex   = newClass("SupportsIndex", ProtocolType)
	SupportsAbs     = newClass("SupportsAbs", ProtocolType)
	SupportsRound   = newClass("SupportsRound", ProtocolType)
	IOType          = newClass("IO", GenericType)
	BinaryIOType    = newClass("BinaryIO", IOType)
	TextIOType      = newClass("TextIO", IOType)
	protocolClasses = []*rt.Class{SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex, SupportsAbs, SupportsRound}
)

// NoDefaultType is the class of typing.NoDefault.
var NoDefaultType = rt.NewClass("NoDefaultType", "builtins")

type noDefault struct{}

// Class returns NoDefaultType.
func (noDefault) Class() *rt.Class { return NoDefaultType }

// NoDefault is typing.NoDefault, the __default__ of type variables without
// one.
var NoDefault rt.Value = noDefault{}

func init() {
	NoDefaultType.Final = true
	NoDefaultType.Slots.Repr = func(rt.Value) string { return "typing.NoDefault" }
	NoDefaultType.Slots.Hash = func(rt.Value) int64 { return rt.HashStr("typing.NoDefault") }
}

// AliasNamed returns the alias typing.<name>, or nil.
func AliasNamed(name string) *Alias {
	for _, a := range Aliases {
		if a.Name == name {
			return a
		}
	}
	return nil
}
