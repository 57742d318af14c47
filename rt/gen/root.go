package gen

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
)

// gl.storage.Root: the root record of a contract's storage (spec §4,
// SDK py/storage/root.py). Root.get() returns a view whose fields code,
// locked_slots and upgraders are indirections; their get() returns a VLA
// view (code: VLA[u8] of ints, locked_slots: VLA[u256] of slot ids as
// little-endian ints, upgraders: VLA[Address]). Writes go through the
// transaction's journal, so a write to a locked slot by a sender that is
// not an upgrader raises SystemError('6: forbidden') where it happens, as
// GenVM's WASI layer does.

// RootType is gl.storage.Root.
var RootType = rt.NewClass("Root", "genlayer.py.storage.root")

// rootView is the value of Root.get().
type rootView struct{}

func (rootView) Class() *rt.Class { return RootType }

// rootFieldType is the class of Root's indirection fields.
var rootFieldType = rt.NewClass("Indirection", "genlayer.py.storage._internal.core")

// rootField is one of Root's indirections (1 code, 2 locked_slots, 3
// upgraders).
type rootField struct{ off uint32 }

func (rootField) Class() *rt.Class { return rootFieldType }

// VLAType is the class of the root's VLA views.
var VLAType = rt.NewClass("VLA", "genlayer.py.storage._internal.core")

// vlaView is a VLA of the root (off as in rootField).
type vlaView struct{ off uint32 }

func (vlaView) Class() *rt.Class { return VLAType }

func rootOf() storage.Root {
	if Env == nil || Env.Storage == nil {
		rt.Raise(rt.RuntimeError, "contract storage outside a transaction")
	}
	return Env.Root()
}

func (v vlaView) length() int {
	var n int
	var err error
	r := rootOf()
	switch v.off {
	case 1:
		n, err = r.Code().Len()
	case 2:
		n, err = r.LockedSlots().Len()
	default:
		n, err = r.Upgraders().Len()
	}
	hostio.Must(err)
	return n
}

func (v vlaView) items() []rt.Value {
	var out []rt.Value
	r := rootOf()
	switch v.off {
	case 1:
		b, err := storage.ReadBytes(r.Code())
		hostio.Must(err)
		for _, c := range b {
			out = append(out, rt.IntFromInt64(int64(c)))
		}
	case 2:
		hostio.Must(r.LockedSlots().Each(func(_ int, s storage.SlotID) error {
			out = append(out, rt.IntFromBig(s.Int()))
			return nil
		}))
	default:
		hostio.Must(r.Upgraders().Each(func(_ int, a address.Address) error {
			out = append(out, &AddressObj{A: a})
			return nil
		}))
	}
	return out
}

func toSlotID(x rt.Value) storage.SlotID {
	i, ok := rt.AsInt(x)
	if !ok {
		rt.Raisef(rt.TypeError, "expected int, got ", rt.TypeName(x))
	}
	b := i.Big()
	if b.Sign() < 0 || b.BitLen() > 256 {
		rt.Raise(rt.OverflowError, "int too big to convert")
	}
	var s storage.SlotID
	be := b.FillBytes(make([]byte, 32))
	for j := range s {
		s[j] = be[31-j]
	}
	return s
}

func toAddress(x rt.Value) address.Address {
	a, ok := x.(*AddressObj)
	if !ok {
		rt.Raisef(rt.TypeError, "expected Address, got ", rt.TypeName(x))
	}
	return a.A
}

// extend replaces the VLA's contents with xs, as rt/storage's VLA.Extend
// (the SDK's VLA.extend) does.
func (v vlaView) extend(xs []rt.Value) {
	r := rootOf()
	switch v.off {
	case 1:
		b := make([]byte, len(xs))
		for i, x := range xs {
			n, ok := rt.AsInt(x)
			if !ok {
				rt.Raisef(rt.TypeError, "expected int, got ", rt.TypeName(x))
			}
			c, _ := n.Int64()
			if n.Big().BitLen() > 8 || c < 0 {
				rt.Raise(rt.OverflowError, "int too big to convert")
			}
			b[i] = byte(c)
		}
		hostio.Must(storage.ExtendBytes(r.Code(), b))
	case 2:
		ids := make([]storage.SlotID, len(xs))
		for i, x := range xs {
			ids[i] = toSlotID(x)
		}
		hostio.Must(r.LockedSlots().Extend(ids))
	default:
		as := make([]address.Address, len(xs))
		for i, x := range xs {
			as[i] = toAddress(x)
		}
		hostio.Must(r.Upgraders().Extend(as))
	}
}

func (v vlaView) append(x rt.Value) {
	r := rootOf()
	switch v.off {
	case 1:
		v.extend(append(v.items(), x))
	case 2:
		hostio.Must(r.LockedSlots().Append(toSlotID(x)))
	default:
		hostio.Must(r.Upgraders().Append(toAddress(x)))
	}
}

func (v vlaView) truncate(n int) {
	r := rootOf()
	var err error
	switch v.off {
	case 1:
		err = r.Code().Truncate(n)
	case 2:
		err = r.LockedSlots().Truncate(n)
	default:
		err = r.Upgraders().Truncate(n)
	}
	if pe, ok := err.(*storage.PyError); ok {
		rt.Raise(classByName(pe.Kind), pe.Msg)
	}
	hostio.Must(err)
}

func init() {
	RootType.Attrs["get"] = &rt.Builtin{Name: "get", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		rootOf()
		return rootView{}
	}}
	RootType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		switch name {
		case "code":
			return rootField{1}, true
		case "locked_slots":
			return rootField{2}, true
		case "upgraders":
			return rootField{3}, true
		}
		return nil, false
	}
	RootType.Slots.Repr = func(rt.Value) string { return "<genlayer.py.storage.root.Root object>" }
	rootFieldType.AddMethod("get", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return vlaView{self.(rootField).off}
	})
	s := &VLAType.Slots
	s.Len = func(v rt.Value) int { return v.(vlaView).length() }
	s.Iter = func(v rt.Value) rt.Iterator { return rt.Iter(rt.NewList(v.(vlaView).items())) }
	s.Repr = func(v rt.Value) string { return rt.Repr(rt.NewList(v.(vlaView).items())) }
	s.GetItem = func(v, key rt.Value) rt.Value { return rt.GetItem(rt.NewList(v.(vlaView).items()), key) }
	VLAType.AddMethod("truncate", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		n := 0
		if len(args) > 0 {
			i, ok := rt.AsInt(args[0])
			if !ok {
				rt.Raisef(rt.TypeError, "expected int, got ", rt.TypeName(args[0]))
			}
			x, _ := i.Int64()
			n = int(x)
		}
		self.(vlaView).truncate(n)
		return rt.None
	})
	VLAType.AddMethod("extend", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		self.(vlaView).extend(rt.IterToSlice(args[0]))
		return rt.None
	})
	VLAType.AddMethod("append", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		self.(vlaView).append(args[0])
		return rt.None
	})
	sdkValues["genlayer.gl.storage.Root"] = RootType
	sdkValues["genlayer.gl.storage.Root.get"] = RootType.Attrs["get"]
}
