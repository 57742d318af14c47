package gen

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/storage"
)

// gl.storage.copy_to_memory and gl.storage.inmem_allocate (A.3): storage
// values that live in memory instead of the contract's slots. Each one
// gets a storage transaction of its own over an empty in-memory store
// (the SDK's InmemManager), so writes to it never reach the contract's
// storage and views into it behave as storage views do.

// memLoc returns a location in a fresh in-memory storage.
func memLoc() storage.Loc {
	return storage.Loc{T: storage.NewTx(storage.NewMemStore(), nil), Slot: storage.RootSlot}
}

// copyToMemory copies a storage view (a record, DynArray or TreeMap) into
// memory.
func copyToMemory(v rt.Value) rt.Value {
	l := memLoc()
	switch x := v.(type) {
	case *RecordView:
		check(x.d.Copy(x.loc, l))
		return &RecordView{loc: l, d: x.d}
	case *DynArrayView:
		d := storage.DynArrayDesc[rt.Value]{Item: x.a.Item}
		check(d.Copy(x.a.Loc, l))
		a, err := d.Get(l)
		check(err)
		return &DynArrayView{a}
	case *ArrayView:
		d := storage.ArrayDesc[rt.Value]{Item: x.a.Item, N: x.a.N}
		check(d.Copy(x.a.Loc, l))
		a, err := d.Get(l)
		check(err)
		return &ArrayView{a}
	case *TreeMapView:
		d := x.m.Desc()
		check(d.Copy(x.m.Loc, l))
		m, err := d.Get(l)
		check(err)
		return &TreeMapView{m}
	}
	rt.Raisef(rt.TypeError, "copy_to_memory expects a storage value (a storage record, DynArray or TreeMap), got ", rt.TypeName(v))
	return nil
}

// recDescs are the storage record descriptors of the program, in the order
// the generated code created them (inmem_allocate finds a class's here).
var recDescs []*recDesc

// inmemAllocate is inmem_allocate(cls, *args, **kwargs) for a storage
// record class: the instance cls(*args, **kwargs) copied into memory.
func inmemAllocate(args []rt.Value, kwargs []rt.KW) rt.Value {
	if len(args) == 0 {
		rt.Raise(rt.TypeError, "inmem_allocate() missing required argument: 't'")
	}
	for _, d := range recDescs {
		if d.cls != nil && d.cls() == args[0] {
			obj := rt.Call(args[0], args[1:], kwargs)
			l := memLoc()
			check(d.Set(l, obj))
			return &RecordView{loc: l, d: d}
		}
	}
	rt.Raisef(rt.TypeError, "inmem_allocate supports storage record classes; ", rt.Repr(args[0]), " is not one (generic and collection types are not supported by genvm-go yet)")
	return nil
}

func init() {
	cp := &rt.Builtin{Name: "copy_to_memory", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 || len(kwargs) != 0 {
			rt.Raise(rt.TypeError, "copy_to_memory() takes exactly one argument")
		}
		return copyToMemory(args[0])
	}}
	alloc := &rt.Builtin{Name: "inmem_allocate", Fn: inmemAllocate}
	for _, p := range []string{"genlayer.gl.storage.", "genlayer.py.storage.", "genlayer.storage."} {
		sdkValues[p+"copy_to_memory"] = cp
		sdkValues[p+"inmem_allocate"] = alloc
	}
}
