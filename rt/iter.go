package rt

import "strconv"

// Iterator objects returned by iter() and the lazy builtins. Each is both an
// Iterator and an Object whose class's Iter slot returns the iterator itself.

func iteratorClass(name string) *Class {
	c := finalClass(name)
	c.Bases = []*Class{ObjectType}
	c.MRO = []*Class{c, ObjectType}
	c.Slots.Iter = func(v Value) Iterator { return v.(Iterator) }
	c.Slots.Repr = func(v Value) string { return "<" + name + " object>" }
	return c
}

// Iterator classes.
var (
	ListIterType        = iteratorClass("list_iterator")
	ListRevIterType     = iteratorClass("list_reverseiterator")
	TupleIterType       = iteratorClass("tuple_iterator")
	RangeIterType       = iteratorClass("range_iterator")
	DictKeyIterType     = iteratorClass("dict_keyiterator")
	DictValueIterType   = iteratorClass("dict_valueiterator")
	DictItemIterType    = iteratorClass("dict_itemiterator")
	DictRevKeyIterType  = iteratorClass("dict_reversekeyiterator")
	DictRevValIterType  = iteratorClass("dict_reversevalueiterator")
	DictRevItemIterType = iteratorClass("dict_reverseitemiterator")
	SetIterType         = iteratorClass("set_iterator")
	SeqIterType         = iteratorClass("iterator")
	EnumerateType       = iteratorClass("enumerate")
	ZipType             = iteratorClass("zip")
	MapType             = iteratorClass("map")
	FilterType          = iteratorClass("filter")
	ReversedType        = iteratorClass("reversed")
	GoIterType          = iteratorClass("generator")
)

// ListIter iterates a list by position, seeing appends made during iteration.
type ListIter struct {
	l *List
	i int
}

// Class returns list_iterator.
func (*ListIter) Class() *Class { return ListIterType }

// Next implements Iterator.
func (it *ListIter) Next() (Value, bool) {
	if it.l == nil {
		return nil, false
	}
	if it.i < len(it.l.Items) {
		v := it.l.Items[it.i]
		it.i++
		return v, true
	}
	it.l = nil
	return nil, false
}

// ListRevIter is reversed(list).
type ListRevIter struct {
	l *List
	i int
}

// Class returns list_reverseiterator.
func (*ListRevIter) Class() *Class { return ListRevIterType }

// Next implements Iterator.
func (it *ListRevIter) Next() (Value, bool) {
	if it.l == nil {
		return nil, false
	}
	if it.i >= 0 && it.i < len(it.l.Items) {
		v := it.l.Items[it.i]
		it.i--
		return v, true
	}
	it.l = nil
	return nil, false
}

// TupleIter iterates a tuple.
type TupleIter struct {
	t *Tuple
	i int
}

// Class returns tuple_iterator.
func (*TupleIter) Class() *Class { return TupleIterType }

// Next implements Iterator.
func (it *TupleIter) Next() (Value, bool) {
	if it.t != nil && it.i < len(it.t.Items) {
		v := it.t.Items[it.i]
		it.i++
		return v, true
	}
	it.t = nil
	return nil, false
}

type dictIterKind uint8

const (
	dictIterKeys dictIterKind = iota
	dictIterValues
	dictIterItems
)

// DictIter iterates a dict's keys, values or items in insertion order (or
// reversed), raising RuntimeError if the dict changes size meanwhile.
type DictIter struct {
	d         *Dict
	kind      dictIterKind
	rev       bool
	pos       int
	used      int
	remaining int
}

func newDictIter(d *Dict, kind dictIterKind) *DictIter {
	return &DictIter{d: d, kind: kind, used: d.used, remaining: d.used}
}

func newDictRevIter(d *Dict, kind dictIterKind) *DictIter {
	return &DictIter{d: d, kind: kind, rev: true, pos: len(d.entries) - 1, used: d.used, remaining: d.used}
}

// Class returns the dict iterator class for the kind.
func (it *DictIter) Class() *Class {
	if it.rev {
		return [...]*Class{DictRevKeyIterType, DictRevValIterType, DictRevItemIterType}[it.kind]
	}
	return [...]*Class{DictKeyIterType, DictValueIterType, DictItemIterType}[it.kind]
}

// Next implements Iterator.
func (it *DictIter) Next() (Value, bool) {
	d := it.d
	if d == nil {
		return nil, false
	}
	if it.used != d.used {
		it.used = -1
		Raise(RuntimeError, "dictionary changed size during iteration")
	}
	i := -1
	if it.rev {
		for j := min(it.pos, len(d.entries)-1); j >= 0; j-- {
			if d.entries[j].key != nil {
				i = j
				break
			}
		}
		it.pos = i - 1
	} else {
		i = d.next(it.pos)
		it.pos = i + 1
	}
	if i < 0 {
		it.d = nil
		return nil, false
	}
	if it.remaining <= 0 {
		it.d = nil
		Raise(RuntimeError, "dictionary keys changed during iteration")
	}
	it.remaining--
	e := &d.entries[i]
	switch it.kind {
	case dictIterKeys:
		return e.key, true
	case dictIterValues:
		return e.val, true
	}
	return NewTuple(e.key, e.val), true
}

// SeqIter is iter() of an object with __getitem__ only: it indexes 0, 1, ...
// until IndexError (or StopIteration).
type SeqIter struct {
	seq Value
	i   int
}

// Class returns iterator.
func (*SeqIter) Class() *Class { return SeqIterType }

// Next implements Iterator.
func (it *SeqIter) Next() (Value, bool) {
	if it.seq == nil {
		return nil, false
	}
	var v Value
	exc := Catch(func() { v = GetItem(it.seq, Int{small: int64(it.i)}) })
	if exc != nil {
		if exc.Cls.IsSubclass(IndexError) || exc.Cls.IsSubclass(StopIteration) {
			it.seq = nil
			return nil, false
		}
		panic(exc)
	}
	it.i++
	return v, true
}

// Enumerate is enumerate(iterable, start).
type Enumerate struct {
	it  Iterator
	n   Int
	bad bool
}

// NewEnumerate returns enumerate(iterable, start).
func NewEnumerate(iterable Value, start Int) *Enumerate {
	return &Enumerate{it: Iter(iterable), n: start}
}

// Class returns enumerate.
func (*Enumerate) Class() *Class { return EnumerateType }

// Next implements Iterator.
func (e *Enumerate) Next() (Value, bool) {
	v, ok := e.it.Next()
	if !ok {
		return nil, false
	}
	n := e.n
	if n.big == nil && n.small < maxSsize {
		e.n.small++
	} else {
		e.n = n.Add(Int{small: 1})
	}
	return NewTuple(n, v), true
}

// Zip is zip(*iterables, strict=...).
type Zip struct {
	its    []Iterator
	strict bool
	done   bool
}

// NewZip returns zip(*iterables, strict=strict).
func NewZip(iterables []Value, strict bool) *Zip {
	z := &Zip{its: make([]Iterator, len(iterables)), strict: strict}
	for i, x := range iterables {
		z.its[i] = Iter(x)
	}
	return z
}

// Class returns zip.
func (*Zip) Class() *Class { return ZipType }

// Next implements Iterator.
func (z *Zip) Next() (Value, bool) {
	if z.done || len(z.its) == 0 {
		return nil, false
	}
	items := make([]Value, len(z.its))
	for i, it := range z.its {
		v, ok := it.Next()
		if !ok {
			z.done = true
			if z.strict {
				zipStrictCheck(z.its, i)
			}
			return nil, false
		}
		items[i] = v
	}
	return &Tuple{Items: items}, true
}

func zipStrictCheck(its []Iterator, i int) {
	plural := func(i int) string {
		if i == 1 {
			return " "
		}
		return "s 1-"
	}
	if i > 0 {
		Raisef(ValueError, "zip() argument ", strconv.Itoa(i+1), " is shorter than argument", plural(i), strconv.Itoa(i))
	}
	for i = 1; i < len(its); i++ {
		if _, ok := its[i].Next(); ok {
			Raisef(ValueError, "zip() argument ", strconv.Itoa(i+1), " is longer than argument", plural(i), strconv.Itoa(i))
		}
	}
}

// Map is map(func, *iterables).
type Map struct {
	fn  Value
	its []Iterator
}

// NewMap returns map(fn, *iterables).
func NewMap(fn Value, iterables []Value) *Map {
	m := &Map{fn: fn, its: make([]Iterator, len(iterables))}
	for i, x := range iterables {
		m.its[i] = Iter(x)
	}
	return m
}

// Class returns map.
func (*Map) Class() *Class { return MapType }

// Next implements Iterator.
func (m *Map) Next() (Value, bool) {
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		v, ok := it.Next()
		if !ok {
			return nil, false
		}
		args[i] = v
	}
	return Call(m.fn, args, nil), true
}

// Filter is filter(func, iterable); a None func keeps truthy items.
type Filter struct {
	fn Value
	it Iterator
}

// NewFilter returns filter(fn, iterable).
func NewFilter(fn, iterable Value) *Filter { return &Filter{fn: fn, it: Iter(iterable)} }

// Class returns filter.
func (*Filter) Class() *Class { return FilterType }

// Next implements Iterator.
func (f *Filter) Next() (Value, bool) {
	for {
		v, ok := f.it.Next()
		if !ok {
			return nil, false
		}
		var keep bool
		if f.fn == None || f.fn == BoolType {
			keep = Truth(v)
		} else {
			keep = Truth(Call(f.fn, []Value{v}, nil))
		}
		if keep {
			return v, true
		}
	}
}

// Reversed is reversed(seq) for a sequence with __len__ and __getitem__.
type Reversed struct {
	seq Value
	i   int
}

// Class returns reversed.
func (*Reversed) Class() *Class { return ReversedType }

// Next implements Iterator.
func (r *Reversed) Next() (Value, bool) {
	if r.seq == nil || r.i < 0 {
		r.seq = nil
		return nil, false
	}
	var v Value
	exc := Catch(func() { v = GetItem(r.seq, Int{small: int64(r.i)}) })
	if exc != nil {
		if exc.Cls.IsSubclass(IndexError) || exc.Cls.IsSubclass(StopIteration) {
			r.seq = nil
			return nil, false
		}
		panic(exc)
	}
	r.i--
	return v, true
}

// GoIter adapts a Go function to a Python iterator object (for generated
// generators and runtime helpers that produce items lazily).
type GoIter struct {
	Fn func() (Value, bool)
}

// Class returns generator.
func (*GoIter) Class() *Class { return GoIterType }

// Next implements Iterator.
func (g *GoIter) Next() (Value, bool) {
	if g.Fn == nil {
		return nil, false
	}
	v, ok := g.Fn()
	if !ok {
		g.Fn = nil
	}
	return v, ok
}

// ReversedOf returns reversed(v), raising TypeError if v is not reversible.
func ReversedOf(v Value) Value {
	switch x := v.(type) {
	case *List:
		return &ListRevIter{l: x, i: len(x.Items) - 1}
	case *Tuple:
		return &Reversed{seq: x, i: len(x.Items) - 1}
	case *Range:
		return x.reversedIter()
	case *Dict:
		return newDictRevIter(x, dictIterKeys)
	case *DictView:
		return x.reversed()
	case string, Bytes, *ByteArray:
		return &Reversed{seq: v, i: Len(v) - 1}
	}
	if m, ok := LookupAttr(v, "__reversed__"); ok {
		if m == None {
			Raisef(TypeError, "'", typeName(v), "' object is not reversible")
		}
		return Call(m, nil, nil)
	}
	c := TypeOf(v)
	hasLen, hasGet := false, false
	for _, m := range c.MRO {
		hasLen = hasLen || m.Slots.Len != nil
		hasGet = hasGet || m.Slots.GetItem != nil
	}
	switch v.(type) {
	case *Set, *FrozenSet:
		hasGet = false
	}
	if !hasLen || !hasGet {
		Raisef(TypeError, "'", typeName(v), "' object is not reversible")
	}
	return &Reversed{seq: v, i: Len(v) - 1}
}

// Next advances a Python iterator object, raising TypeError if v is not an
// iterator (next(v) without a default).
func Next(v Value) (Value, bool) {
	it, ok := v.(Iterator)
	if !ok {
		Raisef(TypeError, "'", typeName(v), "' object is not an iterator")
	}
	return it.Next()
}

// IterObject returns iter(v) as a Python object.
func IterObject(v Value) Value {
	it := Iter(v)
	if o, ok := it.(Object); ok {
		return o
	}
	return &GoIter{Fn: it.Next}
}

// ---- constructors of the lazy builtins (enumerate, zip, map, filter, reversed) ----

// EnumerateArgs is enumerate(iterable, start=0), with the messages of
// CPython's enumerate (vectorcall fast path, then its keyword parser).
func EnumerateArgs(args []Value, kwargs []KW) Value {
	var iterable, start Value
	hasIterKW := false
	for _, kw := range kwargs {
		hasIterKW = hasIterKW || kw.Name == "iterable"
	}
	if n := len(args) + len(kwargs); n > 2 {
		if len(args) == 0 && hasIterKW {
			Raise(TypeError, "enumerate() missing required argument 'iterable'")
		}
		Raisef(TypeError, "enumerate() takes at most 2 arguments (", strconv.Itoa(n), " given)")
	}
	if len(args) > 0 {
		iterable = args[0]
	}
	if len(args) > 1 {
		start = args[1]
	}
	for _, kw := range kwargs {
		switch {
		case kw.Name == "iterable" && len(args) == 0:
			iterable = kw.Value
		case kw.Name == "start" && (len(args) == 1 || hasIterKW):
			start = kw.Value
		default:
			Raisef(TypeError, "'", kw.Name, "' is an invalid keyword argument for enumerate()")
		}
	}
	if iterable == nil {
		Raise(TypeError, "enumerate() missing required argument 'iterable'")
	}
	n := Int{}
	if start != nil {
		i, ok := indexValue(start)
		if !ok {
			Raisef(TypeError, "'", typeName(start), "' object cannot be interpreted as an integer")
		}
		n = i
	}
	return NewEnumerate(iterable, n)
}

// ZipArgs is zip(*iterables, strict=False).
func ZipArgs(args []Value, kwargs []KW) Value {
	strict := false
	for _, kw := range kwargs {
		if kw.Name != "strict" {
			Raisef(TypeError, "zip() got an unexpected keyword argument '", kw.Name, "'")
		}
		strict = Truth(kw.Value)
	}
	return NewZip(args, strict)
}

// MapArgs is map(func, *iterables).
func MapArgs(args []Value, kwargs []KW) Value {
	NoKwargs("map", kwargs)
	if len(args) < 2 {
		Raise(TypeError, "map() must have at least two arguments.")
	}
	return NewMap(args[0], args[1:])
}

// FilterArgs is filter(function, iterable).
func FilterArgs(args []Value, kwargs []KW) Value {
	NoKwargs("filter", kwargs)
	methArgRange("filter", args, nil, 2, 2)
	return NewFilter(args[0], args[1])
}

// ReversedArgs is reversed(sequence).
func ReversedArgs(args []Value, kwargs []KW) Value {
	NoKwargs("reversed", kwargs)
	methArgRange("reversed", args, nil, 1, 1)
	return ReversedOf(args[0])
}

func init() {
	SetConstructor(EnumerateType, EnumerateArgs)
	SetConstructor(ZipType, ZipArgs)
	SetConstructor(MapType, MapArgs)
	SetConstructor(FilterType, FilterArgs)
	SetConstructor(ReversedType, ReversedArgs)
}

// Unpack implements "a, b, c = v": it returns exactly n items of the
// iterable v, raising CPython's ValueError when v yields fewer or more, and
// TypeError when v is not iterable. Lists and tuples are not copied.
func Unpack(v Value, n int) []Value {
	switch x := v.(type) {
	case *Tuple:
		return unpackCheck(x.Items, n)
	case *List:
		return unpackCheck(x.Items, n)
	}
	if !isIterable(v) {
		Raisef(TypeError, "cannot unpack non-iterable ", typeName(v), " object")
	}
	it := Iter(v)
	out := make([]Value, 0, n)
	for len(out) < n {
		x, ok := it.Next()
		if !ok {
			Raisef(ValueError, "not enough values to unpack (expected ", strconv.Itoa(n), ", got ", strconv.Itoa(len(out)), ")")
		}
		out = append(out, x)
	}
	if _, ok := it.Next(); ok {
		Raisef(ValueError, "too many values to unpack (expected ", strconv.Itoa(n), ")")
	}
	return out
}

func unpackCheck(items []Value, n int) []Value {
	if len(items) < n {
		Raisef(ValueError, "not enough values to unpack (expected ", strconv.Itoa(n), ", got ", strconv.Itoa(len(items)), ")")
	}
	if len(items) > n {
		Raisef(ValueError, "too many values to unpack (expected ", strconv.Itoa(n), ")")
	}
	return items
}

// UnpackStar implements "a, *rest, z = v" with before targets ahead of the
// starred one and after behind it: it returns the before items, the starred
// items as a new list, and the after items.
func UnpackStar(v Value, before, after int) ([]Value, *List, []Value) {
	if !isIterable(v) {
		Raisef(TypeError, "cannot unpack non-iterable ", typeName(v), " object")
	}
	items := IterToSlice(v)
	if len(items) < before+after {
		Raisef(ValueError, "not enough values to unpack (expected at least ", strconv.Itoa(before+after), ", got ", strconv.Itoa(len(items)), ")")
	}
	ChargeItems(len(items) - before - after)
	mid := append([]Value(nil), items[before:len(items)-after]...)
	return items[:before], NewList(mid), items[len(items)-after:]
}

// StarredItems returns the items of v for a starred element of a display
// ([*v], (*v,), {*v}), raising CPython's TypeError for a non-iterable.
func StarredItems(v Value) []Value {
	if !isIterable(v) {
		Raisef(TypeError, "Value after * must be an iterable, not ", typeName(v))
	}
	return IterSlice(v)
}

// StarredArgs returns the items of v for f(*v), naming fname in the error
// as CPython does ("print() argument after * must be an iterable, not int").
func StarredArgs(fname string, v Value) []Value {
	if !isIterable(v) {
		Raisef(TypeError, fname, "() argument after * must be an iterable, not ", typeName(v))
	}
	return IterSlice(v)
}

// DictMerge adds the entries of mapping m to d for a dict display {**m}.
func DictMerge(d *Dict, m Value) {
	if o, ok := m.(*Dict); ok {
		d.Update(o)
		return
	}
	keys, ok := LookupAttr(m, "keys")
	if !ok {
		Raisef(TypeError, "'", typeName(m), "' object is not a mapping")
	}
	it := Iter(Call(keys, nil, nil))
	for {
		k, ok := it.Next()
		if !ok {
			return
		}
		d.Set(k, GetItem(m, k))
	}
}

// KwargsFrom converts the mapping m of f(**m) to keyword arguments, with
// CPython's errors for non-mappings and non-string keys.
func KwargsFrom(fname string, m Value) []KW {
	if _, ok := m.(*Dict); !ok {
		if _, ok := LookupAttr(m, "keys"); !ok {
			Raisef(TypeError, fname, "() argument after ** must be a mapping, not ", typeName(m))
		}
	}
	d := NewDict(0)
	DictMerge(d, m)
	out := make([]KW, 0, d.Len())
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		s, ok := e.key.(string)
		if !ok {
			Raise(TypeError, "keywords must be strings")
		}
		out = append(out, KW{Name: s, Value: e.val})
	}
	return out
}

func init() {
	for _, c := range []*Class{ListIterType, ListRevIterType, TupleIterType, RangeIterType, DictKeyIterType,
		DictValueIterType, DictItemIterType, DictRevKeyIterType, DictRevValIterType, DictRevItemIterType,
		SetIterType, SeqIterType, EnumerateType, ZipType, MapType, FilterType, ReversedType, GoIterType} {
		c.AddMethod("__next__", func(self Value, args []Value, kwargs []KW) Value {
			methArg0("__next__", args, kwargs)
			if v, ok := self.(Iterator).Next(); ok {
				return v
			}
			panic(&Exception{Cls: StopIteration})
		})
		c.AddMethod("__iter__", func(self Value, args []Value, kwargs []KW) Value {
			methArg0("__iter__", args, kwargs)
			return self
		})
	}
}
