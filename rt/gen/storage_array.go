package gen

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/storage"
)

// The Python surface of Array[T, Literal[N]] is GenVM v0.1's vec.py Array,
// a collections.abc.Sequence of fixed length: __getitem__ (an index through
// __index__, or a slice of step 1 giving an Array view; another step is
// KeyError('negative step is not supported')), __setitem__ (ints only,
// compared with 0 first), lazy __iter__, and CPython 3.13's Sequence
// mixins (index, count, __contains__, __reversed__). It has no __repr__ of
// its own (see docs/deviations.md), no __eq__ and no deletion.

type arrDesc struct {
	d storage.ArrayDesc[rt.Value]
}

// ArrayDesc is the descriptor of Array[item, Literal[n]].
func ArrayDesc(item Desc, n int) Desc { return arrDesc{storage.ArrayDesc[rt.Value]{Item: item, N: n}} }

func (d arrDesc) Size() uint32                    { return d.d.Size() }
func (d arrDesc) Plain() bool                     { return d.d.Plain() }
func (d arrDesc) Copy(from, to storage.Loc) error { return d.d.Copy(from, to) }

func (d arrDesc) Get(l storage.Loc) (rt.Value, error) {
	a, err := d.d.Get(l)
	return &ArrayView{a}, err
}

// Set is _ArrayDesc.set: assert len(val) == N, then a list is written item
// by item and anything else is copied from its storage (an Array view; a
// tuple has no _storage_slot).
func (d arrDesc) Set(l storage.Loc, v rt.Value) error {
	if rt.Len(v) != d.d.N {
		panic(&rt.Exception{Cls: rt.AssertionError})
	}
	switch x := v.(type) {
	case *rt.List:
		return d.d.Assign(l, x.Items)
	case *ArrayView:
		return d.d.Copy(x.a.Loc, l)
	}
	rt.Raisef(rt.AttributeError, "'", rt.TypeName(v), "' object has no attribute '_storage_slot'")
	return nil
}

// ArrayView is an Array in storage as a Python object.
type ArrayView struct{ a storage.Array[rt.Value] }

// ArrayType is the class of Array views.
var ArrayType = rt.NewClass("Array", "genlayer.py.storage.vec")

// Class returns Array.
func (*ArrayView) Class() *rt.Class { return ArrayType }

func (v *ArrayView) get(i int) rt.Value {
	x, err := v.a.Get(i)
	check(err)
	return x
}

// mapIndex is _map_index: "index out of range I not in 0..<N".
func (v *ArrayView) mapIndex(i rt.Int) int { return mapIndex(i, v.a.N) }

func (v *ArrayView) iter() rt.Iterator {
	i := 0
	return &rt.GoIter{Fn: func() (rt.Value, bool) {
		if i >= v.a.N {
			return nil, false
		}
		i++
		return v.get(i - 1), true
	}}
}

var (
	arrIndexP = &sdkParams{qual: "Sequence.index", names: []string{"value", "start", "stop"}, required: 1}
	arrCount  = &sdkParams{qual: "Sequence.count", names: []string{"value"}, required: 1}
)

func init() {
	s := &ArrayType.Slots
	s.Len = func(v rt.Value) int { return v.(*ArrayView).a.N }
	s.GetItem = func(v, key rt.Value) rt.Value {
		a := v.(*ArrayView)
		if sl, ok := key.(*rt.Slice); ok {
			sub, err := a.a.Slice(storageSlice(sl))
			check(err)
			return &ArrayView{sub}
		}
		if _, ok := rt.AsInt(key); !ok && !hasIndex(key) {
			rt.Raisef(rt.AttributeError, "'", rt.TypeName(key), "' object has no attribute '__index__'")
		}
		return a.get(a.mapIndex(rt.IndexOf(key)))
	}
	s.SetItem = func(v, key, val rt.Value) {
		a := v.(*ArrayView)
		i, ok := rt.AsInt(key)
		if !ok {
			rt.Compare(rt.OpLT, key, rt.IntFromInt64(0))
			rt.Raisef(rt.TypeError, "'", rt.TypeName(key), "' object cannot be interpreted as an integer")
		}
		check(a.a.Set(a.mapIndex(i), val))
	}
	// Array defines __setitem__ but not __delitem__: del is CPython's
	// AttributeError from the missing slot method
	s.DelItem = func(v, key rt.Value) { rt.Raise(rt.AttributeError, "__delitem__") }
	s.Iter = func(v rt.Value) rt.Iterator { return v.(*ArrayView).iter() }
	s.Contains = func(v, x rt.Value) bool {
		it := v.(*ArrayView).iter()
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
	sdkMethod(ArrayType, "index", arrIndexP, func(self rt.Value, a []rt.Value) rt.Value {
		v := self.(*ArrayView)
		return seqIndex(func() int { return v.a.N }, v.get, a[0], a[1], a[2])
	})
	sdkMethod(ArrayType, "count", arrCount, func(self rt.Value, a []rt.Value) rt.Value {
		n := 0
		it := self.(*ArrayView).iter()
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
}
