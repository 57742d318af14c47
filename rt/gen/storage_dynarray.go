package gen

import (
	"math/big"
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/storage"
)

// The Python surface of DynArray is GenVM v0.1's py/storage/vec.py class,
// a collections.abc.MutableSequence: its own __getitem__, __setitem__,
// __delitem__, insert, append, pop, clear, __iter__ and __repr__, and
// CPython 3.13's mixins for the rest (index, count, __contains__,
// __reversed__, remove, extend, reverse, __iadd__). Notably pop() takes no
// index and returns None, repr has no spaces, insert needs an existing
// index, and there is no __eq__ (a view equals only itself) and no +.

type dynDesc struct {
	d storage.DynArrayDesc[rt.Value]
}

// DynArrayDesc is the descriptor of DynArray[item].
func DynArrayDesc(item Desc) Desc { return dynDesc{storage.DynArrayDesc[rt.Value]{Item: item}} }

func (d dynDesc) Size() uint32                    { return d.d.Size() }
func (d dynDesc) Plain() bool                     { return d.d.Plain() }
func (d dynDesc) Copy(from, to storage.Loc) error { return d.d.Copy(from, to) }

func (d dynDesc) Get(l storage.Loc) (rt.Value, error) {
	a, err := d.d.Get(l)
	return &DynArrayView{a}, err
}

// Set is _DynArrayDesc.set: a DynArray is copied; any other value is a
// sequence: len(val) is written as the length, then val[i] for each i.
func (d dynDesc) Set(l storage.Loc, v rt.Value) error {
	if x, ok := v.(*DynArrayView); ok {
		return d.d.Set(l, x.a)
	}
	n := rt.Len(v)
	a, _ := d.d.Get(l)
	if err := storage.U32.Set(a.Loc, uint64(n)); err != nil {
		return err
	}
	for i := range n {
		// Set goes through the new length, so index i is in range
		if err := a.Set(i, rt.GetItem(v, rt.IntFromInt64(int64(i)))); err != nil {
			return err
		}
	}
	return nil
}

// DynArrayView is a DynArray in storage as a Python object. Every read of a
// storage field makes a new view, as in the SDK, so two reads of one field
// are distinct objects.
type DynArrayView struct{ a storage.DynArray[rt.Value] }

// DynArrayType is the class of DynArray views.
var DynArrayType = rt.NewClass("DynArray", "genlayer.py.storage.vec")

// Class returns DynArray.
func (*DynArrayView) Class() *rt.Class { return DynArrayType }

func (v *DynArrayView) items() []rt.Value {
	var out []rt.Value
	check(v.a.Each(func(_ int, x rt.Value) error { out = append(out, x); return nil }))
	return out
}

func (v *DynArrayView) length() int {
	n, err := v.a.Len()
	check(err)
	return n
}

// get is self[i] for an int i.
func (v *DynArrayView) get(i int) rt.Value {
	x, err := v.a.Get(i)
	check(err)
	return x
}

// mapIndex is vec.py's _map_index for an int index.
func (v *DynArrayView) mapIndex(i rt.Int) int { return mapIndex(i, v.length()) }

// mapIndex is vec.py's _map_index (of DynArray and Array) for an int index
// and a length n: negative counts from the end; out of range is
// IndexError("index out of range I not in 0..<N"), I after adding n to a
// negative index, whatever its size.
func mapIndex(i rt.Int, n int) int {
	if x, fits := i.Int64(); fits && x > -(1<<40) && x < 1<<40 {
		if x < 0 {
			x += int64(n)
		}
		if x < 0 || x >= int64(n) {
			rt.Raisef(rt.IndexError, "index out of range ", itoa(int(x)), " not in 0..<", itoa(n))
		}
		return int(x)
	}
	b := new(big.Int).Set(i.Big())
	if b.Sign() < 0 {
		b.Add(b, big.NewInt(int64(n)))
	}
	rt.Raisef(rt.IndexError, "index out of range ", b.String(), " not in 0..<", itoa(n))
	return 0
}

// intIndex is the index of insert: _map_index compares it with 0 first (a
// TypeError for str and the like); a float gets past _map_index but not
// range().
func (v *DynArrayView) intIndex(idx rt.Value) int {
	if i, ok := rt.AsInt(idx); ok {
		return v.mapIndex(i)
	}
	rt.Compare(rt.OpLT, idx, rt.IntFromInt64(0))
	rt.Raisef(rt.TypeError, "'", rt.TypeName(idx), "' object cannot be interpreted as an integer")
	return 0
}

// noIndices is what the SDK's slice branch does with a key that is neither
// an int nor a slice: key.indices(len(self)).
func noIndices(key rt.Value) {
	rt.Raisef(rt.AttributeError, "'", rt.TypeName(key), "' object has no attribute 'indices'")
}

// iter is DynArray.__iter__: the length is read once, then self[i] is read
// lazily at each step (so writes made during the loop are seen).
func (v *DynArrayView) iter() rt.Iterator {
	n := v.length()
	i := 0
	return &rt.GoIter{Fn: func() (rt.Value, bool) {
		if i >= n {
			return nil, false
		}
		i++
		return v.get(i - 1), true
	}}
}

// seqIndex is Sequence.index(value, start=0, stop=None) of CPython 3.13
// over a sequence of length() items read by get: a ValueError without a
// message when value is absent. The loop stops where self[i] would raise
// IndexError.
func seqIndex(length func() int, get func(int) rt.Value, value, start, stop rt.Value) rt.Value {
	i := rt.IntFromInt64(0)
	if start != nil {
		i = rt.IndexOf(start)
		if i.Sign() < 0 {
			i = i.Add(rt.IntFromInt64(int64(length())))
			if i.Sign() < 0 {
				i = rt.IntFromInt64(0)
			}
		}
	}
	var end rt.Value
	if stop != nil && stop != rt.Value(rt.None) {
		s := rt.IndexOf(stop)
		if s.Sign() < 0 {
			s = s.Add(rt.IntFromInt64(int64(length())))
		}
		end = s
	}
	for end == nil || rt.Less(i, end) {
		x, fits := i.Int64()
		n := length()
		if !fits || x >= int64(n) || x < -int64(n) {
			break
		}
		y := get(int(x))
		if y == value || rt.Eq(y, value) {
			return i
		}
		i = i.Add(rt.IntFromInt64(1))
	}
	panic(&rt.Exception{Cls: rt.ValueError})
}

var (
	dynPop     = &sdkParams{qual: "DynArray.pop"}
	dynClear   = &sdkParams{qual: "DynArray.clear"}
	dynAppend  = &sdkParams{qual: "DynArray.append", names: []string{"value"}, required: 1}
	dynNewGet  = &sdkParams{qual: "DynArray.append_new_get"}
	dynInsert  = &sdkParams{qual: "DynArray.insert", names: []string{"index", "value"}, required: 2}
	dynIndexP  = &sdkParams{qual: "Sequence.index", names: []string{"value", "start", "stop"}, required: 1}
	dynCount   = &sdkParams{qual: "Sequence.count", names: []string{"value"}, required: 1}
	dynRemove  = &sdkParams{qual: "MutableSequence.remove", names: []string{"value"}, required: 1}
	dynExtend  = &sdkParams{qual: "MutableSequence.extend", names: []string{"values"}, required: 1}
	dynReverse = &sdkParams{qual: "MutableSequence.reverse"}
)

// dynExtendBy is MutableSequence.extend: extending by the same object
// appends a snapshot; anything else is iterated lazily.
func dynExtendBy(v *DynArrayView, values rt.Value) {
	if values == rt.Value(v) {
		values = rt.NewList(v.items())
	}
	it := rt.Iter(values)
	for {
		x, ok := it.Next()
		if !ok {
			return
		}
		check(v.a.Append(x))
	}
}

func init() {
	s := &DynArrayType.Slots
	s.Len = func(v rt.Value) int { return v.(*DynArrayView).length() }
	s.GetItem = func(v, key rt.Value) rt.Value {
		a := v.(*DynArrayView)
		if i, ok := rt.AsInt(key); ok {
			return a.get(a.mapIndex(i))
		}
		sl, ok := key.(*rt.Slice)
		if !ok {
			noIndices(key)
		}
		lo, hi, st, _ := sl.Indices(a.length())
		var out []rt.Value
		for i := lo; (st > 0 && i < hi) || (st < 0 && i > hi); i += st {
			out = append(out, a.get(i))
		}
		return rt.NewList(out)
	}
	s.SetItem = func(v, key, val rt.Value) {
		a := v.(*DynArrayView)
		if sl, ok := key.(*rt.Slice); ok {
			ss := storageSlice(sl)
			rt.Len(val) // the SDK takes len(val) first: a TypeError for iterators
			check(a.a.SetSlice(ss, rt.IterToSlice(val)))
			return
		}
		if _, ok := key.(rt.Int); !ok {
			if _, ok := key.(bool); !ok && !hasIndex(key) {
				rt.Raisef(rt.AttributeError, "'", rt.TypeName(key), "' object has no attribute '__index__'")
			}
		}
		check(a.a.Set(a.mapIndex(rt.IndexOf(key)), val))
	}
	s.DelItem = func(v, key rt.Value) {
		a := v.(*DynArrayView)
		if i, ok := rt.AsInt(key); ok {
			check(a.a.Delete(a.mapIndex(i)))
			return
		}
		sl, ok := key.(*rt.Slice)
		if !ok {
			noIndices(key)
		}
		check(a.a.DeleteSlice(storageSlice(sl)))
	}
	s.Iter = func(v rt.Value) rt.Iterator { return v.(*DynArrayView).iter() }
	s.Contains = func(v, x rt.Value) bool {
		it := v.(*DynArrayView).iter()
		for {
			y, ok := it.Next()
			if !ok {
				return false
			}
			if y == x || rt.Eq(y, x) {
				return true
			}
		}
	}
	// vec.py's __repr__: '[' + ','.join(repr(x) for x in self) + ']'
	s.Repr = func(v rt.Value) string {
		var b strings.Builder
		b.WriteByte('[')
		it := v.(*DynArrayView).iter()
		for first := true; ; first = false {
			x, ok := it.Next()
			if !ok {
				break
			}
			if !first {
				b.WriteByte(',')
			}
			b.WriteString(rt.Repr(x))
		}
		b.WriteByte(']')
		return b.String()
	}
	// MutableSequence.__iadd__: extend, then self
	s.InPlace = func(op rt.BinaryOp, a, b rt.Value) rt.Value {
		if op != rt.OpAdd {
			return rt.NotImplemented
		}
		dynExtendBy(a.(*DynArrayView), b)
		return a
	}

	c := DynArrayType
	sdkMethod(c, "append", dynAppend, func(self rt.Value, a []rt.Value) rt.Value {
		check(self.(*DynArrayView).a.Append(a[0]))
		return rt.None
	})
	sdkMethod(c, "append_new_get", dynNewGet, func(self rt.Value, a []rt.Value) rt.Value {
		x, err := self.(*DynArrayView).a.AppendNewGet()
		check(err)
		return x
	})
	sdkMethod(c, "pop", dynPop, func(self rt.Value, a []rt.Value) rt.Value {
		check(self.(*DynArrayView).a.Pop())
		return rt.None
	})
	sdkMethod(c, "clear", dynClear, func(self rt.Value, a []rt.Value) rt.Value {
		check(self.(*DynArrayView).a.Clear())
		return rt.None
	})
	sdkMethod(c, "insert", dynInsert, func(self rt.Value, a []rt.Value) rt.Value {
		v := self.(*DynArrayView)
		check(v.a.Insert(v.intIndex(a[0]), a[1]))
		return rt.None
	})
	sdkMethod(c, "index", dynIndexP, func(self rt.Value, a []rt.Value) rt.Value {
		v := self.(*DynArrayView)
		return seqIndex(v.length, v.get, a[0], a[1], a[2])
	})
	sdkMethod(c, "count", dynCount, func(self rt.Value, a []rt.Value) rt.Value {
		n := 0
		it := self.(*DynArrayView).iter()
		for {
			y, ok := it.Next()
			if !ok {
				return rt.IntFromInt64(int64(n))
			}
			if y == a[0] || rt.Eq(y, a[0]) {
				n++
			}
		}
	})
	sdkMethod(c, "remove", dynRemove, func(self rt.Value, a []rt.Value) rt.Value {
		v := self.(*DynArrayView)
		i := seqIndex(v.length, v.get, a[0], nil, nil).(rt.Int)
		rt.DelItem(v, i)
		return rt.None
	})
	sdkMethod(c, "extend", dynExtend, func(self rt.Value, a []rt.Value) rt.Value {
		dynExtendBy(self.(*DynArrayView), a[0])
		return rt.None
	})
	sdkMethod(c, "reverse", dynReverse, func(self rt.Value, a []rt.Value) rt.Value {
		check(self.(*DynArrayView).a.Reverse())
		return rt.None
	})
}

// hasIndex reports whether v's class has __index__.
func hasIndex(v rt.Value) bool {
	for _, m := range rt.TypeOf(v).MRO {
		if m.Slots.Index != nil {
			return true
		}
	}
	_, ok := rt.LookupAttr(v, "__index__")
	return ok
}

// storageSlice converts a Python slice to rt/storage's (None bounds are
// nil; bounds beyond the int range are clamped, which slice.indices does
// too).
func storageSlice(sl *rt.Slice) storage.Slice {
	conv := func(v rt.Value) *int {
		if v == nil || v == rt.Value(rt.None) {
			return nil
		}
		i, ok := rt.AsInt(v)
		if !ok {
			rt.Raise(rt.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		n, fits := i.Int64()
		const limit = 1 << 62
		if !fits || n > limit || n < -limit {
			n = limit
			if i.Big().Sign() < 0 {
				n = -limit
			}
		}
		x := int(n)
		return &x
	}
	return storage.Slice{Start: conv(sl.Start), Stop: conv(sl.Stop), Step: conv(sl.Step)}
}
