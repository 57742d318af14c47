// Package dataclasses is the runtime side of Python's dataclasses: the
// class description (Spec, Field) that compiled @dataclass classes carry,
// the generated methods' behaviour (__init__ argument binding with
// CPython's messages, __repr__, __eq__, ordering, __hash__, frozen
// assignment), and the module functions field, fields, asdict, astuple,
// replace and is_dataclass.
//
// Codegen describes each dataclass with a Spec and either uses Object (a
// generic instance) or implements Instance on its own struct, then calls
// Setup to install the slots.
package dataclasses

import (
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
)

// MissingType is the class of MISSING.
var MissingType = rt.NewClass("_MISSING_TYPE", "dataclasses")

type missing struct{}

func (missing) Class() *rt.Class { return MissingType }

// MISSING marks a field without default or default_factory.
var MISSING rt.Value = missing{}

// FrozenInstanceError is dataclasses.FrozenInstanceError.
var FrozenInstanceError = rt.NewClass("FrozenInstanceError", "dataclasses", rt.AttributeError)

// Field describes one field (dataclasses.Field).
type Field struct {
	Name           string
	Type           rt.Value // the annotation (a class or a string); None if unknown
	Default        rt.Value // MISSING when absent
	DefaultFactory rt.Value // MISSING when absent
	Init           bool
	Repr           bool
	Compare        bool
	Hash           rt.Value // None, True or False
	KwOnly         bool
}

// FieldType is dataclasses.Field.
var FieldType = rt.NewClass("Field", "dataclasses")

// Class returns dataclasses.Field.
func (*Field) Class() *rt.Class { return FieldType }

// NewField returns a field with dataclasses.field()'s defaults.
func NewField(name string) *Field {
	return &Field{Name: name, Type: rt.None, Default: MISSING, DefaultFactory: MISSING, Init: true, Repr: true, Compare: true, Hash: rt.None}
}

// Spec describes a dataclass: its class, fields in definition order
// (including inherited ones, base first) and @dataclass options.
type Spec struct {
	Class      *rt.Class
	Fields     []*Field
	Init       bool
	ReprOn     bool
	Eq         bool
	Order      bool
	Frozen     bool
	UnsafeHash bool
	// New builds an instance from field values in Fields order (used by
	// replace and by the generic Object).
	New func(values []rt.Value) rt.Value
}

// NewSpec returns a spec with @dataclass's defaults (init, repr, eq).
func NewSpec(cls *rt.Class, fields ...*Field) *Spec {
	return &Spec{Class: cls, Fields: fields, Init: true, ReprOn: true, Eq: true}
}

// Instance is implemented by dataclass instances.
type Instance interface {
	rt.Object
	DataclassSpec() *Spec
	// FieldValues returns the current field values in Spec.Fields order.
	FieldValues() []rt.Value
}

// qualName is the class's qualified name for messages.
func (s *Spec) qualName() string { return s.Class.QualName }

// Bind implements the generated __init__'s argument handling: it returns
// the values of all fields in order, calling default factories, and raises
// CPython's TypeErrors for bad calls.
func (s *Spec) Bind(args []rt.Value, kwargs []rt.KW) []rt.Value {
	fn := s.qualName() + ".__init__()"
	var pos []*Field // positional-or-keyword init fields
	nInit := 0
	for _, f := range s.Fields {
		if f.Init {
			nInit++
			if !f.KwOnly {
				pos = append(pos, f)
			}
		}
	}
	if len(args) > len(pos) {
		required := 0
		for _, f := range pos {
			if f.Default == MISSING && f.DefaultFactory == MISSING {
				required++
			}
		}
		var takes string
		if required == len(pos) {
			takes = strconv.Itoa(len(pos)+1) + " positional argument"
			if len(pos)+1 != 1 {
				takes += "s"
			}
		} else {
			takes = "from " + strconv.Itoa(required+1) + " to " + strconv.Itoa(len(pos)+1) + " positional arguments"
		}
		was := " were given"
		if len(args)+1 == 1 {
			was = " was given"
		}
		rt.Raisef(rt.TypeError, fn, " takes ", takes, " but ", strconv.Itoa(len(args)+1), was)
	}
	vals := make([]rt.Value, len(s.Fields))
	set := make([]bool, len(s.Fields))
	index := func(name string) int {
		for i, f := range s.Fields {
			if f.Name == name && f.Init {
				return i
			}
		}
		return -1
	}
	for i, a := range args {
		k := index(pos[i].Name)
		vals[k], set[k] = a, true
	}
	for _, kw := range kwargs {
		k := index(kw.Name)
		if k < 0 {
			rt.Raisef(rt.TypeError, fn, " got an unexpected keyword argument '", kw.Name, "'")
		}
		if set[k] {
			rt.Raisef(rt.TypeError, fn, " got multiple values for argument '", kw.Name, "'")
		}
		vals[k], set[k] = kw.Value, true
	}
	var missingPos, missingKw []string
	for i, f := range s.Fields {
		if set[i] {
			continue
		}
		switch {
		case f.DefaultFactory != MISSING:
			vals[i] = rt.Call(f.DefaultFactory, nil, nil)
		case f.Default != MISSING:
			vals[i] = f.Default
		case !f.Init:
			vals[i] = nil // left unset, as CPython leaves the attribute absent
		case f.KwOnly:
			missingKw = append(missingKw, f.Name)
		default:
			missingPos = append(missingPos, f.Name)
		}
	}
	if len(missingPos) > 0 {
		raiseMissing(fn, "positional", missingPos)
	}
	if len(missingKw) > 0 {
		raiseMissing(fn, "keyword-only", missingKw)
	}
	return vals
}

func raiseMissing(fn, kind string, names []string) {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = "'" + n + "'"
	}
	var list string
	switch len(q) {
	case 1:
		list = q[0]
	case 2:
		list = q[0] + " and " + q[1]
	default:
		list = strings.Join(q[:len(q)-1], ", ") + ", and " + q[len(q)-1]
	}
	plural := ""
	if len(q) > 1 {
		plural = "s"
	}
	rt.Raisef(rt.TypeError, fn, " missing ", strconv.Itoa(len(q)), " required ", kind, " argument", plural, ": ", list)
}

// Repr is the generated __repr__: "Name(a=1, b='x')", "..." on recursion.
func Repr(v Instance) string {
	if rt.ReprEnter(v) {
		return "..."
	}
	defer rt.ReprLeave()
	s := v.DataclassSpec()
	vals := v.FieldValues()
	var b strings.Builder
	b.WriteString(s.qualName() + "(")
	first := true
	for i, f := range s.Fields {
		if !f.Repr {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(f.Name + "=")
		if vals[i] == nil {
			rt.Raisef(rt.AttributeError, "'", s.Class.Name, "' object has no attribute '", f.Name, "'")
		}
		b.WriteString(rt.Repr(vals[i]))
	}
	return b.String() + ")"
}

func compareTuple(v Instance) *rt.Tuple {
	s := v.DataclassSpec()
	vals := v.FieldValues()
	var items []rt.Value
	for i, f := range s.Fields {
		if f.Compare {
			items = append(items, vals[i])
		}
	}
	return rt.NewTuple(items...)
}

// Compare is the generated __eq__ and ordering methods: instances of the
// same class compare as tuples of their compare fields; anything else is
// NotImplemented.
func Compare(op rt.CompareOp, a, b rt.Value) rt.Value {
	x, ok1 := a.(Instance)
	y, ok2 := b.(Instance)
	if !ok1 || !ok2 || rt.TypeOf(a) != rt.TypeOf(b) {
		return rt.NotImplemented
	}
	s := x.DataclassSpec()
	if op == rt.OpEQ || op == rt.OpNE {
		if !s.Eq {
			return rt.NotImplemented
		}
		if a == b {
			return op == rt.OpEQ
		}
		return rt.Compare(op, compareTuple(x), compareTuple(y))
	}
	if !s.Order {
		return rt.NotImplemented
	}
	return rt.Compare(op, compareTuple(x), compareTuple(y))
}

// Hash is the generated __hash__ (frozen or unsafe_hash): the hash of the
// tuple of hash fields.
func Hash(v Instance) int64 {
	s := v.DataclassSpec()
	vals := v.FieldValues()
	var items []rt.Value
	for i, f := range s.Fields {
		use := f.Compare
		if f.Hash != rt.None && f.Hash != nil {
			use = rt.Truth(f.Hash)
		}
		if use {
			items = append(items, vals[i])
		}
	}
	return rt.HashTuple(items)
}

// Setup installs the dataclass slots on s.Class for instances
// implementing Instance. Hashing follows CPython's table: eq without frozen
// makes instances unhashable unless unsafe_hash.
func Setup(s *Spec) {
	c := s.Class
	if s.ReprOn {
		c.Slots.Repr = func(v rt.Value) string { return Repr(v.(Instance)) }
	}
	if s.Eq || s.Order {
		c.Slots.Compare = Compare
	}
	switch {
	case s.UnsafeHash || (s.Eq && s.Frozen):
		c.Slots.Hash = func(v rt.Value) int64 { return Hash(v.(Instance)) }
	case s.Eq:
		c.Slots.Hash = nil // unhashable: Compare set, Hash nil
	}
	if c.Attrs == nil {
		c.Attrs = map[string]rt.Value{}
	}
	fields := rt.NewDict(len(s.Fields))
	for _, f := range s.Fields {
		fields.Set(f.Name, f)
	}
	c.Attrs["__dataclass_fields__"] = fields
	c.Attrs["__dataclass_params__"] = &params{s}
}

// ParamsType is the class of a dataclass's __dataclass_params__ (its Spec).
var ParamsType = rt.NewClass("_DataclassParams", "dataclasses")

// params is the __dataclass_params__ object: it carries the Spec.
type params struct{ spec *Spec }

// Class returns dataclasses._DataclassParams.
func (*params) Class() *rt.Class { return ParamsType }

// SpecOf returns the spec of a dataclass or of an instance's class (found
// through the class's __dataclass_params__ attribute, so that no global
// registry outlives a transaction's classes).
func SpecOf(v rt.Value) (*Spec, bool) {
	if x, ok := v.(Instance); ok {
		return x.DataclassSpec(), true
	}
	if c, ok := v.(*rt.Class); ok {
		for _, m := range c.MRO {
			if p, ok := m.Attrs["__dataclass_params__"].(*params); ok {
				return p.spec, true
			}
		}
	}
	return nil, false
}

// Object is a generic dataclass instance: field values in a slice.
type Object struct {
	spec *Spec
	vals []rt.Value
}

// Class returns the dataclass.
func (o *Object) Class() *rt.Class { return o.spec.Class }

// DataclassSpec returns the spec.
func (o *Object) DataclassSpec() *Spec { return o.spec }

// FieldValues returns the field values.
func (o *Object) FieldValues() []rt.Value { return o.vals }

// NewObjectClass sets up s for generic Objects: constructor (the generated
// __init__), attribute access, frozen assignment, and the dataclass slots.
func NewObjectClass(s *Spec) {
	s.New = func(values []rt.Value) rt.Value { return &Object{spec: s, vals: values} }
	rt.SetConstructor(s.Class, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return &Object{spec: s, vals: s.Bind(args, kwargs)}
	})
	s.Class.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		o := v.(*Object)
		for i, f := range o.spec.Fields {
			if f.Name == name && o.vals[i] != nil {
				return o.vals[i], true
			}
		}
		return nil, false
	}
	s.Class.Slots.SetAttr = func(v rt.Value, name string, val rt.Value) bool {
		o := v.(*Object)
		for i, f := range o.spec.Fields {
			if f.Name == name {
				if o.spec.Frozen {
					panic(rt.NewException(FrozenInstanceError, "cannot assign to field '"+name+"'"))
				}
				o.vals[i] = val
				return true
			}
		}
		if o.spec.Frozen {
			panic(rt.NewException(FrozenInstanceError, "cannot assign to field '"+name+"'"))
		}
		return false
	}
	Setup(s)
}

// IsDataclass is dataclasses.is_dataclass(v) for instances.
func IsDataclass(v rt.Value) bool {
	_, ok := v.(Instance)
	return ok
}

// AsDict is dataclasses.asdict(v).
func AsDict(v rt.Value) rt.Value {
	if _, ok := v.(Instance); !ok {
		rt.Raise(rt.TypeError, "asdict() should be called on dataclass instances")
	}
	return asdictInner(v, false)
}

// AsTuple is dataclasses.astuple(v).
func AsTuple(v rt.Value) rt.Value {
	if _, ok := v.(Instance); !ok {
		rt.Raise(rt.TypeError, "astuple() should be called on dataclass instances")
	}
	return asdictInner(v, true)
}

// asdictInner is _asdict_inner / _astuple_inner. Values other than
// dataclasses, lists, tuples and dicts are returned as they are: deepcopy
// of the immutable values contracts store gives the same value.
func asdictInner(v rt.Value, tuple bool) rt.Value {
	switch x := v.(type) {
	case Instance:
		s := x.DataclassSpec()
		vals := x.FieldValues()
		if tuple {
			items := make([]rt.Value, len(vals))
			for i := range vals {
				items[i] = asdictInner(vals[i], tuple)
			}
			return rt.NewTuple(items...)
		}
		d := rt.NewDict(len(vals))
		for i, f := range s.Fields {
			d.Set(f.Name, asdictInner(vals[i], tuple))
		}
		return d
	case *rt.List:
		items := make([]rt.Value, len(x.Items))
		for i, it := range x.Items {
			items[i] = asdictInner(it, tuple)
		}
		return rt.NewList(items)
	case *rt.Tuple:
		items := make([]rt.Value, len(x.Items))
		for i, it := range x.Items {
			items[i] = asdictInner(it, tuple)
		}
		return rt.NewTuple(items...)
	case *rt.Dict:
		d := rt.NewDict(x.Len())
		x.Range(func(k, val rt.Value) bool {
			d.Set(asdictInner(k, tuple), asdictInner(val, tuple))
			return true
		})
		return d
	case *rt.ByteArray:
		return &rt.ByteArray{B: append([]byte(nil), x.B...)}
	}
	return v
}

// Replace is dataclasses.replace(v, **changes).
func Replace(v rt.Value, changes []rt.KW) rt.Value {
	x, ok := v.(Instance)
	if !ok {
		rt.Raise(rt.TypeError, "replace() should be called on dataclass instances")
	}
	s := x.DataclassSpec()
	vals := x.FieldValues()
	kwargs := append([]rt.KW(nil), changes...)
	for _, kw := range changes {
		for _, f := range s.Fields {
			if f.Name == kw.Name && !f.Init {
				rt.Raisef(rt.ValueError, "field ", f.Name, " is declared with init=False, it cannot be specified with replace()")
			}
		}
	}
	for i, f := range s.Fields {
		if !f.Init {
			continue
		}
		given := false
		for _, kw := range changes {
			if kw.Name == f.Name {
				given = true
			}
		}
		if !given {
			kwargs = append(kwargs, rt.KW{Name: f.Name, Value: vals[i]})
		}
	}
	return rt.CallClass(s.Class, nil, kwargs)
}
