package typing

import (
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
)

// NamedTuple describes a typing.NamedTuple class: a tuple subclass with
// named fields. Invariant: len(Types) == len(Fields); Defaults are the
// defaults of the last len(Defaults) fields.
type NamedTuple struct {
	Cls      *rt.Class
	Fields   []string
	Types    []rt.Value
	Defaults []rt.Value
}

// Record is an instance of a NamedTuple class. Items is never mutated.
type Record struct {
	nt    *NamedTuple
	Items []rt.Value
}

// Class returns the record's NamedTuple class.
func (r *Record) Class() *rt.Class { return r.nt.Cls }

// Tuple returns the record as a plain tuple (sharing its items).
func (r *Record) Tuple() *rt.Tuple { return rt.NewTuple(r.Items...) }

// pyKeywords are Python's keywords, which cannot name fields.
var pyKeywords = map[string]bool{"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true, "import": true,
	"in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true, "raise": true,
	"return": true, "try": true, "while": true, "with": true, "yield": true}

// NewNamedTuple builds the NamedTuple class name (in module mod) with the
// given fields and their types; defaults apply to the trailing fields. It
// raises CPython's errors for bad field names. The compiler calls it for
// `class P(NamedTuple): ...`; the functional form goes through the module.
func NewNamedTuple(name, mod string, fields []string, types []rt.Value, defaults []rt.Value) *NamedTuple {
	for _, f := range append([]string{name}, fields...) {
		if pyKeywords[f] {
			rt.Raisef(rt.ValueError, "Type names and field names cannot be a keyword: ", rt.Repr(f))
		}
		if !isIdentifier(f) {
			rt.Raisef(rt.ValueError, "Type names and field names must be valid identifiers: ", rt.Repr(f))
		}
	}
	seen := map[string]bool{}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") {
			rt.Raisef(rt.ValueError, "Field names cannot start with an underscore: ", rt.Repr(f))
		}
		if seen[f] {
			rt.Raisef(rt.ValueError, "Encountered duplicate field name: ", rt.Repr(f))
		}
		seen[f] = true
	}
	cls := rt.NewClass(name, mod, rt.TupleType)
	nt := &NamedTuple{Cls: cls, Fields: fields, Types: types, Defaults: defaults}
	fieldTuple := make([]rt.Value, len(fields))
	ann := rt.NewDict(len(fields))
	for i, f := range fields {
		fieldTuple[i] = f
		ann.Set(f, types[i])
	}
	fd := rt.NewDict(len(defaults))
	for i, d := range defaults {
		fd.Set(fields[len(fields)-len(defaults)+i], d)
	}
	set := func(k string, v rt.Value) {
		cls.Attrs[k] = v
		cls.AttrOrder = append(cls.AttrOrder, k)
	}
	set("__annotations__", ann)
	set("_fields", rt.NewTuple(fieldTuple...))
	set("_field_defaults", fd)
	set("_make", &rt.Builtin{Name: "_make", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 {
			rt.Raisef(rt.TypeError, name, "._make() takes 2 positional arguments but ", strconv.Itoa(len(args)+1), " were given")
		}
		return nt.Make(args[0])
	}})
	rt.SetConstructor(cls, func(args []rt.Value, kwargs []rt.KW) rt.Value { return nt.New(args, kwargs) })
	nt.setup()
	return nt
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

// Make is P._make(iterable).
func (nt *NamedTuple) Make(it rt.Value) *Record {
	var items []rt.Value
	iter := rt.Iter(it)
	for {
		x, ok := iter.Next()
		if !ok {
			break
		}
		items = append(items, x)
	}
	if len(items) != len(nt.Fields) {
		rt.Raisef(rt.TypeError, "Expected ", strconv.Itoa(len(nt.Fields)), " arguments, got ", strconv.Itoa(len(items)))
	}
	return &Record{nt: nt, Items: items}
}

// New is P(*args, **kwargs) with the messages of the generated __new__.
func (nt *NamedTuple) New(args []rt.Value, kwargs []rt.KW) *Record {
	n := len(nt.Fields)
	if len(args) > n {
		req := n - len(nt.Defaults)
		var takes string
		if req == n {
			takes = strconv.Itoa(n+1) + " positional argument" + plural(n+1)
		} else {
			takes = "from " + strconv.Itoa(req+1) + " to " + strconv.Itoa(n+1) + " positional arguments"
		}
		was := " were given"
		if len(args)+1 == 1 {
			was = " was given"
		}
		rt.Raisef(rt.TypeError, nt.fn(), " takes ", takes, " but ", strconv.Itoa(len(args)+1), was)
	}
	items := make([]rt.Value, n)
	copy(items, args)
	for _, kw := range kwargs {
		idx := -1
		for i, f := range nt.Fields {
			if f == kw.Name {
				idx = i
				break
			}
		}
		if idx < 0 {
			rt.Raisef(rt.TypeError, nt.fn(), " got an unexpected keyword argument '", kw.Name, "'")
		}
		if items[idx] != nil {
			rt.Raisef(rt.TypeError, nt.fn(), " got multiple values for argument '", kw.Name, "'")
		}
		items[idx] = kw.Value
	}
	var missing []string
	for i := range items {
		if items[i] != nil {
			continue
		}
		if d := i - (n - len(nt.Defaults)); d >= 0 {
			items[i] = nt.Defaults[d]
			continue
		}
		missing = append(missing, "'"+nt.Fields[i]+"'")
	}
	if len(missing) > 0 {
		rt.Raisef(rt.TypeError, nt.fn(), " missing ", strconv.Itoa(len(missing)), " required positional argument", plural(len(missing)), ": ", joinAnd(missing))
	}
	return &Record{nt: nt, Items: items}
}

// fn names the generated __new__ in messages.
func (nt *NamedTuple) fn() string { return nt.Cls.QualName + ".__new__()" }

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func itoa(n int) string { return strconv.Itoa(n) }

// joinAnd joins names as CPython's missing-argument messages: 'a', 'a' and
// 'b', 'a', 'b', and 'c'.
func joinAnd(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// AsDict is r._asdict().
func (r *Record) AsDict() *rt.Dict {
	d := rt.NewDict(len(r.Items))
	for i, f := range r.nt.Fields {
		d.Set(f, r.Items[i])
	}
	return d
}

// Replace is r._replace(**kwargs).
func (r *Record) Replace(kwargs []rt.KW) *Record {
	items := append([]rt.Value(nil), r.Items...)
	var bad []rt.Value
	for _, kw := range kwargs {
		found := false
		for i, f := range r.nt.Fields {
			if f == kw.Name {
				items[i] = kw.Value
				found = true
				break
			}
		}
		if !found {
			bad = append(bad, kw.Name)
		}
	}
	if len(bad) > 0 {
		rt.Raisef(rt.TypeError, "Got unexpected field names: ", rt.Repr(rt.NewList(bad)))
	}
	return &Record{nt: r.nt, Items: items}
}

func (r *Record) repr() string {
	// No recursion guard, as collections.namedtuple: a record cannot
	// contain itself except through a mutable container, whose repr has one.
	var b strings.Builder
	b.WriteString(r.nt.Cls.Name)
	b.WriteByte('(')
	for i, f := range r.nt.Fields {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f)
		b.WriteByte('=')
		b.WriteString(rt.Repr(r.Items[i]))
	}
	b.WriteByte(')')
	return b.String()
}

// plain turns a record operand into a tuple for tuple operations.
func plain(v rt.Value) rt.Value {
	if r, ok := v.(*Record); ok {
		return r.Tuple()
	}
	return v
}

func (nt *NamedTuple) setup() {
	c := nt.Cls
	s := &c.Slots
	s.Repr = func(v rt.Value) string { return v.(*Record).repr() }
	s.Str = s.Repr
	s.Len = func(v rt.Value) int { return len(v.(*Record).Items) }
	s.Hash = func(v rt.Value) int64 { return rt.HashTuple(v.(*Record).Items) }
	s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		a, b = plain(a), plain(b)
		if _, ok := b.(*rt.Tuple); !ok {
			return rt.NotImplemented
		}
		if _, ok := a.(*rt.Tuple); !ok {
			return rt.NotImplemented
		}
		return rt.Compare(op, a, b)
	}
	s.Binary = func(op rt.BinaryOp, a, b rt.Value) rt.Value {
		_, ra := a.(*Record)
		_, rb := b.(*Record)
		switch {
		case ra && rb, ra && isTuple(b), rb && isTuple(a):
			if op == rt.OpAdd {
				return rt.Binary(op, plain(a), plain(b))
			}
		case op == rt.OpMul:
			return rt.Binary(op, plain(a), plain(b))
		}
		return rt.NotImplemented
	}
	s.GetItem = func(v, key rt.Value) rt.Value { return rt.GetItem(v.(*Record).Tuple(), key) }
	s.Contains = func(v, x rt.Value) bool { return rt.Contains(v.(*Record).Tuple(), x) }
	s.Iter = func(v rt.Value) rt.Iterator { return rt.Iter(v.(*Record).Tuple()) }
	s.Bool = func(v rt.Value) bool { return len(v.(*Record).Items) > 0 }
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		r := v.(*Record)
		for i, f := range r.nt.Fields {
			if f == name {
				return r.Items[i], true
			}
		}
		return nil, false
	}
	s.SetAttr = func(v rt.Value, name string, val rt.Value) bool {
		r := v.(*Record)
		for _, f := range r.nt.Fields {
			if f == name {
				rt.Raise(rt.AttributeError, "can't set attribute")
			}
		}
		rt.Raisef(rt.AttributeError, "'", r.nt.Cls.Name, "' object has no attribute '", name, "' and no __dict__ for setting new attributes")
		return false
	}
	c.AddMethod("_asdict", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) > 0 || len(kwargs) > 0 {
			rt.Raisef(rt.TypeError, c.Name, "._asdict() takes 1 positional argument but ", strconv.Itoa(len(args)+1), " were given")
		}
		return self.(*Record).AsDict()
	})
	c.AddMethod("_replace", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) > 0 {
			rt.Raisef(rt.TypeError, c.Name, "._replace() takes 1 positional argument but ", strconv.Itoa(len(args)+1), " were given")
		}
		return self.(*Record).Replace(kwargs)
	})
	c.AddMethod("count", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return rt.CallMethod(self.(*Record).Tuple(), "count", args, kwargs)
	})
	c.AddMethod("index", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return rt.CallMethod(self.(*Record).Tuple(), "index", args, kwargs)
	})
}

func isTuple(v rt.Value) bool { _, ok := v.(*rt.Tuple); return ok }

// TypedDict describes a typing.TypedDict class: calling it builds a plain
// dict.
type TypedDict struct {
	Cls      *rt.Class
	Keys     []string
	Types    []rt.Value
	Required []bool
	Total    bool
}

// NewTypedDict builds the TypedDict class name in module mod. required[i]
// tells whether Keys[i] is required (total, or Required[...]).
func NewTypedDict(name, mod string, keys []string, types []rt.Value, required []bool, total bool) *TypedDict {
	cls := rt.NewClass(name, mod, rt.DictType)
	td := &TypedDict{Cls: cls, Keys: keys, Types: types, Required: required, Total: total}
	ann := rt.NewDict(len(keys))
	var req, opt []rt.Value
	for i, k := range keys {
		ann.Set(k, types[i])
		if required[i] {
			req = append(req, k)
		} else {
			opt = append(opt, k)
		}
	}
	set := func(k string, v rt.Value) {
		cls.Attrs[k] = v
		cls.AttrOrder = append(cls.AttrOrder, k)
	}
	set("__annotations__", ann)
	set("__required_keys__", rt.NewFrozenSet(req...))
	set("__optional_keys__", rt.NewFrozenSet(opt...))
	set("__total__", total)
	rt.SetConstructor(cls, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return rt.CallClass(rt.DictType, args, kwargs)
	})
	set("__typeddict__", true)
	return td
}

// IsTypedDict is typing.is_typeddict: v is a class NewTypedDict built
// (marked by its __typeddict__ attribute).
func IsTypedDict(v rt.Value) bool {
	c, ok := v.(*rt.Class)
	if !ok {
		return false
	}
	_, ok = c.Attrs["__typeddict__"]
	return ok
}
