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
	{"Awaitable", abcClass("Awaitable"), 1},
	{"Coroutine", abcClass("Coroutine"), 3},
	{"AsyncIterable", abcClass("AsyncIterable"), 1},
	{"AsyncIterator", abcClass("AsyncIterator"), 1},
	{"Iterable", abcClass("Iterable"), 1},
	{"Iterator", abcClass("Iterator"), 1},
	{"Reversible", abcClass("Reversible"), 1},
	{"Sized", abcClass("Sized"), 0},
	{"Container", abcClass("Container"), 1},
	{"Collection", abcClass("Collection"), 1},
	{"Callable", abcClass("Callable"), -2},
	{"AbstractSet", abcClass("Set"), 1},
	{"MutableSet", abcClass("MutableSet"), 1},
	{"Mapping", abcClass("Mapping"), 2},
	{"MutableMapping", abcClass("MutableMapping"), 2},
	{"Sequence", abcClass("Sequence"), 1},
	{"MutableSequence", abcClass("MutableSequence"), 1},
	{"ByteString", abcClass("ByteString"), 0},
	{"Tuple", rt.TupleType, -1},
	{"List", rt.ListType, 1},
	{"Deque", stdClass("collections", "deque"), 1},
	{"Set", rt.SetType, 1},
	{"FrozenSet", rt.FrozenSetType, 1},
	{"MappingView", abcClass("MappingView"), 1},
	{"KeysView", abcClass("KeysView"), 1},
	{"ItemsView", abcClass("ItemsView"), 2},
	{"ValuesView", abcClass("ValuesView"), 1},
	{"Dict", rt.DictType, 2},
	{"DefaultDict", stdClass("collections", "defaultdict"), 2},
	{"OrderedDict", stdClass("collections", "OrderedDict"), 2},
	{"Counter", stdClass("collections", "Counter"), 1},
	{"ChainMap", stdClass("collections", "ChainMap"), 2},
	{"Generator", abcClass("Generator"), 3},
	{"AsyncGenerator", abcClass("AsyncGenerator"), 2},
	{"Type", rt.TypeType, 1},
	{"Hashable", abcClass("Hashable"), 0},
	{"Pattern", stdClass("re", "Pattern"), 1},
	{"Match", stdClass("re", "Match"), 1},
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
