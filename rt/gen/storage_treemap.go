package gen

import (
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/storage"
	"github.com/genvm-go/genvm/stdlib/json"
)

// The Python surface of TreeMap is GenVM v0.1's py/storage/tree_map.py
// class, a collections.abc.MutableMapping: its own __getitem__ (a missing
// key is KeyError() without arguments), __delitem__ (KeyError('key not
// found')), __setitem__, get, __contains__, clear, items (an _ItemsView),
// __iter__, get_or_insert_default, compute_if_absent and __repr__ (keys
// through json.dumps, no spaces), and CPython 3.13's Mapping and
// MutableMapping mixins for the rest (keys, values, __eq__, pop, popitem,
// setdefault, update). Mapping defines __eq__, so a TreeMap is unhashable.

type treeDesc struct {
	d storage.TreeMapDesc[rt.Value, rt.Value]
}

// TreeMapDesc is the descriptor of TreeMap[key, val].
func TreeMapDesc(key, val Desc) Desc {
	return treeDesc{storage.NewTreeMapDesc(key, val, cmpValues)}
}

func cmpValues(a, b rt.Value) int {
	if rt.Less(a, b) {
		return -1
	}
	if rt.Eq(a, b) {
		return 0
	}
	return 1
}

func (d treeDesc) Size() uint32                    { return d.d.Size() }
func (d treeDesc) Plain() bool                     { return d.d.Plain() }
func (d treeDesc) Copy(from, to storage.Loc) error { return d.d.Copy(from, to) }

func (d treeDesc) Get(l storage.Loc) (rt.Value, error) {
	m, err := d.d.Get(l)
	return &TreeMapView{m}, err
}

// Set copies another TreeMap here. A TreeMap is a storage record in the
// SDK, whose _RecordDesc.set reads val.__type_desc__: assigning a dict (or
// anything but a TreeMap) is an AttributeError.
func (d treeDesc) Set(l storage.Loc, v rt.Value) error {
	if x, ok := v.(*TreeMapView); ok {
		return d.d.Set(l, x.m)
	}
	rt.Raisef(rt.AttributeError, "'", rt.TypeName(v), "' object has no attribute '__type_desc__'")
	return nil
}

// TreeMapView is a TreeMap in storage as a Python object.
type TreeMapView struct {
	m storage.TreeMap[rt.Value, rt.Value]
}

// TreeMapType is the class of TreeMap views.
var TreeMapType = rt.NewClass("TreeMap", "genlayer.py.storage.tree_map")

// Class returns TreeMap.
func (*TreeMapView) Class() *rt.Class { return TreeMapType }

func (v *TreeMapView) each(f func(k, val rt.Value)) {
	check(v.m.Each(func(k, val rt.Value) error { f(k, val); return nil }))
}

func (v *TreeMapView) keys() []rt.Value {
	var out []rt.Value
	v.each(func(k, _ rt.Value) { out = append(out, k) })
	return out
}

func (v *TreeMapView) length() int {
	n, err := v.m.Len()
	check(err)
	return n
}

// getItem is TreeMap.__getitem__: KeyError() for a missing key.
func (v *TreeMapView) getItem(k rt.Value) rt.Value {
	x, ok, err := v.m.Get(k)
	check(err)
	if !ok {
		panic(&rt.Exception{Cls: rt.KeyError})
	}
	return x
}

// items returns (key, value) pairs in key order, for operations that do
// not run user code between steps (iteration itself is lazy: walk).
func (v *TreeMapView) items() [][2]rt.Value {
	var out [][2]rt.Value
	v.each(func(k, val rt.Value) { out = append(out, [2]rt.Value{k, val}) })
	return out
}

// walk is TreeMap.__iter__ (keys) or _ItemsView.__iter__ (pairs): the
// SDK's lazy _visit generator.
func (v *TreeMapView) walk(items bool) rt.Iterator {
	w := v.m.Walk(items)
	return &rt.GoIter{Fn: func() (rt.Value, bool) {
		k, val, ok, err := w.Next()
		check(err)
		if !ok {
			return nil, false
		}
		if items {
			return rt.NewTuple(k, val), true
		}
		return k, true
	}}
}

// iter iterates a view as collections.abc does: KeysView yields from the
// mapping, ValuesView reads mapping[key] for each key, _ItemsView walks
// the tree.
func (v *MapView) iter() rt.Iterator {
	switch v.kind {
	case 'k':
		return v.m.walk(false)
	case 'i':
		return v.m.walk(true)
	}
	keys := v.m.walk(false)
	return &rt.GoIter{Fn: func() (rt.Value, bool) {
		k, ok := keys.Next()
		if !ok {
			return nil, false
		}
		return v.m.getItem(k), true
	}}
}

// MapViewType is the class of the keys(), values() and items() views
// (collections.abc.KeysView, ValuesView and tree_map.py's _ItemsView).
var (
	KeysViewType   = rt.NewClass("KeysView", "collections.abc")
	ValuesViewType = rt.NewClass("ValuesView", "collections.abc")
	ItemsViewType  = rt.NewClass("_ItemsView", "genlayer.py.storage.tree_map")
)

// MapView is a keys(), values() or items() view of a TreeMap: it reads the
// map each time it is used.
type MapView struct {
	m    *TreeMapView
	kind byte // 'k', 'v' or 'i'
}

// Class returns the view's class.
func (v *MapView) Class() *rt.Class {
	switch v.kind {
	case 'k':
		return KeysViewType
	case 'v':
		return ValuesViewType
	}
	return ItemsViewType
}

func (v *MapView) list() []rt.Value {
	var out []rt.Value
	for _, kv := range v.m.items() {
		switch v.kind {
		case 'k':
			out = append(out, kv[0])
		case 'v':
			out = append(out, kv[1])
		default:
			out = append(out, rt.NewTuple(kv[0], kv[1]))
		}
	}
	return out
}

func init() {
	for _, c := range []*rt.Class{KeysViewType, ValuesViewType, ItemsViewType} {
		s := &c.Slots
		s.Len = func(v rt.Value) int { return v.(*MapView).m.length() }
		s.Iter = func(v rt.Value) rt.Iterator { return v.(*MapView).iter() }
		s.Contains = func(v, x rt.Value) bool {
			mv := v.(*MapView)
			if mv.kind == 'k' {
				// KeysView.__contains__: key in self._mapping
				ok, err := mv.m.m.Contains(x)
				check(err)
				return ok
			}
			// ValuesView: v is value or v == value; _ItemsView: item == x
			for _, y := range mv.list() {
				if (mv.kind == 'v' && y == x) || rt.Eq(x, y) {
					return true
				}
			}
			return false
		}
	}
	// KeysView and ItemsView are collections.abc.Set: == and the orderings
	// compare as sets with any set, frozenset or such view (NotImplemented
	// otherwise), and & | - ^ give a set
	for _, c := range []*rt.Class{KeysViewType, ItemsViewType} {
		c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
			x, ok := a.(*MapView)
			if !ok {
				return rt.NotImplemented
			}
			y, ok := setOperand(b)
			if !ok {
				return rt.NotImplemented
			}
			return rt.Compare(op, x.set(), y)
		}
		c.Slots.Binary = func(op rt.BinaryOp, a, b rt.Value) rt.Value {
			switch op {
			case rt.OpAnd, rt.OpOr, rt.OpSub, rt.OpXor:
			default:
				return rt.NotImplemented
			}
			x, okA := setOperand(a)
			y, okB := setOperand(b)
			if !okA || !okB {
				return rt.NotImplemented
			}
			return rt.Binary(op, x, y)
		}
	}
	// MappingView.__repr__: Name(repr of the mapping); _ItemsView never sets
	// _mapping, so its repr is an AttributeError
	view := func(name string) func(v rt.Value) string {
		return func(v rt.Value) string { return name + "(" + rt.Repr(v.(*MapView).m) + ")" }
	}
	KeysViewType.Slots.Repr = view("KeysView")
	ValuesViewType.Slots.Repr = view("ValuesView")
	ItemsViewType.Slots.Repr = func(v rt.Value) string {
		rt.Raise(rt.AttributeError, "'genlayer.py.storage.tree_map._ItemsView' object has no attribute '_mapping'")
		return ""
	}

	s := &TreeMapType.Slots
	s.Len = func(v rt.Value) int { return v.(*TreeMapView).length() }
	s.GetItem = func(v, key rt.Value) rt.Value { return v.(*TreeMapView).getItem(key) }
	s.SetItem = func(v, key, val rt.Value) { check(v.(*TreeMapView).m.Set(key, val)) }
	s.DelItem = func(v, key rt.Value) {
		m := v.(*TreeMapView).m
		ok, err := m.Contains(key)
		check(err)
		if !ok {
			panic(&rt.Exception{Cls: rt.KeyError, Args: []rt.Value{"key not found"}})
		}
		check(m.Delete(key))
	}
	s.Contains = func(v, key rt.Value) bool {
		ok, err := v.(*TreeMapView).m.Contains(key)
		check(err)
		return ok
	}
	s.Iter = func(v rt.Value) rt.Iterator { return v.(*TreeMapView).walk(false) }
	// tree_map.py's __repr__: '{' + ','.join(json.dumps(k) + ':' + repr(v)) + '}'
	s.Repr = func(v rt.Value) string {
		var b strings.Builder
		b.WriteByte('{')
		for i, kv := range v.(*TreeMapView).items() {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(json.Dumps(kv[0]))
			b.WriteByte(':')
			b.WriteString(rt.Repr(kv[1]))
		}
		b.WriteByte('}')
		return b.String()
	}
	// Mapping.__eq__: dict(self.items()) == dict(other.items()) for any
	// Mapping other (dict or TreeMap here); no __hash__ then
	s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		x, ok := a.(*TreeMapView)
		if !ok || (op != rt.OpEQ && op != rt.OpNE) {
			return rt.NotImplemented
		}
		var other *rt.Dict
		switch y := b.(type) {
		case *TreeMapView:
			other = y.dict()
		case *rt.Dict:
			other = rt.NewDict(0)
			for _, k := range y.Keys() {
				val, _ := y.Get(k)
				other.Set(k, val)
			}
		default:
			return rt.NotImplemented
		}
		return rt.Compare(op, x.dict(), other)
	}

	m := TreeMapType
	sdkMethod(m, "get", tmGet, func(self rt.Value, a []rt.Value) rt.Value {
		x, ok, err := self.(*TreeMapView).m.Get(a[0])
		check(err)
		if !ok {
			if a[1] != nil {
				return a[1]
			}
			return rt.None
		}
		return x
	})
	sdkMethod(m, "items", tmItems, func(self rt.Value, a []rt.Value) rt.Value {
		return &MapView{self.(*TreeMapView), 'i'}
	})
	sdkMethod(m, "keys", tmKeys, func(self rt.Value, a []rt.Value) rt.Value {
		return &MapView{self.(*TreeMapView), 'k'}
	})
	sdkMethod(m, "values", tmValues, func(self rt.Value, a []rt.Value) rt.Value {
		return &MapView{self.(*TreeMapView), 'v'}
	})
	// MutableMapping.setdefault: self[key], else self[key] = default
	sdkMethod(m, "setdefault", tmSetdefault, func(self rt.Value, a []rt.Value) rt.Value {
		t := self.(*TreeMapView).m
		x, ok, err := t.Get(a[0])
		check(err)
		if ok {
			return x
		}
		d := rt.Value(rt.None)
		if a[1] != nil {
			d = a[1]
		}
		check(t.Set(a[0], d))
		return d
	})
	// MutableMapping.pop: self[key] (its KeyError() when there is no
	// default), then del self[key]
	sdkMethod(m, "pop", tmPop, func(self rt.Value, a []rt.Value) rt.Value {
		v := self.(*TreeMapView)
		x, ok, err := v.m.Get(a[0])
		check(err)
		if !ok {
			if a[1] != nil {
				return a[1]
			}
			panic(&rt.Exception{Cls: rt.KeyError})
		}
		rt.DelItem(v, a[0])
		return x
	})
	// MutableMapping.popitem: the first key in iteration order (the
	// smallest), KeyError() when empty
	sdkMethod(m, "popitem", tmPopitem, func(self rt.Value, a []rt.Value) rt.Value {
		v := self.(*TreeMapView)
		var first rt.Value
		if err := v.m.Each(func(k, _ rt.Value) error {
			first = k
			return errStopEach
		}); err != errStopEach {
			check(err)
		}
		if first == nil {
			panic(&rt.Exception{Cls: rt.KeyError})
		}
		x := v.getItem(first)
		rt.DelItem(v, first)
		return rt.NewTuple(first, x)
	})
	// MutableMapping.update(other=(), /, **kwds): a Mapping is read with
	// for key in other: other[key]; anything with keys() through keys();
	// else pairs; then the keywords
	m.AddMethod("update", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		t := self.(*TreeMapView).m
		if len(args) > 1 {
			rt.Raisef(rt.TypeError, "MutableMapping.update() takes from 1 to 2 positional arguments but ", itoa(len(args)+1), " were given")
		}
		if len(args) == 1 {
			src := args[0]
			_, isDict := src.(*rt.Dict)
			_, isTree := src.(*TreeMapView)
			if isDict || isTree {
				for _, k := range rt.IterToSlice(src) {
					check(t.Set(k, rt.GetItem(src, k)))
				}
			} else if keys, ok := rt.LookupAttr(src, "keys"); ok {
				for _, k := range rt.IterToSlice(rt.Call(keys, nil, nil)) {
					check(t.Set(k, rt.GetItem(src, k)))
				}
			} else {
				it := rt.Iter(src)
				for {
					kv, ok := it.Next()
					if !ok {
						break
					}
					pair := unpack2(kv)
					check(t.Set(pair[0], pair[1]))
				}
			}
		}
		for _, kw := range kwargs {
			check(t.Set(kw.Name, kw.Value))
		}
		return rt.None
	})
	sdkMethod(m, "clear", tmClear, func(self rt.Value, a []rt.Value) rt.Value {
		check(self.(*TreeMapView).m.Clear())
		return rt.None
	})
	sdkMethod(m, "get_or_insert_default", tmGetOrInsert, func(self rt.Value, a []rt.Value) rt.Value {
		x, err := self.(*TreeMapView).m.GetOrInsertDefault(a[0])
		check(err)
		return x
	})
	// compute_if_absent as in the v0.1 SDK: the value if present; else the
	// supplier's value is inserted and then res[0] of an empty list raises
	// IndexError('list index out of range')
	sdkMethod(m, "compute_if_absent", tmCompute, func(self rt.Value, a []rt.Value) rt.Value {
		t := self.(*TreeMapView).m
		x, ok, err := t.Get(a[0])
		check(err)
		if ok {
			return x
		}
		check(t.Set(a[0], rt.Call(a[1], nil, nil)))
		rt.Raise(rt.IndexError, "list index out of range")
		return nil
	})
}

var (
	tmGet         = &sdkParams{qual: "TreeMap.get", names: []string{"k", "default"}, required: 1}
	tmItems       = &sdkParams{qual: "TreeMap.items"}
	tmKeys        = &sdkParams{qual: "Mapping.keys"}
	tmValues      = &sdkParams{qual: "Mapping.values"}
	tmSetdefault  = &sdkParams{qual: "MutableMapping.setdefault", names: []string{"key", "default"}, required: 1}
	tmPop         = &sdkParams{qual: "MutableMapping.pop", names: []string{"key", "default"}, required: 1}
	tmPopitem     = &sdkParams{qual: "MutableMapping.popitem"}
	tmClear       = &sdkParams{qual: "TreeMap.clear"}
	tmGetOrInsert = &sdkParams{qual: "TreeMap.get_or_insert_default", names: []string{"k"}, required: 1}
	tmCompute     = &sdkParams{qual: "TreeMap.compute_if_absent", names: []string{"k", "supplier"}, required: 2}
)

// errStopEach ends an Each walk early.
var errStopEach = &storage.PyError{Kind: "StopIteration"}

// dict is dict(self.items()).
func (v *TreeMapView) dict() *rt.Dict {
	d := rt.NewDict(0)
	for _, kv := range v.items() {
		d.Set(kv[0], kv[1])
	}
	return d
}

// set returns the view's elements as a set.
func (v *MapView) set() *rt.Set {
	out := rt.NewSet()
	for _, x := range v.list() {
		out.Add(x)
	}
	return out
}

// setOperand returns a set operand of a KeysView/ItemsView operation: a
// set or frozenset as is, such a view as a set.
func setOperand(v rt.Value) (rt.Value, bool) {
	switch x := v.(type) {
	case *rt.Set, *rt.FrozenSet:
		return v, true
	case *MapView:
		if x.kind != 'v' {
			return x.set(), true
		}
	}
	return nil, false
}

// unpack2 is `key, value = item` with CPython's unpacking errors.
func unpack2(v rt.Value) [2]rt.Value {
	if !isIterable(v) {
		rt.Raisef(rt.TypeError, "cannot unpack non-iterable ", rt.TypeName(v), " object")
	}
	it := rt.Iter(v)
	var out [2]rt.Value
	for i := range 2 {
		x, ok := it.Next()
		if !ok {
			rt.Raisef(rt.ValueError, "not enough values to unpack (expected 2, got ", itoa(i), ")")
		}
		out[i] = x
	}
	if _, ok := it.Next(); ok {
		rt.Raise(rt.ValueError, "too many values to unpack (expected 2)")
	}
	return out
}

func isIterable(v rt.Value) bool {
	for _, m := range rt.TypeOf(v).MRO {
		if m.Slots.Iter != nil || m.Slots.GetItem != nil {
			return true
		}
	}
	_, ok := rt.LookupAttr(v, "__iter__")
	return ok
}
