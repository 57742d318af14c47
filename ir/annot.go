package ir

import (
	"math/big"
	"strings"

	"github.com/genvm-go/genvm/frontend"
)

// typeOfAnn evaluates an annotation expression to a static type. A nil
// annotation is Dynamic. Unknown names give UnsupportedT carrying their spelling.
func (m *Module) typeOfAnn(e frontend.Expr) *Type {
	if e == nil {
		return TDynamic
	}
	switch x := e.(type) {
	case *frontend.Constant:
		switch v := x.Value.(type) {
		case nil:
			return TNone
		case string:
			return &Type{Kind: UnsupportedT, Name: "string annotation '" + v + "'", Origin: "str-annotation"}
		}
		return &Type{Kind: UnsupportedT, Name: "constant"}
	case *frontend.BinOp:
		if x.Op == frontend.BitOr {
			return unionOrigin(union(m.typeOfAnn(x.Left), m.typeOfAnn(x.Right)), "types.UnionType")
		}
	case *frontend.Subscript:
		return m.subscriptType(x)
	case *frontend.Name, *frontend.Attribute:
		ent := m.entityOf(x)
		t := m.bareType(ent, dotted(x))
		return t
	}
	return &Type{Kind: UnsupportedT, Name: "expression"}
}

func unionOrigin(t *Type, origin string) *Type {
	if t.Kind == UnionT {
		c := *t
		c.Origin = origin
		return &c
	}
	return t
}

// bareType is the type an unsubscripted annotation names.
func (m *Module) bareType(ent Entity, spelling string) *Type {
	mk := func(k Kind, origin string) *Type { return &Type{Kind: k, Origin: origin, Bare: true} }
	switch ent.Kind {
	case EntBuiltin:
		switch ent.Path {
		case "builtins.int":
			return TInt
		case "builtins.bool":
			return TBool
		case "builtins.str":
			return TStr
		case "builtins.bytes":
			return TBytes
		case "builtins.float":
			return TFloat
		case "builtins.None":
			return TNone
		case "builtins.list":
			return mk(ListT, ent.Path)
		case "builtins.dict":
			return mk(DictT, ent.Path)
		case "builtins.tuple":
			return mk(TupleT, ent.Path)
		case "builtins.set":
			return mk(SetT, ent.Path)
		case "builtins.frozenset":
			return mk(FrozenSetT, ent.Path)
		case "builtins.object":
			return &Type{Kind: Dynamic, Origin: ent.Path}
		}
		return &Type{Kind: UnsupportedT, Name: spelling, Origin: ent.Path, Bare: true}
	case EntSDK:
		switch p := shortPath(ent.Path); {
		case p == "Address":
			return TAddress
		case p == "bigint":
			return TBigInt
		case p == "DynArray" || p == "gl.storage.DynArray":
			return mk(DynArrayT, "genlayer.DynArray")
		case p == "TreeMap" || p == "gl.storage.TreeMap":
			return mk(TreeMapT, "genlayer.TreeMap")
		case p == "Array" || p == "gl.storage.Array":
			return mk(ArrayT, "genlayer.Array")
		case ent.SDK != nil && ent.SDK.Kind == SDKTypeName && ent.SDK.Ret != nil:
			return ent.SDK.Ret
		case ent.SDK != nil && ent.SDK.Kind == SDKClass && ent.SDK.Ret != nil:
			return ent.SDK.Ret
		}
		return &Type{Kind: UnsupportedT, Name: spelling, Origin: ent.Path, Bare: true}
	case EntExt:
		switch ent.Path {
		case "typing.Any":
			return &Type{Kind: Dynamic, Origin: ent.Path}
		case "collections.abc.Sequence":
			return mk(SequenceT, ent.Path)
		case "collections.abc.MutableSequence":
			t := mk(SequenceT, ent.Path)
			t.Mutable = true
			return t
		case "collections.abc.Mapping":
			return mk(MappingT, ent.Path)
		case "collections.abc.MutableMapping":
			t := mk(MappingT, ent.Path)
			t.Mutable = true
			return t
		case "typing.List":
			return mk(ListT, ent.Path)
		case "typing.Dict":
			return mk(DictT, ent.Path)
		case "typing.Tuple":
			return mk(TupleT, ent.Path)
		case "typing.Sequence", "typing.MutableSequence":
			t := mk(SequenceT, ent.Path)
			t.Mutable = ent.Path == "typing.MutableSequence"
			return t
		case "typing.Mapping", "typing.MutableMapping":
			t := mk(MappingT, ent.Path)
			t.Mutable = ent.Path == "typing.MutableMapping"
			return t
		case "datetime.datetime":
			return &Type{Kind: SDKT, Name: "datetime", Origin: ent.Path}
		case "decimal.Decimal":
			return &Type{Kind: SDKT, Name: "Decimal", Origin: ent.Path}
		}
		if strings.HasPrefix(ent.Path, "typing.") || strings.HasPrefix(ent.Path, "collections.abc.") {
			return &Type{Kind: IterableT, Name: spelling, Origin: ent.Path, Bare: true}
		}
		return &Type{Kind: UnsupportedT, Name: spelling, Origin: ent.Path, Bare: true}
	case EntClass:
		return &Type{Kind: ClassT, Class: ent.Class, Origin: "class", Bare: true}
	case EntTypeParam:
		return &Type{Kind: TypeVarT, Name: ent.Path}
	}
	return &Type{Kind: UnsupportedT, Name: spelling, Bare: true}
}

func sliceElts(e frontend.Expr) []frontend.Expr {
	if t, ok := e.(*frontend.Tuple); ok {
		return t.Elts
	}
	return []frontend.Expr{e}
}

func (m *Module) subscriptType(x *frontend.Subscript) *Type {
	base := m.typeOfAnn(x.Value)
	elts := sliceElts(x.Slice)
	args := make([]*Type, 0, len(elts))
	for _, a := range elts {
		args = append(args, m.typeOfAnn(a))
	}
	ent := m.entityOf(x.Value)
	switch ent.Path {
	case "typing.Optional":
		if len(args) == 1 {
			return unionOrigin(union(args[0], TNone), "typing.Union")
		}
	case "typing.Union":
		return unionOrigin(union(args...), "typing.Union")
	case "typing.Literal":
		t := &Type{Kind: LiteralT, Origin: ent.Path}
		for _, a := range elts {
			if c, ok := a.(*frontend.Constant); ok {
				t.Lits = append(t.Lits, c.Value)
			} else {
				t.Lits = append(t.Lits, nil)
			}
		}
		return t
	case "typing.Annotated":
		if len(args) > 0 {
			return &Type{Kind: args[0].Kind, Origin: "typing.Annotated", Args: []*Type{args[0]}, Name: "Annotated"}
		}
	case "typing.ClassVar":
		return &Type{Kind: UnsupportedT, Name: "ClassVar", Origin: ent.Path, Args: args}
	case "typing.Final":
		return &Type{Kind: UnsupportedT, Name: "Final", Origin: ent.Path, Args: args}
	}
	if base.Kind == UnsupportedT || base.Kind == Dynamic {
		return &Type{Kind: UnsupportedT, Name: base.Name + "[...]", Origin: base.Origin, Args: args}
	}
	t := *base
	t.Bare = false
	t.Args = args
	switch base.Kind {
	case TupleT:
		if len(elts) == 2 {
			if c, ok := elts[1].(*frontend.Constant); ok {
				if _, ok := c.Value.(frontend.Ellipsis); ok {
					t.Variadic = true
					t.Args = args[:1]
				}
			}
		}
		if len(elts) == 1 {
			if tu, ok := x.Slice.(*frontend.Tuple); ok && len(tu.Elts) == 0 {
				t.Args = nil
			}
		}
	case ArrayT:
		if len(args) == 2 && args[1].Kind == LiteralT && len(args[1].Lits) == 1 {
			switch v := args[1].Lits[0].(type) {
			case int64:
				if v > 0 && v < 1<<32 {
					t.Len = int(v)
				}
			case *big.Int:
			}
		}
	case ClassT:
		// generic user class instantiation
	}
	return &t
}
