package gen

import (
	"math/big"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
)

// Desc is a storage type descriptor over boxed Python values: generated
// contracts describe every storage field with one (see the constructors
// below), and the generic storage containers of rt/storage work over them.
type Desc = storage.Desc[rt.Value]

// check converts a storage error to the Python exception or trap GenVM
// gives for it.
func check(err error) {
	if err == nil {
		return
	}
	if err == storage.ErrForbidden {
		// GenVM's WASI layer refuses the write with errno 6, which the SDK
		// raises as a catchable SystemError (hostio.Must)
		hostio.Must(err)
	}
	if pe, ok := err.(*storage.PyError); ok {
		rt.Raise(classByName(pe.Kind), pe.Msg)
	}
	panic(&hostio.Trap{Msg: err.Error()})
}

type intDesc struct {
	storage.IntDesc
	name string
}

// IntDesc returns the descriptor of uN (signed false) or iN.
func IntDesc(bits int, signed bool) Desc {
	if signed {
		return intDesc{storage.Signed(bits), "i" + itoa(bits)}
	}
	return intDesc{storage.Unsigned(bits), "u" + itoa(bits)}
}

func (d intDesc) Get(l storage.Loc) (rt.Value, error) {
	b, err := d.IntDesc.Get(l)
	if err != nil {
		return nil, err
	}
	return rt.IntFromBig(b), nil
}

func (d intDesc) Set(l storage.Loc, v rt.Value) error {
	i, ok := rt.AsInt(v)
	if !ok {
		rt.Raisef(rt.TypeError, "expected int, got ", rt.TypeName(v))
	}
	return d.IntDesc.Set(l, i.Big())
}

type bigDesc struct{ storage.BigIntDesc }

// BigIntDesc is the descriptor of bigint.
var BigIntDesc Desc = bigDesc{}

func (d bigDesc) Get(l storage.Loc) (rt.Value, error) {
	b, err := d.BigIntDesc.Get(l)
	if err != nil {
		return nil, err
	}
	return rt.IntFromBig(b), nil
}

func (d bigDesc) Set(l storage.Loc, v rt.Value) error {
	i, ok := rt.AsInt(v)
	if !ok {
		rt.Raisef(rt.TypeError, "expected int, got ", rt.TypeName(v))
	}
	return d.BigIntDesc.Set(l, i.Big())
}

type boolDesc struct{ storage.BoolDesc }

// BoolDesc is the descriptor of bool.
var BoolDesc Desc = boolDesc{storage.Bool}

func (d boolDesc) Get(l storage.Loc) (rt.Value, error) {
	b, err := d.BoolDesc.Get(l)
	return b, err
}

func (d boolDesc) Set(l storage.Loc, v rt.Value) error { return d.BoolDesc.Set(l, rt.Truth(v)) }

type strDesc struct{ storage.StrDesc }

// StrDesc is the descriptor of str.
var StrDesc Desc = strDesc{storage.Str}

func (d strDesc) Get(l storage.Loc) (rt.Value, error) {
	s, err := d.StrDesc.Get(l)
	return s, err
}

func (d strDesc) Set(l storage.Loc, v rt.Value) error {
	s, ok := v.(string)
	if !ok {
		rt.Raisef(rt.TypeError, "expected str, got ", rt.TypeName(v))
	}
	return d.StrDesc.Set(l, s)
}

type bytesDesc struct{ storage.BytesDesc }

// BytesDesc is the descriptor of bytes.
var BytesDesc Desc = bytesDesc{storage.Bytes}

func (d bytesDesc) Get(l storage.Loc) (rt.Value, error) {
	b, err := d.BytesDesc.Get(l)
	return rt.Bytes(b), err
}

func (d bytesDesc) Set(l storage.Loc, v rt.Value) error {
	b, ok := v.(rt.Bytes)
	if !ok {
		rt.Raisef(rt.TypeError, "expected bytes, got ", rt.TypeName(v))
	}
	return d.BytesDesc.Set(l, []byte(b))
}

type floatDesc struct{ storage.FloatDesc }

// FloatDesc is the descriptor of float.
var FloatDesc Desc = floatDesc{storage.Float}

func (d floatDesc) Get(l storage.Loc) (rt.Value, error) {
	f, err := d.FloatDesc.Get(l)
	return f, err
}

func (d floatDesc) Set(l storage.Loc, v rt.Value) error {
	f, ok := v.(float64)
	if !ok {
		rt.Raisef(rt.TypeError, "expected float, got ", rt.TypeName(v))
	}
	return d.FloatDesc.Set(l, f)
}

type addrDesc struct{ storage.AddressDesc }

// AddressDesc is the descriptor of Address.
var AddressDesc Desc = addrDesc{storage.Address}

func (d addrDesc) Get(l storage.Loc) (rt.Value, error) {
	a, err := d.AddressDesc.Get(l)
	return &AddressObj{a}, err
}

func (d addrDesc) Set(l storage.Loc, v rt.Value) error {
	a, ok := v.(*AddressObj)
	if !ok {
		rt.Raisef(rt.TypeError, "expected Address, got ", rt.TypeName(v))
	}
	return d.AddressDesc.Set(l, address.Address(a.A))
}

// ---- DynArray ----

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

func (d dynDesc) Set(l storage.Loc, v rt.Value) error {
	switch x := v.(type) {
	case *DynArrayView:
		return d.d.Set(l, x.a)
	}
	a, _ := d.d.Get(l)
	return a.Assign(rt.IterToSlice(v))
}

// DynArrayView is a DynArray in storage as a Python object.
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

func (v *DynArrayView) index(key rt.Value) int {
	i, ok := rt.AsInt(key)
	if !ok {
		rt.Raisef(rt.TypeError, "indices must be integers, not ", rt.TypeName(key))
	}
	n, _ := i.Int64()
	return int(n)
}

func init() {
	s := &DynArrayType.Slots
	s.Len = func(v rt.Value) int { return v.(*DynArrayView).length() }
	s.GetItem = func(v, key rt.Value) rt.Value {
		a := v.(*DynArrayView)
		if sl, ok := key.(*rt.Slice); ok {
			lo, hi, st, _ := sl.Indices(a.length())
			items := a.items()
			var out []rt.Value
			for i := lo; (st > 0 && i < hi) || (st < 0 && i > hi); i += st {
				out = append(out, items[i])
			}
			return rt.NewList(out)
		}
		x, err := a.a.Get(a.index(key))
		check(err)
		return x
	}
	s.SetItem = func(v, key, val rt.Value) {
		a := v.(*DynArrayView)
		if sl, ok := key.(*rt.Slice); ok {
			check(a.a.SetSlice(storageSlice(sl), rt.IterToSlice(val)))
			return
		}
		check(a.a.Set(a.index(key), val))
	}
	s.DelItem = func(v, key rt.Value) {
		a := v.(*DynArrayView)
		if sl, ok := key.(*rt.Slice); ok {
			check(a.a.DeleteSlice(storageSlice(sl)))
			return
		}
		check(a.a.Delete(a.index(key)))
	}
	s.Iter = func(v rt.Value) rt.Iterator { return rt.Iter(rt.NewList(v.(*DynArrayView).items())) }
	s.Repr = func(v rt.Value) string { return rt.Repr(rt.NewList(v.(*DynArrayView).items())) }
	s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		x, ok := a.(*DynArrayView)
		if !ok {
			return rt.NotImplemented
		}
		if y, ok := b.(*DynArrayView); ok {
			b = rt.NewList(y.items())
		}
		return rt.Compare(op, rt.NewList(x.items()), b)
	}
	DynArrayType.AddMethod("append", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		check(self.(*DynArrayView).a.Append(args[0]))
		return rt.None
	})
	DynArrayType.AddMethod("pop", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		a := self.(*DynArrayView)
		n := a.length()
		i := n - 1
		if len(args) > 0 {
			i = a.index(args[0])
			if i < 0 {
				i += n
			}
		}
		if n == 0 || i < 0 || i >= n {
			rt.Raise(rt.IndexError, "pop index out of range")
		}
		x, err := a.a.Get(i)
		check(err)
		if i == n-1 {
			check(a.a.Pop())
		} else {
			check(a.a.Delete(i))
		}
		return x
	})
	DynArrayType.AddMethod("insert", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		a := self.(*DynArrayView)
		check(a.a.Insert(a.index(args[0]), args[1]))
		return rt.None
	})
	DynArrayType.AddMethod("extend", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		check(self.(*DynArrayView).a.Extend(rt.IterToSlice(args[0])))
		return rt.None
	})
	DynArrayType.AddMethod("clear", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		check(self.(*DynArrayView).a.Clear())
		return rt.None
	})
	DynArrayType.AddMethod("reverse", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		check(self.(*DynArrayView).a.Reverse())
		return rt.None
	})
	DynArrayType.AddMethod("index", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return rt.CallMethod(rt.NewList(self.(*DynArrayView).items()), "index", args, kwargs)
	})
	DynArrayType.AddMethod("count", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return rt.CallMethod(rt.NewList(self.(*DynArrayView).items()), "count", args, kwargs)
	})
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

// ---- TreeMap ----

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

func (d treeDesc) Set(l storage.Loc, v rt.Value) error {
	if x, ok := v.(*TreeMapView); ok {
		return d.d.Set(l, x.m)
	}
	m, _ := d.d.Get(l)
	if err := m.Clear(); err != nil {
		return err
	}
	dict, ok := v.(*rt.Dict)
	if !ok {
		rt.Raisef(rt.TypeError, "cannot assign ", rt.TypeName(v), " to a TreeMap")
	}
	for _, k := range dict.Keys() {
		val, _ := dict.Get(k)
		if err := m.Set(k, val); err != nil {
			return err
		}
	}
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

func init() {
	s := &TreeMapType.Slots
	s.Len = func(v rt.Value) int {
		n, err := v.(*TreeMapView).m.Len()
		check(err)
		return n
	}
	s.GetItem = func(v, key rt.Value) rt.Value {
		x, ok, err := v.(*TreeMapView).m.Get(key)
		check(err)
		if !ok {
			panic(&rt.Exception{Cls: rt.KeyError, Args: []rt.Value{key}})
		}
		return x
	}
	s.SetItem = func(v, key, val rt.Value) { check(v.(*TreeMapView).m.Set(key, val)) }
	s.DelItem = func(v, key rt.Value) {
		m := v.(*TreeMapView).m
		ok, err := m.Contains(key)
		check(err)
		if !ok {
			panic(&rt.Exception{Cls: rt.KeyError, Args: []rt.Value{key}})
		}
		check(m.Delete(key))
	}
	s.Contains = func(v, key rt.Value) bool {
		ok, err := v.(*TreeMapView).m.Contains(key)
		check(err)
		return ok
	}
	s.Iter = func(v rt.Value) rt.Iterator { return rt.Iter(rt.NewList(v.(*TreeMapView).keys())) }
	s.Repr = func(v rt.Value) string {
		d := rt.NewDict(0)
		v.(*TreeMapView).each(func(k, val rt.Value) { d.Set(k, val) })
		return rt.Repr(d)
	}
	m := TreeMapType
	m.AddMethod("get", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		x, ok, err := self.(*TreeMapView).m.Get(args[0])
		check(err)
		if !ok {
			if len(args) > 1 {
				return args[1]
			}
			return rt.None
		}
		return x
	})
	m.AddMethod("items", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var out []rt.Value
		self.(*TreeMapView).each(func(k, val rt.Value) { out = append(out, rt.NewTuple(k, val)) })
		return rt.IterObject(rt.NewList(out))
	})
	m.AddMethod("keys", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return rt.IterObject(rt.NewList(self.(*TreeMapView).keys()))
	})
	m.AddMethod("values", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var out []rt.Value
		self.(*TreeMapView).each(func(_, val rt.Value) { out = append(out, val) })
		return rt.IterObject(rt.NewList(out))
	})
	m.AddMethod("setdefault", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		t := self.(*TreeMapView).m
		x, ok, err := t.Get(args[0])
		check(err)
		if ok {
			return x
		}
		d := rt.Value(rt.None)
		if len(args) > 1 {
			d = args[1]
		}
		check(t.Set(args[0], d))
		return d
	})
	m.AddMethod("pop", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		t := self.(*TreeMapView).m
		x, ok, err := t.Get(args[0])
		check(err)
		if !ok {
			if len(args) > 1 {
				return args[1]
			}
			panic(&rt.Exception{Cls: rt.KeyError, Args: []rt.Value{args[0]}})
		}
		check(t.Delete(args[0]))
		return x
	})
	// update is MutableMapping.update: a mapping's keys (a dict, a TreeMap
	// or anything with keys()), else an iterable of pairs, then kwargs.
	m.AddMethod("update", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		t := self.(*TreeMapView).m
		if len(args) > 1 {
			rt.Raisef(rt.TypeError, "update expected at most 1 argument, got ", itoa(len(args)))
		}
		if len(args) == 1 {
			src := args[0]
			if keys, ok := rt.LookupAttr(src, "keys"); ok {
				for _, k := range rt.IterToSlice(rt.Call(keys, nil, nil)) {
					check(t.Set(k, rt.GetItem(src, k)))
				}
			} else {
				for _, kv := range rt.IterToSlice(src) {
					pair := rt.IterToSlice(kv)
					if len(pair) != 2 {
						rt.Raisef(rt.ValueError, "dictionary update sequence element has length ", itoa(len(pair)), "; 2 is required")
					}
					check(t.Set(pair[0], pair[1]))
				}
			}
		}
		for _, kw := range kwargs {
			check(t.Set(kw.Name, kw.Value))
		}
		return rt.None
	})
	m.AddMethod("clear", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		check(self.(*TreeMapView).m.Clear())
		return rt.None
	})
	m.AddMethod("get_or_insert_default", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		x, err := self.(*TreeMapView).m.GetOrInsertDefault(args[0])
		check(err)
		return x
	})
}

// ---- the contract instance ----

// Field is a storage field of the contract: its name, offset in the
// contract's record and descriptor.
type Field struct {
	Name string
	Off  uint32
	Desc Desc
}

// ContractInstance is the contract object (self): storage fields are read
// and written through the transaction's storage; other attributes live on
// the instance.
type ContractInstance struct {
	Instance
	Fields []Field
}

// NewContract instantiates the contract class over the running
// transaction's storage.
func NewContract(cls rt.Value, fields []Field) rt.Value {
	c := cls.(*rt.Class)
	installContractSlots(c)
	return &ContractInstance{Instance: Instance{Cls: c}, Fields: fields}
}

func (o *ContractInstance) field(name string) *Field {
	for i := range o.Fields {
		if o.Fields[i].Name == name {
			return &o.Fields[i]
		}
	}
	return nil
}

func (o *ContractInstance) loc(f *Field) storage.Loc {
	if Env == nil || Env.Storage == nil {
		rt.Raise(rt.RuntimeError, "contract storage outside a transaction")
	}
	return storage.ContractLoc(Env.Storage).At(f.Off)
}

func installContractSlots(c *rt.Class) {
	c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		if o, ok := v.(*ContractInstance); ok {
			if f := o.field(name); f != nil {
				x, err := f.Desc.Get(o.loc(f))
				check(err)
				return x, true
			}
			switch name {
			case "address":
				return &AddressObj{Env.Msg.ContractAddress}, true
			case "balance":
				// Messages that send value are not compiled yet, so nothing
				// has been sent in this transaction: the host's balance.
				return rt.IntFromBig(Env.Balance(Env.Msg.ContractAddress)), true
			}
			if r, ok := o.Instance.Get(name); ok {
				return r, true
			}
		}
		if a, _, ok := lookupUser(rt.TypeOf(v), name); ok {
			return bindAttr(a, v, rt.TypeOf(v)), true
		}
		return nil, false
	}
	c.Slots.SetAttr = func(v rt.Value, name string, val rt.Value) bool {
		o := v.(*ContractInstance)
		if f := o.field(name); f != nil {
			check(f.Desc.Set(o.loc(f), val))
			return true
		}
		o.Instance.Set(name, val)
		return true
	}
}

// BigOf is used by generated code converting results.
func BigOf(v rt.Value) *big.Int {
	i, _ := rt.AsInt(v)
	return i.Big()
}

// ---- records (@allow_storage classes and dataclasses) ----

type recDesc struct {
	cls    func() rt.Value // the Python class, for its methods (nil: none)
	name   string
	fields []Field
	size   uint32
	plain  bool
}

// RecordDesc is the descriptor of a storage record: the fields, in layout
// order, packed back to back.
func RecordDesc(name string, cls func() rt.Value, names []string, descs []Desc) Desc {
	d := &recDesc{name: name, plain: true}
	off := uint32(0)
	for i, n := range names {
		d.fields = append(d.fields, Field{Name: n, Off: off, Desc: descs[i]})
		off += descs[i].Size()
		if !descs[i].Plain() {
			d.plain = false
		}
	}
	d.size = off
	d.cls = cls
	recDescs = append(recDescs, d)
	return d
}

func (d *recDesc) Size() uint32 { return d.size }
func (d *recDesc) Plain() bool  { return d.plain }

func (d *recDesc) Copy(from, to storage.Loc) error {
	for _, f := range d.fields {
		if err := f.Desc.Copy(from.At(f.Off), to.At(f.Off)); err != nil {
			return err
		}
	}
	return nil
}

func (d *recDesc) Get(l storage.Loc) (rt.Value, error) { return &RecordView{loc: l, d: d}, nil }

func (d *recDesc) Set(l storage.Loc, v rt.Value) error {
	if r, ok := v.(*RecordView); ok {
		return d.Copy(r.loc, l)
	}
	for _, f := range d.fields {
		x, ok := rt.LookupAttr(v, f.Name)
		if !ok {
			rt.Raisef(rt.AttributeError, "'", rt.TypeName(v), "' object has no attribute '", f.Name, "'")
		}
		if err := f.Desc.Set(l.At(f.Off), x); err != nil {
			return err
		}
	}
	return nil
}

// RecordView is a storage record as a Python object.
type RecordView struct {
	loc storage.Loc
	d   *recDesc
}

// RecordType is the class of record views.
var RecordType = rt.NewClass("record", "genlayer.py.storage")

// Class returns the record class.
func (*RecordView) Class() *rt.Class { return RecordType }

func (r *RecordView) field(name string) *Field {
	for i := range r.d.fields {
		if r.d.fields[i].Name == name {
			return &r.d.fields[i]
		}
	}
	return nil
}

func init() {
	s := &RecordType.Slots
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		r := v.(*RecordView)
		if f := r.field(name); f != nil {
			x, err := f.Desc.Get(r.loc.At(f.Off))
			check(err)
			return x, true
		}
		// the record class's methods and class attributes, bound to the view
		if r.d.cls != nil {
			if c, ok := r.d.cls().(*rt.Class); ok {
				if a, _, ok := lookupUser(c, name); ok {
					return bindAttr(a, v, c), true
				}
			}
		}
		return nil, false
	}
	s.SetAttr = func(v rt.Value, name string, val rt.Value) bool {
		r := v.(*RecordView)
		if f := r.field(name); f != nil {
			check(f.Desc.Set(r.loc.At(f.Off), val))
			return true
		}
		return false
	}
	// == and != of a dataclass record compare its fields with another view
	// of the same record type or an instance of its class, as the
	// dataclass __eq__ does for two objects of one class (in GenVM a
	// storage view is an instance of the user's class)
	s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		r, ok := a.(*RecordView)
		if !ok || (op != rt.OpEQ && op != rt.OpNE) || r.d.cls == nil {
			return rt.NotImplemented
		}
		c, ok := r.d.cls().(*rt.Class)
		if !ok {
			return rt.NotImplemented
		}
		if _, _, ok := lookupUser(c, "__eq__"); !ok {
			return rt.NotImplemented
		}
		if o, ok := b.(*RecordView); ok {
			if o.d.name != r.d.name || o.d.cls == nil || o.d.cls() != rt.Value(c) {
				return rt.NotImplemented
			}
		} else if rt.TypeOf(b) != c {
			return rt.NotImplemented
		}
		var x, y []rt.Value
		for _, f := range r.d.fields {
			x = append(x, rt.GetAttr(a, f.Name))
			y = append(y, rt.GetAttr(b, f.Name))
		}
		return rt.Compare(op, rt.NewTuple(x...), rt.NewTuple(y...))
	}
	s.Repr = func(v rt.Value) string {
		r := v.(*RecordView)
		out := r.d.name + "("
		for i, f := range r.d.fields {
			if i > 0 {
				out += ", "
			}
			x, err := f.Desc.Get(r.loc.At(f.Off))
			check(err)
			out += f.Name + "=" + rt.Repr(x)
		}
		return out + ")"
	}
}

func (r *RecordView) calldata() []Field { return r.d.fields }
