package typing

import (
	"strings"

	"github.com/genvm-go/genvm/rt"
)

type typeVarKind uint8

const (
	kindTypeVar typeVarKind = iota
	kindParamSpec
	kindTypeVarTuple
)

// TypeVar is typing.TypeVar (and typing.ParamSpec): a type variable,
// compared by identity.
type TypeVar struct {
	kind          typeVarKind
	Name          string
	Bound         rt.Value // None when absent
	Constraints   []rt.Value
	Covariant     bool
	Contravariant bool
	InferVariance bool
}

// TypeVarType is typing.TypeVar; ParamSpecType typing.ParamSpec.
var (
	TypeVarType      = newClass("TypeVar")
	ParamSpecType    = newClass("ParamSpec")
	TypeVarTupleType = newClass("TypeVarTuple")
)

// Class returns typing.TypeVar or typing.ParamSpec.
func (t *TypeVar) Class() *rt.Class {
	switch t.kind {
	case kindParamSpec:
		return ParamSpecType
	case kindTypeVarTuple:
		return TypeVarTupleType
	}
	return TypeVarType
}

func (t *TypeVar) repr() string {
	switch {
	case t.InferVariance, t.kind == kindTypeVarTuple:
		return t.Name
	case t.Covariant:
		return "+" + t.Name
	case t.Contravariant:
		return "-" + t.Name
	}
	return "~" + t.Name
}

var pTypeVar = &rt.Params{Func: "typevar", Names: []string{"name", "bound", "covariant", "contravariant", "infer_variance", "default"}, Required: 1, KwOnly: 5}

// NewTypeVar implements TypeVar(name, *constraints, bound=None,
// covariant=False, contravariant=False, infer_variance=False).
func NewTypeVar(args []rt.Value, kwargs []rt.KW) rt.Value {
	var first []rt.Value
	var constraints []rt.Value
	if len(args) > 0 {
		first, constraints = args[:1], args[1:]
	}
	var name, bound, cov, contra, infer, def rt.Value
	pTypeVar.Unpack(first, kwargs, &name, &bound, &cov, &contra, &infer, &def)
	s, ok := name.(string)
	if !ok {
		rt.Raisef(rt.TypeError, "typevar() argument 'name' must be str, not ", rt.TypeName(name))
	}
	tv := &TypeVar{Name: s, Bound: rt.None}
	tv.Covariant = cov != nil && rt.Truth(cov)
	tv.Contravariant = contra != nil && rt.Truth(contra)
	tv.InferVariance = infer != nil && rt.Truth(infer)
	if tv.Covariant && tv.Contravariant {
		rt.Raise(rt.ValueError, "Bivariant types are not supported.")
	}
	if tv.InferVariance && (tv.Covariant || tv.Contravariant) {
		rt.Raise(rt.ValueError, "Variance cannot be specified with infer_variance.")
	}
	if bound != nil && bound != rt.Value(rt.None) {
		tv.Bound = typeCheck(bound, "Bound must be a type.")
	}
	if len(constraints) == 1 {
		rt.Raise(rt.TypeError, "A single constraint is not allowed")
	}
	if len(constraints) > 0 && tv.Bound != rt.Value(rt.None) {
		rt.Raise(rt.TypeError, "Constraints cannot be combined with bound=...")
	}
	for _, c := range constraints {
		tv.Constraints = append(tv.Constraints, typeCheck(c, "TypeVar(name, constraint, ...): constraints must be types."))
	}
	return tv
}

var pTypeVarTuple = &rt.Params{Func: "typevartuple", Names: []string{"name", "default"}, Required: 1, KwOnly: 1}

var pParamSpec = &rt.Params{Func: "paramspec", Names: []string{"name", "bound", "covariant", "contravariant", "infer_variance", "default"}, Required: 1, KwOnly: 5}

// NewParamSpec implements ParamSpec(name).
func NewParamSpec(args []rt.Value, kwargs []rt.KW) rt.Value {
	var name, bound, cov, contra, infer, def rt.Value
	pParamSpec.Unpack(args, kwargs, &name, &bound, &cov, &contra, &infer, &def)
	s, ok := name.(string)
	if !ok {
		rt.Raisef(rt.TypeError, "paramspec() argument 'name' must be str, not ", rt.TypeName(name))
	}
	return &TypeVar{kind: kindParamSpec, Name: s, Bound: rt.None,
		Covariant: cov != nil && rt.Truth(cov), Contravariant: contra != nil && rt.Truth(contra), InferVariance: infer != nil && rt.Truth(infer)}
}

// NewType is a typing.NewType: calling it returns its argument.
type NewType struct {
	Name      string // __name__: the last dotted component
	QualName  string // __qualname__: the name as given
	Module    string
	Supertype rt.Value
}

// NewTypeType is typing.NewType.
var NewTypeType = newClass("NewType")

// Class returns typing.NewType.
func (*NewType) Class() *rt.Class { return NewTypeType }

// MakeNewType implements NewType(name, tp) called from module mod (the
// contract's module is "__main__").
func MakeNewType(mod string, args []rt.Value, kwargs []rt.KW) *NewType {
	a := bindPy("NewType.__init__()", []string{"name", "tp"}, 2, args, kwargs)
	name, tp := a[0], a[1]
	s, ok := name.(string)
	if !ok {
		rt.Raisef(rt.TypeError, "argument of type '", rt.TypeName(name), "' is not iterable")
	}
	short := s
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		short = s[i+1:]
	}
	return &NewType{Name: short, QualName: s, Module: mod, Supertype: typeCheck(tp, "NewType(name, tp): tp must be a type.")}
}

func init() {
	for _, c := range []*rt.Class{TypeVarType, ParamSpecType, TypeVarTupleType} {
		c.Final = true
		s := &c.Slots
		s.Repr = func(v rt.Value) string { return v.(*TypeVar).repr() }
		s.Hash = func(v rt.Value) int64 { return rt.HashStr("~" + v.(*TypeVar).Name) }
		s.Binary = orSlot
		s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
			t := v.(*TypeVar)
			switch name {
			case "__name__":
				return t.Name, true
			case "__bound__":
				return t.Bound, true
			case "__constraints__":
				return rt.NewTuple(append([]rt.Value(nil), t.Constraints...)...), true
			case "__covariant__":
				return t.Covariant, true
			case "__contravariant__":
				return t.Contravariant, true
			case "__infer_variance__":
				return t.InferVariance, true
			case "__default__":
				return NoDefault, true
			}
			return nil, false
		}
	}
	rt.SetConstructor(TypeVarType, NewTypeVar)
	rt.SetConstructor(ParamSpecType, NewParamSpec)
	rt.SetConstructor(TypeVarTupleType, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var name, def rt.Value
		pTypeVarTuple.Unpack(args, kwargs, &name, &def)
		s, ok := name.(string)
		if !ok {
			rt.Raisef(rt.TypeError, "typevartuple() argument 'name' must be str, not ", rt.TypeName(name))
		}
		return &TypeVar{kind: kindTypeVarTuple, Name: s, Bound: rt.None}
	})

	s := &NewTypeType.Slots
	s.Repr = func(v rt.Value) string { n := v.(*NewType); return n.Module + "." + n.QualName }
	s.Hash = func(v rt.Value) int64 { n := v.(*NewType); return rt.HashStr(n.Module + "." + n.QualName) }
	s.Binary = orSlot
	s.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		rt.NoKwargs("_typing._idfunc", kwargs)
		if len(args) != 1 {
			rt.Raisef(rt.TypeError, "_typing._idfunc() takes exactly one argument (", itoa(len(args)), " given)")
		}
		return args[0]
	}
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		n := v.(*NewType)
		switch name {
		case "__name__":
			return n.Name, true
		case "__qualname__":
			return n.QualName, true
		case "__module__":
			return n.Module, true
		case "__supertype__":
			return n.Supertype, true
		}
		return nil, false
	}
	rt.SetConstructor(NewTypeType, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return MakeNewType("__main__", args, kwargs)
	})
}
