package typing

import (
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
)

// Classes of the typing objects, named as CPython names them so that
// type(Optional) and friends print alike.
var (
	SpecialFormType    = newClass("_SpecialForm")
	AnyMetaType        = newClass("_AnyMeta")
	SpecialAliasType   = newClass("_SpecialGenericAlias")
	TupleTypeType      = newClass("_TupleType", SpecialAliasType)
	CallableTypeType   = newClass("_CallableType", SpecialAliasType)
	GenericAliasType   = newClass("_GenericAlias")
	UnionAliasType     = newClass("_UnionGenericAlias", GenericAliasType)
	LiteralAliasType   = newClass("_LiteralGenericAlias", GenericAliasType)
	CallableAliasType  = newClass("_CallableGenericAlias", GenericAliasType)
	AnnotatedAliasType = newClass("_AnnotatedAlias", GenericAliasType)
	// BuiltinAliasType is types.GenericAlias (list[int]).
	BuiltinAliasType = cType("GenericAlias", "types")
	// GenericType is typing.Generic, a base class of user generics.
	GenericType = newClass("Generic")
	// ProtocolType is typing.Protocol.
	ProtocolType = newClass("Protocol", GenericType)
)

func newClass(name string, bases ...*rt.Class) *rt.Class {
	c := rt.NewClass(name, "typing", bases...)
	return c
}

// Form is a typing special form (typing._SpecialForm): Optional, Union,
// Literal, ClassVar, Final, Annotated, NoReturn, ... Forms are singletons:
// equality is identity.
type Form struct {
	Name string
}

// Class returns typing._SpecialForm.
func (*Form) Class() *rt.Class { return SpecialFormType }

// The special forms.
var (
	Optional      = &Form{"Optional"}
	Union         = &Form{"Union"}
	Literal       = &Form{"Literal"}
	ClassVar      = &Form{"ClassVar"}
	Final         = &Form{"Final"}
	Annotated     = &Form{"Annotated"}
	NoReturn      = &Form{"NoReturn"}
	Never         = &Form{"Never"}
	Self          = &Form{"Self"}
	LiteralString = &Form{"LiteralString"}
	TypeAlias     = &Form{"TypeAlias"}
	Required      = &Form{"Required"}
	NotRequired   = &Form{"NotRequired"}
	ReadOnly      = &Form{"ReadOnly"}
	TypeGuard     = &Form{"TypeGuard"}
	TypeIs        = &Form{"TypeIs"}
	Concatenate   = &Form{"Concatenate"}
	Unpack        = &Form{"Unpack"}
)

// forms lists the special forms in the order the module binds them.
var forms = []*Form{Optional, Union, Literal, ClassVar, Final, Annotated, NoReturn, Never, Self, LiteralString,
	TypeAlias, Required, NotRequired, ReadOnly, TypeGuard, TypeIs, Concatenate, Unpack}

// anyType is the class of typing.Any's value.
type anyType struct{}

// Class returns typing._AnyMeta.
func (anyType) Class() *rt.Class { return AnyMetaType }

// Any is typing.Any.
var Any rt.Value = anyType{}

// Alias is an unsubscripted generic alias such as typing.List or
// typing.Sequence (typing._SpecialGenericAlias).
type Alias struct {
	Name   string
	Origin *rt.Class
	// N is the number of parameters; -1 for Tuple (any number), -2 for
	// Callable.
	N int
	// Defaults are the defaults of the last parameters (ContextManager's
	// exit type).
	Defaults []rt.Value
}

// Class returns typing._SpecialGenericAlias (or _TupleType/_CallableType).
func (a *Alias) Class() *rt.Class {
	switch a.N {
	case -1:
		return TupleTypeType
	case -2:
		return CallableTypeType
	}
	return SpecialAliasType
}

// aliasKind tells the behaviour of a subscripted alias.
type aliasKind uint8

const (
	kindGeneric   aliasKind = iota // List[int], ClassVar[int], Generic[T]
	kindUnion                      // Union[int, str], Optional[int]
	kindLiteral                    // Literal['a']
	kindCallable                   // Callable[[int], str]
	kindAnnotated                  // Annotated[int, 'x']
	kindBuiltin                    // list[int]: a types.GenericAlias
)

// GenericAlias is a subscripted typing form (typing._GenericAlias and its
// subclasses). Invariant: Args holds the flattened __args__ (for Callable
// the parameter types then the result; for Annotated the single origin),
// Meta the Annotated metadata; a GenericAlias is never mutated.
type GenericAlias struct {
	kind aliasKind
	// Origin is __origin__: a class (list, collections.abc.Sequence), a
	// Form (Union, Literal, ClassVar) or, for Annotated, the annotated type.
	Origin rt.Value
	Args   []rt.Value
	Meta   []rt.Value
	// Name is _name ("List", "Optional", "ClassVar"); empty for Generic[...]
	// and Annotated.
	Name string
	// pep604 marks a union built by | that CPython represents as a
	// types.UnionType because an operand is not a class (typing.Any | None,
	// list[int] | None).
	pep604 bool
}

// PEP604UnionType stands for types.UnionType for unions rt.Union cannot
// hold (see GenericAlias.pep604).
var PEP604UnionType = cType("UnionType", "types")

// cType returns a class named like a C type: messages that name the type
// (Class.Name) say "types.UnionType", its repr and __qualname__ the short
// name.
func cType(name, mod string) *rt.Class {
	c := rt.NewClass(name, mod)
	c.Name = mod + "." + name
	return c
}

// unionable reports whether CPython's type.__or__ accepts v (a class,
// None, typing.Any, a types.GenericAlias or a types.UnionType).
func unionable(v rt.Value) bool {
	switch x := v.(type) {
	case *rt.Class, rt.NoneType, anyType, *rt.Union:
		return true
	case *GenericAlias:
		return x.kind == kindBuiltin || x.pep604
	}
	return false
}

// makePEP604 is a | b for unionable operands: a types.UnionType, held as
// an rt.Union when every member is a class.
func makePEP604(a, b rt.Value) rt.Value {
	var flat []rt.Value
	for _, v := range []rt.Value{a, b} {
		switch x := v.(type) {
		case rt.NoneType:
			flat = append(flat, rt.NoneTypeClass)
		case *rt.Union:
			for _, c := range x.Args {
				flat = append(flat, c)
			}
		case *GenericAlias:
			if x.pep604 {
				flat = append(flat, x.Args...)
			} else {
				flat = append(flat, v)
			}
		default:
			flat = append(flat, v)
		}
	}
	var out []rt.Value
	classes := true
	for _, p := range flat {
		if !contains(out, p) {
			out = append(out, p)
			_, isClass := p.(*rt.Class)
			classes = classes && isClass
		}
	}
	if len(out) == 1 {
		return out[0]
	}
	if classes {
		u := out[0]
		for _, c := range out[1:] {
			u = rt.MakeUnion(u, c)
		}
		return u
	}
	return &GenericAlias{kind: kindUnion, Origin: Union, Args: out, pep604: true}
}

// Class returns the CPython alias class for the kind.
func (g *GenericAlias) Class() *rt.Class {
	switch g.kind {
	case kindUnion:
		if g.pep604 {
			return PEP604UnionType
		}
		return UnionAliasType
	case kindLiteral:
		return LiteralAliasType
	case kindCallable:
		return CallableAliasType
	case kindAnnotated:
		return AnnotatedAliasType
	case kindBuiltin:
		return BuiltinAliasType
	}
	return GenericAliasType
}

// ForwardRef is typing.ForwardRef: a type given as a string.
type ForwardRef struct {
	Arg string
}

// ForwardRefType is typing.ForwardRef.
var ForwardRefType = newClass("ForwardRef")

// Class returns typing.ForwardRef.
func (*ForwardRef) Class() *rt.Class { return ForwardRefType }

// typeRepr is typing._type_repr.
func typeRepr(v rt.Value) string {
	switch x := v.(type) {
	case *rt.Class:
		if x.Module == "builtins" || x.Module == "" {
			return x.QualName
		}
		return x.Module + "." + x.QualName
	case rt.EllipsisType:
		return "..."
	case *rt.Tuple:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			parts[i] = typeRepr(it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return rt.Repr(v)
}

func joinReprs(args []rt.Value) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = typeRepr(a)
	}
	return strings.Join(parts, ", ")
}

// Repr returns repr(g) as CPython 3.13 prints it.
func (g *GenericAlias) Repr() string {
	switch g.kind {
	case kindUnion:
		if g.pep604 {
			parts := make([]string, len(g.Args))
			for i, a := range g.Args {
				if a == rt.Value(rt.NoneTypeClass) {
					parts[i] = "None"
				} else {
					parts[i] = typeRepr(a)
				}
			}
			return strings.Join(parts, " | ")
		}
		if len(g.Args) == 2 {
			if g.Args[0] == rt.Value(rt.NoneTypeClass) {
				return "typing.Optional[" + typeRepr(g.Args[1]) + "]"
			}
			if g.Args[1] == rt.Value(rt.NoneTypeClass) {
				return "typing.Optional[" + typeRepr(g.Args[0]) + "]"
			}
		}
		return "typing.Union[" + joinReprs(g.Args) + "]"
	case kindCallable:
		n := len(g.Args)
		if n == 2 && isParamExpr(g.Args[0]) {
			break
		}
		return "typing.Callable[[" + joinReprs(g.Args[:n-1]) + "], " + typeRepr(g.Args[n-1]) + "]"
	case kindAnnotated:
		parts := []string{typeRepr(g.Origin)}
		for _, m := range g.Meta {
			parts = append(parts, rt.Repr(m))
		}
		return "typing.Annotated[" + strings.Join(parts, ", ") + "]"
	}
	name := "typing." + g.Name
	if g.Name == "" || g.kind == kindBuiltin {
		name = typeRepr(g.Origin)
	}
	if len(g.Args) == 0 {
		return name + "[()]"
	}
	return name + "[" + joinReprs(g.Args) + "]"
}

func isParamExpr(v rt.Value) bool {
	switch x := v.(type) {
	case rt.EllipsisType, *rt.Tuple, *rt.List:
		return true
	case *TypeVar:
		return x.kind == kindParamSpec
	}
	return false
}

// args splits a subscript key into parameters (X[a, b] passes a tuple).
func args(key rt.Value) []rt.Value {
	if t, ok := key.(*rt.Tuple); ok {
		return append([]rt.Value(nil), t.Items...)
	}
	return []rt.Value{key}
}

// typeConvert is typing._type_convert: None becomes NoneType, a str a
// ForwardRef.
func typeConvert(v rt.Value) rt.Value {
	switch x := v.(type) {
	case rt.NoneType:
		return rt.NoneTypeClass
	case string:
		return &ForwardRef{Arg: x}
	}
	return v
}

// typeCheck is typing._type_check (is_argument=True, no special forms).
func typeCheck(v rt.Value, msg string) rt.Value {
	v = typeConvert(v)
	if g, ok := v.(*GenericAlias); ok && g.kind == kindGeneric {
		if g.Origin == rt.Value(GenericType) || g.Origin == rt.Value(ProtocolType) || g.Origin == rt.Value(ClassVar) || g.Origin == rt.Value(Final) {
			rt.Raisef(rt.TypeError, g.Repr(), " is not valid as type argument")
		}
	}
	switch x := v.(type) {
	case *Form:
		switch x {
		case NoReturn, Never, Self, LiteralString, TypeAlias:
			return v
		}
		rt.Raisef(rt.TypeError, "Plain typing.", x.Name, " is not valid as type argument")
	case *rt.Class:
		if x == GenericType || x == ProtocolType {
			rt.Raisef(rt.TypeError, "Plain ", rt.ClassRepr(x), " is not valid as type argument")
		}
	case *rt.Tuple:
		r := rt.Repr(v)
		if n := []rune(r); len(n) > 100 {
			r = string(n[:100])
		}
		rt.Raisef(rt.TypeError, msg, " Got ", r, ".")
	}
	return v
}

// typeCheckSpecial is typing._type_check with allow_special_forms=True
// (ClassVar[...] and Final[...] accept ClassVar and Final).
func typeCheckSpecial(v rt.Value, msg string) rt.Value {
	v = typeConvert(v)
	switch x := v.(type) {
	case *GenericAlias:
		if x.kind == kindGeneric && (x.Origin == rt.Value(GenericType) || x.Origin == rt.Value(ProtocolType)) {
			rt.Raisef(rt.TypeError, x.Repr(), " is not valid as type argument")
		}
		return v
	case *Form:
		if x == ClassVar || x == Final {
			return v
		}
	}
	return typeCheck(v, msg)
}

// contains reports whether v is in list (identity or ==, as Python's in).
func contains(list []rt.Value, v rt.Value) bool {
	for _, x := range list {
		if x == v || rt.Eq(x, v) {
			return true
		}
	}
	return false
}

// MakeUnion is Union[params]: flattened, deduplicated; a single type is
// returned as is.
func MakeUnion(params []rt.Value) rt.Value {
	if len(params) == 0 {
		rt.Raise(rt.TypeError, "Cannot take a Union of no types.")
	}
	var flat []rt.Value
	for _, p := range params {
		p = typeCheck(p, "Union[arg, ...]: each arg must be a type.")
		switch x := p.(type) {
		case *GenericAlias:
			if x.kind == kindUnion {
				flat = append(flat, x.Args...)
				continue
			}
		case *rt.Union:
			for _, c := range x.Args {
				flat = append(flat, c)
			}
			continue
		}
		flat = append(flat, p)
	}
	var out []rt.Value
	for _, p := range flat {
		if !contains(out, p) {
			out = append(out, p)
		}
	}
	if len(out) == 1 {
		return out[0]
	}
	name := ""
	if len(out) == 2 && (out[0] == rt.Value(rt.NoneTypeClass) || out[1] == rt.Value(rt.NoneTypeClass)) {
		name = "Optional"
	}
	return &GenericAlias{kind: kindUnion, Origin: Union, Args: out, Name: name}
}

// MakeOptional is Optional[t].
func MakeOptional(key rt.Value) rt.Value {
	arg := typeCheck(key, "typing.Optional requires a single type.")
	return MakeUnion([]rt.Value{arg, rt.NoneTypeClass})
}

// MakeLiteral is Literal[params]: nested Literals flattened, duplicates
// (same value and type) removed.
func MakeLiteral(params []rt.Value) rt.Value {
	var flat []rt.Value
	for _, p := range params {
		if g, ok := p.(*GenericAlias); ok && g.kind == kindLiteral {
			flat = append(flat, g.Args...)
			continue
		}
		flat = append(flat, p)
	}
	var out []rt.Value
	for _, p := range flat {
		dup := false
		for _, q := range out {
			if rt.TypeOf(p) == rt.TypeOf(q) && (p == q || rt.Eq(p, q)) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, p)
		}
	}
	return &GenericAlias{kind: kindLiteral, Origin: Literal, Args: out, Name: "Literal"}
}

func subscriptForm(f *Form, key rt.Value) rt.Value {
	switch f {
	case Union:
		if t, ok := key.(*rt.Tuple); ok && len(t.Items) == 0 {
			rt.Raise(rt.TypeError, "Cannot take a Union of no types.")
		}
		return MakeUnion(args(key))
	case Optional:
		return MakeOptional(key)
	case Literal:
		return MakeLiteral(args(key))
	case ClassVar, Final, Required, NotRequired, ReadOnly, TypeGuard, TypeIs:
		msg := "typing." + f.Name + " accepts only single type."
		if f == Required || f == NotRequired || f == ReadOnly {
			msg = f.Name + " accepts only a single type."
		}
		var item rt.Value
		if f == ClassVar || f == Final {
			item = typeCheckSpecial(key, msg)
		} else {
			item = typeCheck(key, msg)
		}
		return &GenericAlias{kind: kindGeneric, Origin: f, Args: []rt.Value{item}, Name: f.Name}
	case Annotated:
		ps := args(key)
		if len(ps) < 2 {
			rt.Raise(rt.TypeError, "Annotated[...] should be used with at least two arguments (a type and an annotation).")
		}
		return MakeAnnotated(typeCheckSpecial(ps[0], "Annotated[t, ...]: t must be a type."), ps[1:])
	case Unpack:
		item := typeCheck(key, "typing.Unpack accepts only single type.")
		return &GenericAlias{kind: kindGeneric, Origin: f, Args: []rt.Value{item}, Name: f.Name}
	case Concatenate:
		ps := args(key)
		if t, ok := key.(*rt.Tuple); ok && len(t.Items) == 0 {
			rt.Raise(rt.TypeError, "Cannot take a Concatenate of no types.")
		}
		last := ps[len(ps)-1]
		if tv, ok := last.(*TypeVar); !(ok && tv.kind == kindParamSpec) && last != rt.Value(rt.Ellipsis) {
			rt.Raise(rt.TypeError, "The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
		}
		for i := range ps[:len(ps)-1] {
			ps[i] = typeCheck(ps[i], "Concatenate[arg, ...]: each arg must be a type.")
		}
		return &GenericAlias{kind: kindGeneric, Origin: f, Args: ps, Name: f.Name}
	}
	rt.Raisef(rt.TypeError, "typing.", f.Name, " is not subscriptable")
	return nil
}

// MakeAnnotated is Annotated[t, *meta]; nested Annotated are flattened.
func MakeAnnotated(t rt.Value, meta []rt.Value) rt.Value {
	if g, ok := t.(*GenericAlias); ok && g.kind == kindAnnotated {
		return &GenericAlias{kind: kindAnnotated, Origin: g.Origin, Args: g.Args,
			Meta: append(append([]rt.Value(nil), g.Meta...), meta...)}
	}
	return &GenericAlias{kind: kindAnnotated, Origin: t, Args: []rt.Value{t}, Meta: append([]rt.Value(nil), meta...)}
}

func subscriptAlias(a *Alias, key rt.Value) rt.Value {
	switch a.N {
	case -1: // Tuple
		ps := args(key)
		if t, ok := key.(*rt.Tuple); ok && len(t.Items) == 0 {
			ps = nil
		}
		for i, p := range ps {
			if p != rt.Value(rt.Ellipsis) {
				ps[i] = typeCheck(p, "Tuple[t0, t1, ...]: each t must be a type.")
			}
		}
		return &GenericAlias{kind: kindGeneric, Origin: a.Origin, Args: ps, Name: a.Name}
	case -2: // Callable
		t, ok := key.(*rt.Tuple)
		if !ok || len(t.Items) != 2 {
			rt.Raise(rt.TypeError, "Callable must be used as Callable[[arg, ...], result].")
		}
		params, result := t.Items[0], t.Items[1]
		if l, ok := params.(*rt.List); ok {
			params = rt.NewTuple(append([]rt.Value(nil), l.Items...)...)
		}
		return MakeCallable(params, result)
	}
	ps := args(key)
	for i, p := range ps {
		ps[i] = typeCheck(p, "Parameters to generic types must be types.")
	}
	if nd := len(a.Defaults); nd > 0 && len(ps) < a.N {
		if len(ps) < a.N-nd {
			rt.Raisef(rt.TypeError, "Too few arguments for typing.", a.Name, "; actual ", strconv.Itoa(len(ps)), ", expected at least ", strconv.Itoa(a.N-nd))
		}
		ps = append(ps, a.Defaults[len(ps)-(a.N-nd):]...)
	}
	if nd := len(a.Defaults); nd > 0 && len(ps) > a.N {
		rt.Raisef(rt.TypeError, "Too many arguments for typing.", a.Name, "; actual ", strconv.Itoa(len(ps)), ", expected at least ", strconv.Itoa(a.N-nd))
	}
	if len(ps) != a.N {
		many := "few"
		if len(ps) > a.N {
			many = "many"
		}
		if a.N == 0 {
			rt.Raisef(rt.TypeError, "typing.", a.Name, " is not a generic class")
		}
		rt.Raisef(rt.TypeError, "Too ", many, " arguments for typing.", a.Name, "; actual ", strconv.Itoa(len(ps)), ", expected ", strconv.Itoa(a.N))
	}
	return &GenericAlias{kind: kindGeneric, Origin: a.Origin, Args: ps, Name: a.Name}
}

// MakeCallable is Callable[params, result] where params is a tuple of
// types (from a list), Ellipsis or a ParamSpec.
func MakeCallable(params, result rt.Value) rt.Value {
	msg := "Callable[args, result]: result must be a type."
	result = typeCheck(result, msg)
	var out []rt.Value
	switch p := params.(type) {
	case rt.EllipsisType:
		out = []rt.Value{p}
	case *rt.Tuple:
		for _, x := range p.Items {
			out = append(out, typeConvert(x))
		}
	default:
		out = []rt.Value{typeConvert(p)}
	}
	return &GenericAlias{kind: kindCallable, Origin: abcClass("Callable"), Args: append(out, result), Name: "Callable"}
}

// subscriptGeneric is Generic[T, ...].
func subscriptGeneric(cls *rt.Class, key rt.Value) rt.Value {
	ps := args(key)
	if len(ps) == 0 {
		rt.Raisef(rt.TypeError, "Parameter list to ", cls.Name, "[...] cannot be empty")
	}
	for i, p := range ps {
		ps[i] = typeConvert(p)
		if _, ok := ps[i].(*TypeVar); !ok {
			rt.Raisef(rt.TypeError, "Parameters to ", cls.Name, "[...] must all be type variables or parameter specification variables.")
		}
	}
	for i := range ps {
		for j := 0; j < i; j++ {
			if ps[i] == ps[j] {
				rt.Raisef(rt.TypeError, "Parameters to ", cls.Name, "[...] must all be unique")
			}
		}
	}
	return &GenericAlias{kind: kindGeneric, Origin: cls, Args: ps, Name: cls.Name}
}
