package typing

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

const setup = `
__name__ = '__main__'
import typing
from typing import *
T = TypeVar('T')
K = TypeVar('K')
U = NewType('UserId', int)
class P(NamedTuple):
    x: int
    y: int = 0
P2 = NamedTuple('P2', [('a', int), ('b', str)])
p = P(1, 2)
class M(TypedDict):
    name: str
    year: int
M2 = TypedDict('M2', {'a': int}, total=False)
M3 = TypedDict('M3', {'a': Required[int], 'b': NotRequired[str]}, total=False)
class Base:
    a: int
class C(Base):
    b: 'str'
    c: None
    d: Annotated[int, 'x']
    e: Optional['int']
    f: List['float']
    a: str
class Box(Generic[T]):
    pass
class Bad:
    x: 'Missing'
`

// env mirrors setup on our side.
type env struct {
	m         *rt.Module
	T, K, U   rt.Value
	P, P2     *NamedTuple
	p         rt.Value
	M, M2, M3 rt.Value
}

func newEnv() *env {
	e := &env{m: Module()}
	e.T = e.call("TypeVar", "T")
	e.K = e.call("TypeVar", "K")
	e.U = e.call("NewType", "UserId", rt.IntType)
	e.P = NewNamedTuple("P", "__main__", []string{"x", "y"}, []rt.Value{rt.IntType, rt.IntType}, []rt.Value{i(0)})
	e.P2 = nil
	e.p = e.P.New([]rt.Value{i(1), i(2)}, nil)
	ann := rt.NewDict(2)
	_ = ann
	e.M = NewTypedDict("M", "__main__", []string{"name", "year"}, []rt.Value{rt.StrType, rt.IntType}, []bool{true, true}, true).Cls
	d := rt.NewDict(1)
	d.Set("a", rt.IntType)
	e.M2 = e.callKW("TypedDict", []rt.Value{"M2", d}, []rt.KW{{Name: "total", Value: false}})
	d3 := rt.NewDict(2)
	d3.Set("a", e.sub("Required", rt.IntType))
	d3.Set("b", e.sub("NotRequired", rt.StrType))
	e.M3 = e.callKW("TypedDict", []rt.Value{"M3", d3}, []rt.KW{{Name: "total", Value: false}})
	return e
}

func i(n int64) rt.Value { return rt.IntFromInt64(n) }

func (e *env) get(name string) rt.Value {
	v, ok := e.m.Get(name)
	if !ok {
		panic("typing has no " + name)
	}
	return v
}

func (e *env) call(name string, args ...rt.Value) rt.Value { return rt.Call(e.get(name), args, nil) }

func (e *env) callKW(name string, args []rt.Value, kw []rt.KW) rt.Value {
	return rt.Call(e.get(name), args, kw)
}

// sub is typing.<name>[args...] (several args make a tuple key).
func (e *env) sub(name string, args ...rt.Value) rt.Value { return subv(e.get(name), args...) }

func subv(v rt.Value, args ...rt.Value) rt.Value {
	if len(args) == 1 {
		return rt.GetItem(v, args[0])
	}
	return rt.GetItem(v, rt.NewTuple(args...))
}

func tup(vs ...rt.Value) rt.Value { return rt.NewTuple(vs...) }
func lst(vs ...rt.Value) rt.Value { return rt.NewList(vs) }

var none rt.Value = rt.None

func TestTypingMatchesCPython(t *testing.T) {
	e := newEnv()
	var cases []pycase.Case
	add := func(py string, f func() rt.Value) {
		cases = append(cases, pycase.Case{Py: py, Go: func() string { return rt.Outcome(f) }})
	}
	g := e.get
	s := e.sub
	// reprs of the forms
	add("typing.Any", func() rt.Value { return g("Any") })
	add("Optional[int]", func() rt.Value { return s("Optional", rt.IntType) })
	add("Union[int, str]", func() rt.Value { return s("Union", rt.IntType, rt.StrType) })
	add("Union[int]", func() rt.Value { return s("Union", rt.IntType) })
	add("Union[int, None]", func() rt.Value { return s("Union", rt.IntType, none) })
	add("Union[None, int]", func() rt.Value { return s("Union", none, rt.IntType) })
	add("Optional[Union[int, str]]", func() rt.Value { return s("Optional", s("Union", rt.IntType, rt.StrType)) })
	add("Union[int, Union[str, int]]", func() rt.Value { return s("Union", rt.IntType, s("Union", rt.StrType, rt.IntType)) })
	add("Union[int, str, int]", func() rt.Value { return s("Union", rt.IntType, rt.StrType, rt.IntType) })
	add("List[int]", func() rt.Value { return s("List", rt.IntType) })
	add("List", func() rt.Value { return g("List") })
	add("Dict[str, int]", func() rt.Value { return s("Dict", rt.StrType, rt.IntType) })
	add("Tuple[int, ...]", func() rt.Value { return s("Tuple", rt.IntType, rt.Ellipsis) })
	add("Tuple[()]", func() rt.Value { return s("Tuple", tup()) })
	add("Tuple", func() rt.Value { return g("Tuple") })
	add("Tuple[int, str]", func() rt.Value { return s("Tuple", rt.IntType, rt.StrType) })
	add("Tuple[int, None]", func() rt.Value { return s("Tuple", rt.IntType, none) })
	add("Literal['a']", func() rt.Value { return s("Literal", "a") })
	add("Literal['a', 1, True]", func() rt.Value { return s("Literal", "a", i(1), true) })
	add("Literal[1, 1, 2]", func() rt.Value { return s("Literal", i(1), i(1), i(2)) })
	add("Literal[None]", func() rt.Value { return s("Literal", none) })
	add("Literal[()]", func() rt.Value { return s("Literal", tup()) })
	add("Literal[Literal[1], 2]", func() rt.Value { return s("Literal", s("Literal", i(1)), i(2)) })
	add("Callable[[int], str]", func() rt.Value { return s("Callable", lst(rt.IntType), rt.StrType) })
	add("Callable[..., str]", func() rt.Value { return s("Callable", rt.Ellipsis, rt.StrType) })
	add("Callable[[], int]", func() rt.Value { return s("Callable", lst(), rt.IntType) })
	add("Callable[[int, str], None]", func() rt.Value { return s("Callable", lst(rt.IntType, rt.StrType), none) })
	add("Callable[int, str]", func() rt.Value { return s("Callable", rt.IntType, rt.StrType) })
	add("Callable", func() rt.Value { return g("Callable") })
	add("Callable[[int], List[int]]", func() rt.Value { return s("Callable", lst(rt.IntType), s("List", rt.IntType)) })
	add("Sequence", func() rt.Value { return g("Sequence") })
	add("Sequence[str]", func() rt.Value { return s("Sequence", rt.StrType) })
	add("Mapping[str, str]", func() rt.Value { return s("Mapping", rt.StrType, rt.StrType) })
	add("Iterable[int]", func() rt.Value { return s("Iterable", rt.IntType) })
	add("MutableSequence[int]", func() rt.Value { return s("MutableSequence", rt.IntType) })
	add("MutableMapping[str, int | str | None]", func() rt.Value {
		return s("MutableMapping", rt.StrType, rt.Binary(rt.OpOr, rt.Binary(rt.OpOr, rt.IntType, rt.StrType), none))
	})
	add("ClassVar[int]", func() rt.Value { return s("ClassVar", rt.IntType) })
	add("Final", func() rt.Value { return g("Final") })
	add("Final[int]", func() rt.Value { return s("Final", rt.IntType) })
	add("Annotated[int, 'x']", func() rt.Value { return s("Annotated", rt.IntType, "x") })
	add("Annotated[int, 'a', 'b']", func() rt.Value { return s("Annotated", rt.IntType, "a", "b") })
	add("Annotated[Annotated[int, 'x'], 'y']", func() rt.Value { return s("Annotated", s("Annotated", rt.IntType, "x"), "y") })
	for _, n := range []string{"Optional", "Union", "Literal", "ClassVar", "Annotated", "NoReturn", "Never", "Self", "LiteralString", "TypeAlias", "Required", "NotRequired", "Concatenate", "Unpack"} {
		n := n
		add(n, func() rt.Value { return g(n) })
	}
	for _, n := range []string{"Set", "FrozenSet", "Type", "Iterator", "Counter", "DefaultDict", "Deque", "OrderedDict", "Collection", "AbstractSet", "Generator", "Pattern", "Match"} {
		n := n
		add(n, func() rt.Value { return g(n) })
	}
	add("Set[int], FrozenSet[int], Type[int], Iterator[int], Counter[str], Deque[int], Collection[int], AbstractSet[int]", func() rt.Value {
		return tup(s("Set", rt.IntType), s("FrozenSet", rt.IntType), s("Type", rt.IntType), s("Iterator", rt.IntType),
			s("Counter", rt.StrType), s("Deque", rt.IntType), s("Collection", rt.IntType), s("AbstractSet", rt.IntType))
	})
	add("DefaultDict[str, int], OrderedDict[str, int]", func() rt.Value {
		return tup(s("DefaultDict", rt.StrType, rt.IntType), s("OrderedDict", rt.StrType, rt.IntType))
	})
	add("Generator[int, None, None]", func() rt.Value { return s("Generator", rt.IntType, none, none) })
	add("Dict[str, List[int]]", func() rt.Value { return s("Dict", rt.StrType, s("List", rt.IntType)) })
	add("Optional[List[int]]", func() rt.Value { return s("Optional", s("List", rt.IntType)) })
	add("Optional[Dict[str, Any]]", func() rt.Value { return s("Optional", s("Dict", rt.StrType, g("Any"))) })
	add("Union[Dict[str, int], List[int]]", func() rt.Value { return s("Union", s("Dict", rt.StrType, rt.IntType), s("List", rt.IntType)) })
	add("Optional[Any]", func() rt.Value { return s("Optional", g("Any")) })
	add("Optional[None]", func() rt.Value { return s("Optional", none) })
	add("Union[None]", func() rt.Value { return s("Union", none) })
	add("Union[str, bytes]", func() rt.Value { return s("Union", rt.StrType, rt.BytesType) })
	add("Union[int, Any]", func() rt.Value { return s("Union", rt.IntType, g("Any")) })
	add("Union[bool, int]", func() rt.Value { return s("Union", rt.BoolType, rt.IntType) })
	add("Union[int, object]", func() rt.Value { return s("Union", rt.IntType, rt.ObjectType) })
	add("Optional[int | str]", func() rt.Value { return s("Optional", rt.Binary(rt.OpOr, rt.IntType, rt.StrType)) })
	add("Union['int', str]", func() rt.Value { return s("Union", "int", rt.StrType) })
	add("Optional['X']", func() rt.Value { return s("Optional", "X") })
	add("List['X']", func() rt.Value { return s("List", "X") })
	add("Union[1]", func() rt.Value { return s("Union", i(1)) })
	add("Union[int, 1]", func() rt.Value { return s("Union", rt.IntType, i(1)) })
	add("Optional[1]", func() rt.Value { return s("Optional", i(1)) })
	add("List[1]", func() rt.Value { return s("List", i(1)) })
	add("ClassVar[1]", func() rt.Value { return s("ClassVar", i(1)) })
	add("Literal[int]", func() rt.Value { return s("Literal", rt.IntType) })
	add("Tuple[int, ..., str]", func() rt.Value { return s("Tuple", rt.IntType, rt.Ellipsis, rt.StrType) })
	add("Tuple[int, Tuple[()]]", func() rt.Value { return s("Tuple", rt.IntType, s("Tuple", tup())) })
	add("type(Any), type(Optional), type(List), type(List[int]), type(Optional[int])", func() rt.Value {
		return tup(rt.TypeOf(g("Any")), rt.TypeOf(g("Optional")), rt.TypeOf(g("List")), rt.TypeOf(s("List", rt.IntType)), rt.TypeOf(s("Optional", rt.IntType)))
	})
	add("type(Literal[1]), type(Callable[[int], str]), type(Annotated[int, 1]), type(Tuple), type(Callable)", func() rt.Value {
		return tup(rt.TypeOf(s("Literal", i(1))), rt.TypeOf(s("Callable", lst(rt.IntType), rt.StrType)), rt.TypeOf(s("Annotated", rt.IntType, i(1))), rt.TypeOf(g("Tuple")), rt.TypeOf(g("Callable")))
	})
	add("repr(Optional[int]), str(Optional[int]), str(List[int]), f'{List[int]}'", func() rt.Value {
		o := s("Optional", rt.IntType)
		l := s("List", rt.IntType)
		return tup(rt.Repr(o), rt.Str(o), rt.Str(l), rt.Format(l, ""))
	})

	// errors
	add("Union[()]", func() rt.Value { return s("Union", tup()) })
	add("Optional[int, str]", func() rt.Value { return s("Optional", rt.IntType, rt.StrType) })
	add("Optional[()]", func() rt.Value { return s("Optional", tup()) })
	add("List[int, str]", func() rt.Value { return s("List", rt.IntType, rt.StrType) })
	add("List[()]", func() rt.Value { return s("List", tup()) })
	add("Dict[int]", func() rt.Value { return s("Dict", rt.IntType) })
	add("Dict[int, str, float]", func() rt.Value { return s("Dict", rt.IntType, rt.StrType, rt.FloatType) })
	add("Callable[[int]]", func() rt.Value { return s("Callable", lst(rt.IntType)) })
	add("Callable[int]", func() rt.Value { return s("Callable", rt.IntType) })
	add("ClassVar[int, str]", func() rt.Value { return s("ClassVar", rt.IntType, rt.StrType) })
	add("Final[int, str]", func() rt.Value { return s("Final", rt.IntType, rt.StrType) })
	add("Annotated[int]", func() rt.Value { return s("Annotated", rt.IntType) })
	add("Union[int, (1, 2)]", func() rt.Value { return s("Union", rt.IntType, tup(i(1), i(2))) })
	add("Union[Optional]", func() rt.Value { return s("Union", g("Optional")) })
	add("List[ClassVar[int]]", func() rt.Value { return s("List", s("ClassVar", rt.IntType)) })
	add("Optional[Final[int]]", func() rt.Value { return s("Optional", s("Final", rt.IntType)) })
	add("List[Generic]", func() rt.Value { return s("List", g("Generic")) })
	add("Union[int, NoReturn]", func() rt.Value { return s("Union", rt.IntType, g("NoReturn")) })
	add("Any()", func() rt.Value { return rt.Call(g("Any"), nil, nil) })
	add("Any[int]", func() rt.Value { return s("Any", rt.IntType) })
	add("Optional()", func() rt.Value { return rt.Call(g("Optional"), nil, nil) })
	add("Union()", func() rt.Value { return rt.Call(g("Union"), nil, nil) })
	add("List()", func() rt.Value { return rt.Call(g("List"), nil, nil) })
	add("typing.Dict()", func() rt.Value { return rt.Call(g("Dict"), nil, nil) })
	add("typing.Tuple[int]()", func() rt.Value { return rt.Call(s("Tuple", rt.IntType), nil, nil) })
	add("Optional[int]()", func() rt.Value { return rt.Call(s("Optional", rt.IntType), nil, nil) })
	add("Literal['a']()", func() rt.Value { return rt.Call(s("Literal", "a"), nil, nil) })
	add("ClassVar[int]()", func() rt.Value { return rt.Call(s("ClassVar", rt.IntType), nil, nil) })
	add("Dict[str, int][int]", func() rt.Value { return subv(s("Dict", rt.StrType, rt.IntType), rt.IntType) })
	add("List[int][str]", func() rt.Value { return subv(s("List", rt.IntType), rt.StrType) })
	add("Final[int] | None", func() rt.Value { return rt.Binary(rt.OpOr, s("Final", rt.IntType), none) })
	add("Literal[1] + 1", func() rt.Value { return rt.Binary(rt.OpAdd, s("Literal", i(1)), i(1)) })

	// equality and hashing
	add("Literal[1] == Literal[True]", func() rt.Value { return rt.Compare(rt.OpEQ, s("Literal", i(1)), s("Literal", true)) })
	add("Literal[1, 2] == Literal[2, 1]", func() rt.Value { return rt.Compare(rt.OpEQ, s("Literal", i(1), i(2)), s("Literal", i(2), i(1))) })
	add("Literal[1, True]", func() rt.Value { return s("Literal", i(1), true) })
	add("Optional[int] == Union[int, None]", func() rt.Value {
		return rt.Compare(rt.OpEQ, s("Optional", rt.IntType), s("Union", rt.IntType, none))
	})
	add("Union[int, str] == Union[str, int]", func() rt.Value {
		return rt.Compare(rt.OpEQ, s("Union", rt.IntType, rt.StrType), s("Union", rt.StrType, rt.IntType))
	})
	add("Union[int, str] == (int | str), (int | str) == Union[int, str]", func() rt.Value {
		u := rt.Binary(rt.OpOr, rt.IntType, rt.StrType)
		return tup(rt.Compare(rt.OpEQ, s("Union", rt.IntType, rt.StrType), u), rt.Compare(rt.OpEQ, u, s("Union", rt.IntType, rt.StrType)))
	})
	add("hash(Union[int, str]) == hash(Union[str, int]), hash(Union[int, str]) == hash(int | str)", func() rt.Value {
		return tup(rt.Hash(s("Union", rt.IntType, rt.StrType)) == rt.Hash(s("Union", rt.StrType, rt.IntType)),
			rt.Hash(s("Union", rt.IntType, rt.StrType)) == rt.Hash(rt.Binary(rt.OpOr, rt.IntType, rt.StrType)))
	})
	add("List[int] == List[int], List[int] != List[int], List[int] == List[str], List == list", func() rt.Value {
		return tup(rt.Compare(rt.OpEQ, s("List", rt.IntType), s("List", rt.IntType)), rt.Compare(rt.OpNE, s("List", rt.IntType), s("List", rt.IntType)),
			rt.Compare(rt.OpEQ, s("List", rt.IntType), s("List", rt.StrType)), rt.Compare(rt.OpEQ, g("List"), rt.ListType))
	})
	add("Any == Any, Optional == Optional, Optional[int] == Optional[str], Optional[int] == int", func() rt.Value {
		return tup(rt.Compare(rt.OpEQ, g("Any"), g("Any")), rt.Compare(rt.OpEQ, g("Optional"), g("Optional")),
			rt.Compare(rt.OpEQ, s("Optional", rt.IntType), s("Optional", rt.StrType)), rt.Compare(rt.OpEQ, s("Optional", rt.IntType), rt.IntType))
	})
	add("Annotated[int, 'x'] == Annotated[int, 'x'], Annotated[int, 'x'] == Annotated[int, 'y'], Annotated[int, 'x'] == int", func() rt.Value {
		return tup(rt.Compare(rt.OpEQ, s("Annotated", rt.IntType, "x"), s("Annotated", rt.IntType, "x")),
			rt.Compare(rt.OpEQ, s("Annotated", rt.IntType, "x"), s("Annotated", rt.IntType, "y")),
			rt.Compare(rt.OpEQ, s("Annotated", rt.IntType, "x"), rt.IntType))
	})
	add("Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str]", func() rt.Value {
		return tup(rt.Compare(rt.OpEQ, s("Callable", lst(rt.IntType), rt.StrType), s("Callable", lst(rt.IntType), rt.StrType)),
			rt.Compare(rt.OpEQ, s("Callable", lst(rt.IntType), rt.StrType), s("Callable", lst(rt.StrType), rt.StrType)))
	})
	add("hash(List[int]) == hash(List[int]), hash(Literal[1, 2]) == hash(Literal[2, 1]), hash(Any) == hash(Any)", func() rt.Value {
		return tup(rt.Hash(s("List", rt.IntType)) == rt.Hash(s("List", rt.IntType)),
			rt.Hash(s("Literal", i(1), i(2))) == rt.Hash(s("Literal", i(2), i(1))), rt.Hash(g("Any")) == rt.Hash(g("Any")))
	})
	add("len({Optional[int], Union[int, None], List[int], List[int]})", func() rt.Value {
		st := rt.NewSet()
		for _, v := range []rt.Value{s("Optional", rt.IntType), s("Union", rt.IntType, none), s("List", rt.IntType), s("List", rt.IntType)} {
			st.Add(v)
		}
		return i(int64(st.Len()))
	})
	add("{Optional[int]: 1}[Union[None, int]]", func() rt.Value {
		d := rt.NewDict(1)
		d.Set(s("Optional", rt.IntType), i(1))
		return rt.GetItem(d, s("Union", none, rt.IntType))
	})
	add("bool(Optional), bool(List[int])", func() rt.Value { return tup(rt.Truth(g("Optional")), rt.Truth(s("List", rt.IntType))) })
	add("ForwardRef('X') == ForwardRef('X'), ForwardRef('X') == ForwardRef('Y')", func() rt.Value {
		return tup(rt.Compare(rt.OpEQ, s("List", "X"), s("List", "X")), rt.Compare(rt.OpEQ, s("List", "X"), s("List", "Y")))
	})

	// | operator
	add("Optional[int] | str", func() rt.Value { return rt.Binary(rt.OpOr, s("Optional", rt.IntType), rt.StrType) })
	add("int | Optional[str]", func() rt.Value { return rt.Binary(rt.OpOr, rt.IntType, s("Optional", rt.StrType)) })
	add("List[int] | None", func() rt.Value { return rt.Binary(rt.OpOr, s("List", rt.IntType), none) })
	add("None | List[int]", func() rt.Value { return rt.Binary(rt.OpOr, none, s("List", rt.IntType)) })
	add("Optional[int] | None", func() rt.Value { return rt.Binary(rt.OpOr, s("Optional", rt.IntType), none) })
	add("List | None", func() rt.Value { return rt.Binary(rt.OpOr, g("List"), none) })
	add("Literal[1] | Literal[2]", func() rt.Value { return rt.Binary(rt.OpOr, s("Literal", i(1)), s("Literal", i(2))) })
	add("T | None", func() rt.Value { return rt.Binary(rt.OpOr, e.T, none) })
	add("Union[int, str] | float", func() rt.Value { return rt.Binary(rt.OpOr, s("Union", rt.IntType, rt.StrType), rt.FloatType) })
	add("U | None", func() rt.Value { return rt.Binary(rt.OpOr, e.U, none) })

	// TypeVar, Generic, substitution
	add("T, T.__name__, T.__bound__, T.__constraints__", func() rt.Value {
		return tup(e.T, rt.GetAttr(e.T, "__name__"), rt.GetAttr(e.T, "__bound__"), rt.GetAttr(e.T, "__constraints__"))
	})
	add("TypeVar('U', bound=int), TypeVar('U', covariant=True), TypeVar('U', contravariant=True), TypeVar('X', int, str)", func() rt.Value {
		tv := func(kw string, v rt.Value) rt.Value {
			return e.callKW("TypeVar", []rt.Value{"U"}, []rt.KW{{Name: kw, Value: v}})
		}
		return tup(tv("bound", rt.IntType), tv("covariant", true), tv("contravariant", true), e.call("TypeVar", "X", rt.IntType, rt.StrType))
	})
	add("TypeVar('U', bound=int).__bound__, TypeVar('X', int, str).__constraints__, TypeVar('U', covariant=True).__covariant__", func() rt.Value {
		return tup(rt.GetAttr(e.callKW("TypeVar", []rt.Value{"U"}, []rt.KW{{Name: "bound", Value: rt.IntType}}), "__bound__"),
			rt.GetAttr(e.call("TypeVar", "X", rt.IntType, rt.StrType), "__constraints__"),
			rt.GetAttr(e.callKW("TypeVar", []rt.Value{"U"}, []rt.KW{{Name: "covariant", Value: true}}), "__covariant__"))
	})
	add("TypeVar('X', int)", func() rt.Value { return e.call("TypeVar", "X", rt.IntType) })
	add("TypeVar(1)", func() rt.Value { return e.call("TypeVar", i(1)) })
	add("TypeVar('X', covariant=True, contravariant=True)", func() rt.Value {
		return e.callKW("TypeVar", []rt.Value{"X"}, []rt.KW{{Name: "covariant", Value: true}, {Name: "contravariant", Value: true}})
	})
	add("TypeVar('X', int, str, bound=int)", func() rt.Value {
		return e.callKW("TypeVar", []rt.Value{"X", rt.IntType, rt.StrType}, []rt.KW{{Name: "bound", Value: rt.IntType}})
	})
	add("type(T), T == T, T == TypeVar('T')", func() rt.Value {
		return tup(rt.TypeOf(e.T), rt.Compare(rt.OpEQ, e.T, e.T), rt.Compare(rt.OpEQ, e.T, e.call("TypeVar", "T")))
	})
	add("ParamSpec('P'), AnyStr", func() rt.Value { return tup(e.call("ParamSpec", "P"), g("AnyStr")) })
	add("Generic, Protocol", func() rt.Value { return tup(g("Generic"), g("Protocol")) })
	add("Generic[T], Generic[T, K]", func() rt.Value {
		return tup(ClassGetItem(GenericType, e.T), ClassGetItem(GenericType, tup(e.T, e.K)))
	})
	add("Generic[int]", func() rt.Value { return ClassGetItem(GenericType, rt.IntType) })
	add("Generic[T, T]", func() rt.Value { return ClassGetItem(GenericType, tup(e.T, e.T)) })
	add("Generic[()]", func() rt.Value { return ClassGetItem(GenericType, tup()) })
	add("Protocol[T]", func() rt.Value { return ClassGetItem(ProtocolType, e.T) })
	add("List[T], List[T][int], Dict[str, List[int]]", func() rt.Value {
		return tup(s("List", e.T), subv(s("List", e.T), rt.IntType), s("Dict", rt.StrType, s("List", rt.IntType)))
	})
	add("Union[int, T][str], Optional[T][int], Dict[str, T][int], Dict[K, T][str, int]", func() rt.Value {
		return tup(subv(s("Union", rt.IntType, e.T), rt.StrType), subv(s("Optional", e.T), rt.IntType),
			subv(s("Dict", rt.StrType, e.T), rt.IntType), subv(s("Dict", e.K, e.T), rt.StrType, rt.IntType))
	})
	add("Dict[str, List[T]][int], Union[int, T][int], Callable[[T], K][int, str]", func() rt.Value {
		return tup(subv(s("Dict", rt.StrType, s("List", e.T)), rt.IntType), subv(s("Union", rt.IntType, e.T), rt.IntType),
			subv(s("Callable", lst(e.T), e.K), rt.IntType, rt.StrType))
	})
	add("Dict[K, T].__parameters__, List[int].__parameters__, Dict[str, List[T]].__parameters__", func() rt.Value {
		return tup(rt.GetAttr(s("Dict", e.K, e.T), "__parameters__"), rt.GetAttr(s("List", rt.IntType), "__parameters__"),
			rt.GetAttr(s("Dict", rt.StrType, s("List", e.T)), "__parameters__"))
	})
	add("Dict[K, T][int]", func() rt.Value { return subv(s("Dict", e.K, e.T), rt.IntType) })
	add("List[T][int, str]", func() rt.Value { return subv(s("List", e.T), rt.IntType, rt.StrType) })
	add("Optional[T], Union[T, int]", func() rt.Value { return tup(s("Optional", e.T), s("Union", e.T, rt.IntType)) })

	// NewType, cast, TYPE_CHECKING
	add("U, U(5), U('x'), U.__name__, U.__supertype__, U.__module__, type(U)", func() rt.Value {
		return tup(e.U, rt.Call(e.U, []rt.Value{i(5)}, nil), rt.Call(e.U, []rt.Value{"x"}, nil), rt.GetAttr(e.U, "__name__"),
			rt.GetAttr(e.U, "__supertype__"), rt.GetAttr(e.U, "__module__"), rt.TypeOf(e.U))
	})
	add("U(x=1)", func() rt.Value { return rt.Call(e.U, nil, []rt.KW{{Name: "x", Value: i(1)}}) })
	add("U()", func() rt.Value { return rt.Call(e.U, nil, nil) })
	add("U(1, 2)", func() rt.Value { return rt.Call(e.U, []rt.Value{i(1), i(2)}, nil) })
	add("NewType('a')", func() rt.Value { return e.call("NewType", "a") })
	add("NewType(1, int)", func() rt.Value { return e.call("NewType", i(1), rt.IntType) })
	add("NewType('a.b.C', str)", func() rt.Value { return e.call("NewType", "a.b.C", rt.StrType) })
	add("typing.TYPE_CHECKING", func() rt.Value { return g("TYPE_CHECKING") })
	add("cast(int, 'x'), cast('int', 3), cast(List[int], [1]), cast(typ=str, val=1)", func() rt.Value {
		return tup(e.call("cast", rt.IntType, "x"), e.call("cast", "int", i(3)), e.call("cast", s("List", rt.IntType), lst(i(1))),
			e.callKW("cast", nil, []rt.KW{{Name: "typ", Value: rt.StrType}, {Name: "val", Value: i(1)}}))
	})
	add("cast(int)", func() rt.Value { return e.call("cast", rt.IntType) })
	add("cast()", func() rt.Value { return e.call("cast") })
	add("cast(int, 1, 2)", func() rt.Value { return e.call("cast", rt.IntType, i(1), i(2)) })
	add("cast(int, 1, typ=2)", func() rt.Value {
		return e.callKW("cast", []rt.Value{rt.IntType, i(1)}, []rt.KW{{Name: "typ", Value: i(2)}})
	})
	add("cast(int, v=1)", func() rt.Value { return e.callKW("cast", []rt.Value{rt.IntType}, []rt.KW{{Name: "v", Value: i(1)}}) })
	add("typing.Text", func() rt.Value { return g("Text") })

	// get_origin / get_args
	orig := func(v rt.Value) rt.Value { return e.call("get_origin", v) }
	gargs := func(v rt.Value) rt.Value { return e.call("get_args", v) }
	add("get_origin(List[int]), get_origin(List), get_origin(int), get_origin(None), get_origin(Any)", func() rt.Value {
		return tup(orig(s("List", rt.IntType)), orig(g("List")), orig(rt.IntType), orig(none), orig(g("Any")))
	})
	add("get_origin(Optional[int]), get_origin(Union[int, str]), get_origin(Literal['a']), get_origin(ClassVar[int]), get_origin(Final[int])", func() rt.Value {
		return tup(orig(s("Optional", rt.IntType)), orig(s("Union", rt.IntType, rt.StrType)), orig(s("Literal", "a")), orig(s("ClassVar", rt.IntType)), orig(s("Final", rt.IntType)))
	})
	add("get_origin(Annotated[int, 'x']), get_origin(Callable[[int], str]), get_origin(Sequence[int]), get_origin(Mapping[str, int])", func() rt.Value {
		return tup(orig(s("Annotated", rt.IntType, "x")), orig(s("Callable", lst(rt.IntType), rt.StrType)), orig(s("Sequence", rt.IntType)), orig(s("Mapping", rt.StrType, rt.IntType)))
	})
	add("get_origin(Dict[str, int]), get_origin(Tuple[int, ...]), get_origin(int | None), get_origin(Generic[T]), get_origin(Generic)", func() rt.Value {
		return tup(orig(s("Dict", rt.StrType, rt.IntType)), orig(s("Tuple", rt.IntType, rt.Ellipsis)), orig(rt.Binary(rt.OpOr, rt.IntType, none)),
			orig(ClassGetItem(GenericType, e.T)), orig(g("Generic")))
	})
	add("get_origin(Set[int]), get_origin(FrozenSet[int]), get_origin(Type[int]), get_origin(Iterator[int]), get_origin(Iterable[int])", func() rt.Value {
		return tup(orig(s("Set", rt.IntType)), orig(s("FrozenSet", rt.IntType)), orig(s("Type", rt.IntType)), orig(s("Iterator", rt.IntType)), orig(s("Iterable", rt.IntType)))
	})
	add("get_args(List[int]), get_args(List), get_args(Optional[int]), get_args(Union[int, str]), get_args(Literal['a', 1])", func() rt.Value {
		return tup(gargs(s("List", rt.IntType)), gargs(g("List")), gargs(s("Optional", rt.IntType)), gargs(s("Union", rt.IntType, rt.StrType)), gargs(s("Literal", "a", i(1))))
	})
	add("get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Callable[[], str]), get_args(Tuple[int, ...]), get_args(Tuple[()])", func() rt.Value {
		return tup(gargs(s("Callable", lst(rt.IntType), rt.StrType)), gargs(s("Callable", rt.Ellipsis, rt.StrType)), gargs(s("Callable", lst(), rt.StrType)),
			gargs(s("Tuple", rt.IntType, rt.Ellipsis)), gargs(s("Tuple", tup())))
	})
	add("get_args(Annotated[int, 'x']), get_args(int | None), get_args(int), get_args(Dict[str, List[int]]), get_args(ClassVar[int])", func() rt.Value {
		return tup(gargs(s("Annotated", rt.IntType, "x")), gargs(rt.Binary(rt.OpOr, rt.IntType, none)), gargs(rt.IntType),
			gargs(s("Dict", rt.StrType, s("List", rt.IntType))), gargs(s("ClassVar", rt.IntType)))
	})
	add("get_origin()", func() rt.Value { return e.call("get_origin") })
	add("List[int].__origin__, List[int].__args__, Optional[int].__args__, List.__origin__", func() rt.Value {
		return tup(rt.GetAttr(s("List", rt.IntType), "__origin__"), rt.GetAttr(s("List", rt.IntType), "__args__"),
			rt.GetAttr(s("Optional", rt.IntType), "__args__"), rt.GetAttr(g("List"), "__origin__"))
	})
	add("List._name, List[int]._name, Optional[int]._name, Union[int, str]._name, List.__name__, List[int].__name__", func() rt.Value {
		return tup(rt.GetAttr(g("List"), "_name"), rt.GetAttr(s("List", rt.IntType), "_name"), rt.GetAttr(s("Optional", rt.IntType), "_name"),
			rt.GetAttr(s("Union", rt.IntType, rt.StrType), "_name"), rt.GetAttr(g("List"), "__name__"), rt.GetAttr(s("List", rt.IntType), "__name__"))
	})
	add("Union.__name__, Any.__name__, Optional._name, Literal['a'].__args__, Annotated[int, 'x'].__metadata__", func() rt.Value {
		return tup(rt.GetAttr(g("Union"), "__name__"), rt.GetAttr(g("Any"), "__name__"), rt.GetAttr(g("Optional"), "_name"),
			rt.GetAttr(s("Literal", "a"), "__args__"), rt.GetAttr(s("Annotated", rt.IntType, "x"), "__metadata__"))
	})
	add("Annotated[int, 'x'].__origin__", func() rt.Value { return rt.GetAttr(s("Annotated", rt.IntType, "x"), "__origin__") })

	// isinstance through IsInstance
	add("isinstance(1, Optional[int]), isinstance('a', Union[int, str]), isinstance(None, Optional[int]), isinstance(1.5, Optional[int])", func() rt.Value {
		return tup(IsInstance(i(1), s("Optional", rt.IntType)), IsInstance("a", s("Union", rt.IntType, rt.StrType)),
			IsInstance(none, s("Optional", rt.IntType)), IsInstance(1.5, s("Optional", rt.IntType)))
	})
	add("isinstance(1, List), isinstance([], List), isinstance({}, Dict), isinstance([], Sequence), isinstance({}, Mapping), isinstance('a', Sequence), isinstance({}, Sequence)", func() rt.Value {
		return tup(IsInstance(i(1), g("List")), IsInstance(lst(), g("List")), IsInstance(rt.NewDict(0), g("Dict")), IsInstance(lst(), g("Sequence")),
			IsInstance(rt.NewDict(0), g("Mapping")), IsInstance("a", g("Sequence")), IsInstance(rt.NewDict(0), g("Sequence")))
	})
	add("isinstance([], Iterable), isinstance(1, Iterable), isinstance(1, Hashable), isinstance([], Hashable), isinstance(len, Callable), isinstance(1, Callable)", func() rt.Value {
		b, _ := rt.LookupAttr(rt.NewModule("x"), "nothing")
		_ = b
		return tup(IsInstance(lst(), g("Iterable")), IsInstance(i(1), g("Iterable")), IsInstance(i(1), g("Hashable")), IsInstance(lst(), g("Hashable")),
			IsInstance(e.get("cast"), g("Callable")), IsInstance(i(1), g("Callable")))
	})
	add("isinstance(1, Any)", func() rt.Value { return IsInstance(i(1), g("Any")) })
	add("isinstance([], List[int])", func() rt.Value { return IsInstance(lst(), s("List", rt.IntType)) })
	add("isinstance(1, Literal[1])", func() rt.Value { return IsInstance(i(1), s("Literal", i(1))) })
	add("isinstance(1, (str, Optional[int]))", func() rt.Value { return IsInstance(i(1), tup(rt.StrType, s("Optional", rt.IntType))) })

	// decorators and helpers
	add("final(cast) is cast, no_type_check(len) is len if False else 1, runtime_checkable(Protocol), assert_type(1, int), reveal_type(2) if False else 2", func() rt.Value {
		return tup(e.call("final", e.get("cast")) == e.get("cast"), i(1), e.call("runtime_checkable", g("Protocol")), e.call("assert_type", i(1), rt.IntType), i(2))
	})
	add("assert_never(1)", func() rt.Value { return e.call("assert_never", i(1)) })
	add("assert_never('x' * 200)", func() rt.Value { return e.call("assert_never", rt.Binary(rt.OpMul, "x", i(200))) })
	add("overload(len)()", func() rt.Value { return rt.Call(e.call("overload", e.get("cast")), nil, nil) })
	add("final()", func() rt.Value { return e.call("final") })

	// NamedTuple
	nt := func() rt.Value { return e.p }
	P := func(args ...rt.Value) rt.Value { return rt.CallClass(e.P.Cls, args, nil) }
	PK := func(args []rt.Value, kw ...rt.KW) rt.Value { return rt.CallClass(e.P.Cls, args, kw) }
	add("p", nt)
	add("P(1), P(x=3), P(y=1, x=2)", func() rt.Value {
		return tup(P(i(1)), PK(nil, rt.KW{Name: "x", Value: i(3)}), PK(nil, rt.KW{Name: "y", Value: i(1)}, rt.KW{Name: "x", Value: i(2)}))
	})
	add("P()", func() rt.Value { return P() })
	add("P(1, 2, 3)", func() rt.Value { return P(i(1), i(2), i(3)) })
	add("P(1, x=2)", func() rt.Value { return PK([]rt.Value{i(1)}, rt.KW{Name: "x", Value: i(2)}) })
	add("P(1, z=2)", func() rt.Value { return PK([]rt.Value{i(1)}, rt.KW{Name: "z", Value: i(2)}) })
	add("p.x, p.y, p[1], p[-1], p[0:1], len(p), tuple(p), list(p)", func() rt.Value {
		return tup(rt.GetAttr(e.p, "x"), rt.GetAttr(e.p, "y"), rt.GetItem(e.p, i(1)), rt.GetItem(e.p, i(-1)),
			rt.GetItem(e.p, &rt.Slice{Start: i(0), Stop: i(1), Step: none}), i(int64(rt.Len(e.p))),
			rt.CallClass(rt.TupleType, []rt.Value{e.p}, nil), rt.CallClass(rt.ListType, []rt.Value{e.p}, nil))
	})
	add("p == (1, 2), (1, 2) == p, p < (1, 3), p != (1, 2), hash(p) == hash((1, 2))", func() rt.Value {
		t12 := tup(i(1), i(2))
		return tup(rt.Compare(rt.OpEQ, e.p, t12), rt.Compare(rt.OpEQ, t12, e.p), rt.Compare(rt.OpLT, e.p, tup(i(1), i(3))),
			rt.Compare(rt.OpNE, e.p, t12), rt.Hash(e.p) == rt.Hash(t12))
	})
	add("p + (3,), (0,) + p, p * 2, 2 * p, p + p", func() rt.Value {
		return tup(rt.Binary(rt.OpAdd, e.p, tup(i(3))), rt.Binary(rt.OpAdd, tup(i(0)), e.p), rt.Binary(rt.OpMul, e.p, i(2)),
			rt.Binary(rt.OpMul, i(2), e.p), rt.Binary(rt.OpAdd, e.p, e.p))
	})
	add("p._asdict(), p._replace(y=5), p._replace(), p._fields, P._fields, P._field_defaults", func() rt.Value {
		return tup(rt.CallMethod(e.p, "_asdict", nil, nil), rt.CallMethod(e.p, "_replace", nil, []rt.KW{{Name: "y", Value: i(5)}}),
			rt.CallMethod(e.p, "_replace", nil, nil), rt.GetAttr(e.p, "_fields"), rt.GetAttr(e.P.Cls, "_fields"), rt.GetAttr(e.P.Cls, "_field_defaults"))
	})
	add("p._replace(z=5)", func() rt.Value { return rt.CallMethod(e.p, "_replace", nil, []rt.KW{{Name: "z", Value: i(5)}}) })
	add("P._make([4, 5])", func() rt.Value { return rt.Call(rt.GetAttr(e.P.Cls, "_make"), []rt.Value{lst(i(4), i(5))}, nil) })
	add("P._make([4])", func() rt.Value { return rt.Call(rt.GetAttr(e.P.Cls, "_make"), []rt.Value{lst(i(4))}, nil) })
	add("isinstance(p, tuple), P, type(p), P.__name__, P.__bases__, P.__mro__", func() rt.Value {
		return tup(rt.IsInstance(e.p, rt.TupleType), e.P.Cls, rt.TypeOf(e.p), rt.GetAttr(e.P.Cls, "__name__"), rt.GetAttr(e.P.Cls, "__bases__"), rt.GetAttr(e.P.Cls, "__mro__"))
	})
	add("p.count(1), p.index(2), 1 in p, 5 in p, str(p), f'{p}', bool(p)", func() rt.Value {
		return tup(rt.CallMethod(e.p, "count", []rt.Value{i(1)}, nil), rt.CallMethod(e.p, "index", []rt.Value{i(2)}, nil),
			rt.Contains(e.p, i(1)), rt.Contains(e.p, i(5)), rt.Str(e.p), rt.Format(e.p, ""), rt.Truth(e.p))
	})
	add("p.index(7)", func() rt.Value { return rt.CallMethod(e.p, "index", []rt.Value{i(7)}, nil) })
	add("p[5]", func() rt.Value { return rt.GetItem(e.p, i(5)) })
	add("p.z", func() rt.Value { return rt.GetAttr(e.p, "z") })
	add("P.__annotations__, get_type_hints(P)", func() rt.Value {
		return tup(rt.GetAttr(e.P.Cls, "__annotations__"), e.call("get_type_hints", e.P.Cls))
	})
	add("P2, P2(1, 'a'), P2._fields, P2(b='x', a=2)", func() rt.Value {
		p2 := e.call("NamedTuple", "P2", lst(tup("a", rt.IntType), tup("b", rt.StrType)))
		return tup(p2, rt.Call(p2, []rt.Value{i(1), "a"}, nil), rt.GetAttr(p2, "_fields"),
			rt.Call(p2, nil, []rt.KW{{Name: "b", Value: "x"}, {Name: "a", Value: i(2)}}))
	})
	add("P2(1)", func() rt.Value {
		return rt.Call(e.call("NamedTuple", "P2", lst(tup("a", rt.IntType), tup("b", rt.StrType))), []rt.Value{i(1)}, nil)
	})
	add("NamedTuple('X', [('a', int), ('b', int), ('c', int)])()", func() rt.Value {
		return rt.Call(e.call("NamedTuple", "X", lst(tup("a", rt.IntType), tup("b", rt.IntType), tup("c", rt.IntType))), nil, nil)
	})
	add("P(1, 2) == P2(1, 2)", func() rt.Value {
		p2 := e.call("NamedTuple", "P2", lst(tup("a", rt.IntType), tup("b", rt.StrType)))
		return rt.Compare(rt.OpEQ, P(i(1), i(2)), rt.Call(p2, []rt.Value{i(1), i(2)}, nil))
	})
	add("NamedTuple('X', [('_a', int)])", func() rt.Value { return e.call("NamedTuple", "X", lst(tup("_a", rt.IntType))) })
	add("NamedTuple('X', [('a', int), ('a', str)])", func() rt.Value {
		return e.call("NamedTuple", "X", lst(tup("a", rt.IntType), tup("a", rt.StrType)))
	})
	add("NamedTuple('X', [('def', int)])", func() rt.Value { return e.call("NamedTuple", "X", lst(tup("def", rt.IntType))) })
	add("NamedTuple('X', [('a b', int)])", func() rt.Value { return e.call("NamedTuple", "X", lst(tup("a b", rt.IntType))) })
	add("NamedTuple('X', [('a', int)]).__module__", func() rt.Value {
		return rt.GetAttr(e.call("NamedTuple", "X", lst(tup("a", rt.IntType))), "__module__")
	})
	add("NamedTuple('X', [('a', Optional[int])]).__annotations__", func() rt.Value {
		return rt.GetAttr(e.call("NamedTuple", "X", lst(tup("a", s("Optional", rt.IntType)))), "__annotations__")
	})

	// TypedDict
	add("M(name='x', year=1), M(name='x'), M({'a': 1}), type(M(name='x')), M", func() rt.Value {
		return tup(rt.Call(e.M, nil, []rt.KW{{Name: "name", Value: "x"}, {Name: "year", Value: i(1)}}), rt.Call(e.M, nil, []rt.KW{{Name: "name", Value: "x"}}),
			rt.Call(e.M, []rt.Value{func() rt.Value { d := rt.NewDict(1); d.Set("a", i(1)); return d }()}, nil),
			rt.TypeOf(rt.Call(e.M, nil, []rt.KW{{Name: "name", Value: "x"}})), e.M)
	})
	add("M.__required_keys__, M.__optional_keys__, M2.__optional_keys__, M2.__total__, M.__total__, M2(a=1)", func() rt.Value {
		return tup(rt.GetAttr(e.M, "__required_keys__"), rt.GetAttr(e.M, "__optional_keys__"), rt.GetAttr(e.M2, "__optional_keys__"),
			rt.GetAttr(e.M2, "__total__"), rt.GetAttr(e.M, "__total__"), rt.Call(e.M2, nil, []rt.KW{{Name: "a", Value: i(1)}}))
	})
	add("M3.__required_keys__, M3.__optional_keys__, M3.__annotations__", func() rt.Value {
		return tup(rt.GetAttr(e.M3, "__required_keys__"), rt.GetAttr(e.M3, "__optional_keys__"), rt.GetAttr(e.M3, "__annotations__"))
	})
	add("get_type_hints(M), get_type_hints(M3), get_type_hints(M3, include_extras=True)", func() rt.Value {
		return tup(e.call("get_type_hints", e.M), e.call("get_type_hints", e.M3),
			e.callKW("get_type_hints", []rt.Value{e.M3}, []rt.KW{{Name: "include_extras", Value: true}}))
	})
	add("M.__bases__, M.__mro__, is_typeddict(M), is_typeddict(dict), is_typeddict(P)", func() rt.Value {
		return tup(rt.GetAttr(e.M, "__bases__"), rt.GetAttr(e.M, "__mro__"), e.call("is_typeddict", e.M), e.call("is_typeddict", rt.DictType), e.call("is_typeddict", e.P.Cls))
	})
	add("M(1)", func() rt.Value { return rt.Call(e.M, []rt.Value{i(1)}, nil) })
	add("get_type_hints(1)", func() rt.Value { return e.call("get_type_hints", i(1)) })
	add("get_type_hints(len)", func() rt.Value { return e.call("get_type_hints", e.get("cast")) })

	// classes annotated by the compiler
	base := rt.NewClass("Base", "__main__")
	ba := rt.NewDict(1)
	ba.Set("a", rt.IntType)
	base.Attrs["__annotations__"] = ba
	cc := rt.NewClass("C", "__main__", base)
	ca := rt.NewDict(5)
	ca.Set("b", "str")
	ca.Set("c", none)
	ca.Set("d", s("Annotated", rt.IntType, "x"))
	ca.Set("e", s("Optional", "int"))
	ca.Set("f", s("List", "float"))
	ca.Set("a", rt.StrType)
	cc.Attrs["__annotations__"] = ca
	add("get_type_hints(C)", func() rt.Value { return e.call("get_type_hints", cc) })
	add("get_type_hints(C, include_extras=True)", func() rt.Value {
		return e.callKW("get_type_hints", []rt.Value{cc}, []rt.KW{{Name: "include_extras", Value: true}})
	})
	add("get_type_hints(Base), get_type_hints(int)", func() rt.Value { return tup(e.call("get_type_hints", base), e.call("get_type_hints", rt.IntType)) })
	bad := rt.NewClass("Bad", "__main__")
	bd := rt.NewDict(1)
	bd.Set("x", "Missing")
	bad.Attrs["__annotations__"] = bd
	add("get_type_hints(Bad)", func() rt.Value { return e.call("get_type_hints", bad) })
	box := rt.NewClass("Box", "__main__", GenericType)
	add("Box[int], Box[T], get_origin(Box[int]), get_args(Box[int]), Box[int] == Box[int]", func() rt.Value {
		return tup(ClassGetItem(box, rt.IntType), ClassGetItem(box, e.T), orig(ClassGetItem(box, rt.IntType)), gargs(ClassGetItem(box, rt.IntType)),
			rt.Compare(rt.OpEQ, ClassGetItem(box, rt.IntType), ClassGetItem(box, rt.IntType)))
	})
	add("int[str]", func() rt.Value { return ClassGetItem(rt.IntType, rt.StrType) })

	// builtin generic aliases (types.GenericAlias)
	cg := ClassGetItem
	add("list[int], dict[str, int], tuple[int, ...], tuple[()], set[str], frozenset[int], type[int]", func() rt.Value {
		return tup(cg(rt.ListType, rt.IntType), cg(rt.DictType, tup(rt.StrType, rt.IntType)), cg(rt.TupleType, tup(rt.IntType, rt.Ellipsis)),
			cg(rt.TupleType, tup()), cg(rt.SetType, rt.StrType), cg(rt.FrozenSetType, rt.IntType), cg(rt.TypeType, rt.IntType))
	})
	add("list[None], dict[str, list[int]], list['X'], type(list[int])", func() rt.Value {
		return tup(cg(rt.ListType, none), cg(rt.DictType, tup(rt.StrType, cg(rt.ListType, rt.IntType))), cg(rt.ListType, "X"), rt.TypeOf(cg(rt.ListType, rt.IntType)))
	})
	add("list[int] == list[int], list[int] == List[int], List[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int])", func() rt.Value {
		l := cg(rt.ListType, rt.IntType)
		return tup(rt.Compare(rt.OpEQ, l, cg(rt.ListType, rt.IntType)), rt.Compare(rt.OpEQ, l, s("List", rt.IntType)),
			rt.Compare(rt.OpEQ, s("List", rt.IntType), l), rt.Compare(rt.OpEQ, l, cg(rt.ListType, rt.StrType)), rt.Hash(l) == rt.Hash(cg(rt.ListType, rt.IntType)))
	})
	add("get_origin(list[int]), get_args(dict[str, int]), get_args(tuple[()])", func() rt.Value {
		return tup(orig(cg(rt.ListType, rt.IntType)), gargs(cg(rt.DictType, tup(rt.StrType, rt.IntType))), gargs(cg(rt.TupleType, tup())))
	})
	add("Union[int, list[int]], Optional[dict[str, Any]], List[list[int]]", func() rt.Value {
		return tup(s("Union", rt.IntType, cg(rt.ListType, rt.IntType)), s("Optional", cg(rt.DictType, tup(rt.StrType, g("Any")))), s("List", cg(rt.ListType, rt.IntType)))
	})
	add("list[int]([1, 2]), dict[str, int](a=1), list[int].__origin__, list[int].__args__", func() rt.Value {
		l := cg(rt.ListType, rt.IntType)
		return tup(rt.Call(l, []rt.Value{lst(i(1), i(2))}, nil), rt.Call(cg(rt.DictType, tup(rt.StrType, rt.IntType)), nil, []rt.KW{{Name: "a", Value: i(1)}}),
			rt.GetAttr(l, "__origin__"), rt.GetAttr(l, "__args__"))
	})
	add("isinstance([], list[int])", func() rt.Value { return IsInstance(lst(), cg(rt.ListType, rt.IntType)) })
	add("list[T][int], dict[str, T][int]", func() rt.Value {
		return tup(subv(cg(rt.ListType, e.T), rt.IntType), subv(cg(rt.DictType, tup(rt.StrType, e.T)), rt.IntType))
	})

	// records are immutable
	add("setattr(p, 'x', 5)", func() rt.Value { rt.SetAttr(e.p, "x", i(5)); return none })
	add("setattr(p, 'z', 5)", func() rt.Value { rt.SetAttr(e.p, "z", i(5)); return none })
	add("NamedTuple('X', x=int, y=str)._fields", func() rt.Value {
		return rt.GetAttr(e.callKW("NamedTuple", []rt.Value{"X"}, []rt.KW{{Name: "x", Value: rt.IntType}, {Name: "y", Value: rt.StrType}}), "_fields")
	})
	add("NamedTuple('X', [('a',)])", func() rt.Value { return e.call("NamedTuple", "X", lst(tup("a"))) })
	add("NamedTuple('X', [('a', 1, 2)])", func() rt.Value { return e.call("NamedTuple", "X", lst(tup("a", i(1), i(2)))) })
	add("NamedTuple('X', [('a', int)], b=int)", func() rt.Value {
		return e.callKW("NamedTuple", []rt.Value{"X", lst(tup("a", rt.IntType))}, []rt.KW{{Name: "b", Value: rt.IntType}})
	})
	add("TypedDict('X', {'a': int}, total=False, foo=1)", func() rt.Value {
		d := rt.NewDict(1)
		d.Set("a", rt.IntType)
		return e.callKW("TypedDict", []rt.Value{"X", d}, []rt.KW{{Name: "total", Value: false}, {Name: "foo", Value: i(1)}})
	})
	add("TypedDict('X', {'a': int}).__module__, TypedDict('X', {'a': int})(a=1, b=2)", func() rt.Value {
		d := rt.NewDict(1)
		d.Set("a", rt.IntType)
		x := e.call("TypedDict", "X", d)
		return tup(rt.GetAttr(x, "__module__"), rt.Call(x, nil, []rt.KW{{Name: "a", Value: i(1)}, {Name: "b", Value: i(2)}}))
	})
	add("Optional[Any] == (Any | None)", func() rt.Value {
		return rt.Compare(rt.OpEQ, s("Optional", g("Any")), rt.Binary(rt.OpOr, g("Any"), none))
	})

	ps := e.call("ParamSpec", "P")
	add("Required[int, str]", func() rt.Value { return s("Required", rt.IntType, rt.StrType) })
	add("NotRequired[int, str]", func() rt.Value { return s("NotRequired", rt.IntType, rt.StrType) })
	add("TypeGuard[int, str]", func() rt.Value { return s("TypeGuard", rt.IntType, rt.StrType) })
	add("ReadOnly[int, str]", func() rt.Value { return s("ReadOnly", rt.IntType, rt.StrType) })
	add("Required[int], TypeGuard[int], TypeIs[int], Type[Any], Unpack[Tuple[int]]", func() rt.Value {
		return tup(s("Required", rt.IntType), s("TypeGuard", rt.IntType), s("TypeIs", rt.IntType), s("Type", g("Any")), s("Unpack", s("Tuple", rt.IntType)))
	})
	add("Callable[ParamSpec('P'), int], get_args(Callable[ParamSpec('P'), int]), Callable[[int], str].__args__", func() rt.Value {
		return tup(s("Callable", ps, rt.IntType), gargs(s("Callable", ps, rt.IntType)), rt.GetAttr(s("Callable", lst(rt.IntType), rt.StrType), "__args__"))
	})
	add("Concatenate[int, ParamSpec('P')]", func() rt.Value { return s("Concatenate", rt.IntType, ps) })
	add("Concatenate[int, str]", func() rt.Value { return s("Concatenate", rt.IntType, rt.StrType) })
	for _, n := range []string{"Never", "Self", "NoReturn", "TypeAlias", "LiteralString"} {
		n := n
		add(n+"[int]", func() rt.Value { return s(n, rt.IntType) })
	}
	add("Literal[[1]], Literal[1] == 1, Literal[b'x', 'x'], Optional[Literal['a', 'b']], Union[Literal['a'], Literal['b']], Union[Literal['a'], None]", func() rt.Value {
		return tup(s("Literal", lst(i(1))), rt.Compare(rt.OpEQ, s("Literal", i(1)), i(1)), s("Literal", rt.Bytes("x"), "x"),
			s("Optional", s("Literal", "a", "b")), s("Union", s("Literal", "a"), s("Literal", "b")), s("Union", s("Literal", "a"), none))
	})
	add("Annotated[Optional[int], 'x'], hash(Annotated[int, 1]) == hash(Annotated[int, 1])", func() rt.Value {
		return tup(s("Annotated", s("Optional", rt.IntType), "x"), rt.Hash(s("Annotated", rt.IntType, i(1))) == rt.Hash(s("Annotated", rt.IntType, i(1))))
	})
	add("get_type_hints(1.5)", func() rt.Value { return e.call("get_type_hints", 1.5) })
	add("Union[int, str].__origin__, Union[int,str].__name__, Literal['a'].__name__, Annotated[int,'x'].__name__, ClassVar[int].__origin__, Dict.__name__", func() rt.Value {
		return tup(rt.GetAttr(s("Union", rt.IntType, rt.StrType), "__origin__"), rt.GetAttr(s("Union", rt.IntType, rt.StrType), "__name__"),
			rt.GetAttr(s("Literal", "a"), "__name__"), rt.GetAttr(s("Annotated", rt.IntType, "x"), "__name__"), rt.GetAttr(s("ClassVar", rt.IntType), "__origin__"),
			rt.GetAttr(g("Dict"), "__name__"))
	})
	add("TypeVar('T', bound='X'), TypeVar('T', bound=Optional[int]).__bound__, TypeVar('T', infer_variance=True)", func() rt.Value {
		return tup(e.callKW("TypeVar", []rt.Value{"T"}, []rt.KW{{Name: "bound", Value: "X"}}),
			rt.GetAttr(e.callKW("TypeVar", []rt.Value{"T"}, []rt.KW{{Name: "bound", Value: s("Optional", rt.IntType)}}), "__bound__"),
			e.callKW("TypeVar", []rt.Value{"T"}, []rt.KW{{Name: "infer_variance", Value: true}}))
	})
	add("Hashable[int]", func() rt.Value { return s("Hashable", rt.IntType) })
	add("Sized[int]", func() rt.Value { return s("Sized", rt.IntType) })
	add("Tuple[int][str]", func() rt.Value { return subv(s("Tuple", rt.IntType), rt.StrType) })
	add("Union[int, str][int]", func() rt.Value { return subv(s("Union", rt.IntType, rt.StrType), rt.IntType) })
	add("isinstance({}, M)", func() rt.Value { return IsInstance(rt.NewDict(0), e.M) })
	add("isinstance(1, (int, M))", func() rt.Value { return IsInstance(i(1), tup(rt.IntType, e.M)) })

	add("ContextManager, ContextManager[int], AsyncContextManager[int], get_origin(ContextManager[int]), ContextManager[int, str]", func() rt.Value {
		return tup(g("ContextManager"), s("ContextManager", rt.IntType), s("AsyncContextManager", rt.IntType), orig(s("ContextManager", rt.IntType)),
			s("ContextManager", rt.IntType, rt.StrType))
	})
	add("ContextManager[()]", func() rt.Value { return s("ContextManager", tup()) })
	add("ContextManager[int, str, bytes]", func() rt.Value { return s("ContextManager", rt.IntType, rt.StrType, rt.BytesType) })
	add("typing.NoDefault, type(typing.NoDefault), TypeVar('T').__default__, TypeVarTuple('Ts')", func() rt.Value {
		return tup(g("NoDefault"), rt.TypeOf(g("NoDefault")), rt.GetAttr(e.T, "__default__"), e.call("TypeVarTuple", "Ts"))
	})
	add("SupportsInt, SupportsInt.__mro__, IO, IO[str], TextIO.__mro__, BinaryIO", func() rt.Value {
		return tup(g("SupportsInt"), rt.GetAttr(g("SupportsInt"), "__mro__"), g("IO"), ClassGetItem(g("IO").(*rt.Class), rt.StrType),
			rt.GetAttr(g("TextIO"), "__mro__"), g("BinaryIO"))
	})
	add("get_overloads(len), clear_overloads(), is_protocol(SupportsInt), is_protocol(int), is_protocol(Protocol), is_protocol(1)", func() rt.Value {
		return tup(e.call("get_overloads", e.get("cast")), e.call("clear_overloads"), e.call("is_protocol", g("SupportsInt")),
			e.call("is_protocol", rt.IntType), e.call("is_protocol", g("Protocol")), e.call("is_protocol", i(1)))
	})
	add("dataclass_transform()(C) is C", func() rt.Value { return rt.Call(e.call("dataclass_transform"), []rt.Value{cc}, nil) == rt.Value(cc) })
	add("dataclass_transform(1)", func() rt.Value { return e.call("dataclass_transform", i(1)) })

	for _, c := range []struct{ py, name string }{{"Sequence()", "Sequence"}, {"Mapping()", "Mapping"}, {"Callable()", "Callable"},
		{"Iterable()", "Iterable"}, {"Hashable()", "Hashable"}, {"MutableMapping()", "MutableMapping"}, {"Type()", "Type"}, {"Set()", "Set"}} {
		c := c
		add(c.py, func() rt.Value { return rt.Call(g(c.name), nil, nil) })
	}
	add("Sequence[int]()", func() rt.Value { return rt.Call(s("Sequence", rt.IntType), nil, nil) })
	add("Callable[[int], str]()", func() rt.Value { return rt.Call(s("Callable", lst(rt.IntType), rt.StrType), nil, nil) })
	add("Type[int]()", func() rt.Value { return rt.Call(s("Type", rt.IntType), nil, nil) })
	add("FrozenSet[int]()", func() rt.Value { return rt.Call(s("FrozenSet", rt.IntType), nil, nil) })
	add("Literal()", func() rt.Value { return rt.Call(g("Literal"), nil, nil) })
	add("Final[int]()", func() rt.Value { return rt.Call(s("Final", rt.IntType), nil, nil) })
	add("Annotated[int, 1](), Annotated[str, 1]('x')", func() rt.Value {
		return tup(rt.Call(s("Annotated", rt.IntType, i(1)), nil, nil), rt.Call(s("Annotated", rt.StrType, i(1)), []rt.Value{"x"}, nil))
	})
	add("Annotated[List[int], 1]()", func() rt.Value { return rt.Call(s("Annotated", s("List", rt.IntType), i(1)), nil, nil) })

	add("(lambda l: (l.append(P(l, 1)), repr(l[0]))[1])([])", func() rt.Value {
		l := rt.NewList(nil)
		r := rt.CallClass(e.P.Cls, []rt.Value{l, i(1)}, nil)
		l.Items = append(l.Items, r)
		return rt.Repr(r)
	})
	norm := NewNamedTuple("V", "__main__", []string{"x", "y"}, []rt.Value{rt.IntType, rt.IntType}, nil)
	norm.Cls.AddMethod("norm1", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return rt.Binary(rt.OpAdd, rt.GetAttr(self, "x"), rt.GetAttr(self, "y"))
	})
	add("(lambda V: (V(3, 4).norm1(), V(3, 4), sorted([V(2, 1), V(1, 2)]), {V(1, 2): 'a'}[(1, 2)]))(type('V', (NamedTuple('V', [('x', int), ('y', int)]),), {'norm1': lambda s: s.x + s.y}))", func() rt.Value {
		v := rt.CallClass(norm.Cls, []rt.Value{i(3), i(4)}, nil)
		l := rt.NewList([]rt.Value{rt.CallClass(norm.Cls, []rt.Value{i(2), i(1)}, nil), rt.CallClass(norm.Cls, []rt.Value{i(1), i(2)}, nil)})
		rt.CallMethod(l, "sort", nil, nil)
		d := rt.NewDict(1)
		d.Set(rt.CallClass(norm.Cls, []rt.Value{i(1), i(2)}, nil), "a")
		return tup(rt.CallMethod(v, "norm1", nil, nil), v, l, rt.GetItem(d, tup(i(1), i(2))))
	})

	pycase.CheckWithSetup(t, setup, cases)
	if len(cases) < 100 {
		t.Errorf("only %d cases", len(cases))
	}
}
