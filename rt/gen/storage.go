package gen

import (
	"math"
	"math/big"
	"strings"

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

// Set is _IntDesc.set: val.to_bytes(size, 'little', signed=...), so a
// value that is not an int (or bool) is an AttributeError.
func (d intDesc) Set(l storage.Loc, v rt.Value) error {
	i, ok := rt.AsInt(v)
	if !ok {
		noAttr(v, "to_bytes")
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

// Set is _BigIntDesc.encode: abs(val) first (a TypeError for non-numbers),
// then val.to_bytes (an AttributeError for a float).
func (d bigDesc) Set(l storage.Loc, v rt.Value) error {
	i, ok := rt.AsInt(v)
	if !ok {
		if _, isFloat := v.(float64); !isFloat {
			rt.Raisef(rt.TypeError, "bad operand type for abs(): '", rt.TypeName(v), "'")
		}
		noAttr(v, "to_bytes")
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

// Set is _StrDesc.encode: val.encode(), an AttributeError for non-str.
func (d strDesc) Set(l storage.Loc, v rt.Value) error {
	s, ok := v.(string)
	if !ok {
		noAttr(v, "encode")
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

// Set is _BytesDesc.encode: memoryview(val), so any bytes-like value.
func (d bytesDesc) Set(l storage.Loc, v rt.Value) error {
	switch b := v.(type) {
	case rt.Bytes:
		return d.BytesDesc.Set(l, []byte(b))
	case *rt.ByteArray:
		return d.BytesDesc.Set(l, b.B)
	}
	rt.Raisef(rt.TypeError, "memoryview: a bytes-like object is required, not '", rt.TypeName(v), "'")
	return nil
}

type floatDesc struct{ storage.FloatDesc }

// FloatDesc is the descriptor of float.
var FloatDesc Desc = floatDesc{storage.Float}

func (d floatDesc) Get(l storage.Loc) (rt.Value, error) {
	f, err := d.FloatDesc.Get(l)
	return f, err
}

// Set is struct.pack('d', val): a float, or an int (bool) converted to
// one; anything else, and an int too large for a float, is struct.error.
func (d floatDesc) Set(l storage.Loc, v rt.Value) error {
	f, ok := v.(float64)
	if !ok {
		i, isInt := rt.AsInt(v)
		if isInt {
			f, _ = new(big.Float).SetInt(i.Big()).Float64() // nearest, ties to even
		}
		if !isInt || math.IsInf(f, 0) {
			panic(rt.NewException(structError, "required argument is not a float"))
		}
	}
	return d.FloatDesc.Set(l, f)
}

// structError is struct.error, which the SDK's float descriptor raises.
var structError = rt.NewExceptionClass("error", "struct")

// noAttr raises the AttributeError of reading v.name.
func noAttr(v rt.Value, name string) {
	rt.Raisef(rt.AttributeError, "'", rt.TypeName(v), "' object has no attribute '", name, "'")
}

type addrDesc struct{ storage.AddressDesc }

// AddressDesc is the descriptor of Address.
var AddressDesc Desc = addrDesc{storage.Address}

func (d addrDesc) Get(l storage.Loc) (rt.Value, error) {
	a, err := d.AddressDesc.Get(l)
	return &AddressObj{a}, err
}

// Set is _AddrDesc.set: memoryview(val.as_bytes).
func (d addrDesc) Set(l storage.Loc, v rt.Value) error {
	a, ok := v.(*AddressObj)
	if !ok {
		noAttr(v, "as_bytes")
	}
	return d.AddressDesc.Set(l, address.Address(a.A))
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
	vcFor  *rt.Class       // the class vc was made for (module runs make new ones)
	vc     *rt.Class       // the class of views: see viewClass
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

// Class returns the class of the view: a subclass of the user's class
// (whose views the SDK makes instances of the class itself), so type(v)
// is named as the class and isinstance(v, C) holds; its slots are
// RecordType's.
func (r *RecordView) Class() *rt.Class { return r.d.viewClass() }

func (d *recDesc) viewClass() *rt.Class {
	if d.cls == nil {
		return RecordType
	}
	c, ok := d.cls().(*rt.Class)
	if !ok {
		return RecordType
	}
	if d.vc == nil || d.vcFor != c {
		vc := rt.NewClass(c.Name, c.Module, RecordType, c)
		vc.QualName = c.QualName
		vc.Slots = RecordType.Slots
		d.vc, d.vcFor = vc, c
	}
	return d.vc
}

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
	// In GenVM a record view is an instance of the user's class, so repr is
	// the class's: its own __repr__, the @dataclass one (the class's
	// qualified name and the fields with repr=True), else object's default
	// (without the address, as for other instances: docs/deviations.md)
	s.Repr = func(v rt.Value) string {
		r := v.(*RecordView)
		var c *rt.Class
		if r.d.cls != nil {
			c, _ = r.d.cls().(*rt.Class)
		}
		if c == nil {
			return recordFieldsRepr(r, r.d.name, nil)
		}
		a, _, ok := lookupUser(c, "__repr__")
		if ok {
			return strResult(rt.Call(bindAttr(a, v, c), nil, nil), "__repr__")
		}
		return "<" + c.Module + "." + c.QualName + " object>"
	}
}

func (r *RecordView) calldata() []Field { return r.d.fields }

// recordFieldsRepr is the @dataclass __repr__ of a record view: name(f=v,
// ...) over the fields the spec shows (all of them without a spec).
func recordFieldsRepr(r *RecordView, name string, spec *dcSpec) string {
	if rt.ReprEnter(r) {
		return "..."
	}
	defer rt.ReprLeave()
	var b strings.Builder
	b.WriteString(name + "(")
	first := true
	for _, f := range r.d.fields {
		if spec != nil {
			shown := false
			for _, sf := range spec.fields {
				if sf.name == f.Name {
					shown = sf.repr
				}
			}
			if !shown {
				continue
			}
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		x, err := f.Desc.Get(r.loc.At(f.Off))
		check(err)
		b.WriteString(f.Name + "=" + rt.Repr(x))
	}
	b.WriteString(")")
	return b.String()
}
