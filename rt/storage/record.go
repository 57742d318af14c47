package storage

import (
	"fmt"
	"math"
)

// Field is one field of a record: its name, descriptor and byte offset.
type Field struct {
	Name string
	Desc Layout
	Off  uint32
}

// RecordDesc describes a record: an @allow_storage class, a dataclass
// decorated with it, a contract, or one instantiation of a generic class.
// Fields are packed back to back in declaration order (base classes first,
// ClassVars skipped), with no padding; the size is the sum of field sizes.
type RecordDesc struct {
	Name   string
	Fields []Field
	size   uint32
	plain  bool
}

// FieldSpec names a field and its descriptor for NewRecord.
type FieldSpec struct {
	Name string
	Desc Layout
}

// NewRecord lays out a record from its fields in declaration order.
func NewRecord(name string, fields ...FieldSpec) (*RecordDesc, error) {
	d := &RecordDesc{Name: name, plain: true}
	var off uint64
	for _, f := range fields {
		if off > math.MaxUint32 {
			return nil, fmt.Errorf("storage: record %s: field %s starts beyond 2^32 bytes", name, f.Name)
		}
		d.Fields = append(d.Fields, Field{f.Name, f.Desc, uint32(off)})
		off += uint64(f.Desc.Size())
		d.plain = d.plain && f.Desc.Plain()
	}
	if off > math.MaxUint32 {
		return nil, fmt.Errorf("storage: record %s is larger than 2^32 bytes", name)
	}
	d.size = uint32(off)
	return d, nil
}

// MustRecord is NewRecord for layouts known to be valid.
func MustRecord(name string, fields ...FieldSpec) *RecordDesc {
	d, err := NewRecord(name, fields...)
	if err != nil {
		panic(err)
	}
	return d
}

// Field returns the field named name.
func (d *RecordDesc) Field(name string) (Field, bool) {
	for _, f := range d.Fields {
		if f.Name == name {
			return f, true
		}
	}
	return Field{}, false
}

func (d *RecordDesc) Size() uint32 { return d.size }
func (d *RecordDesc) Plain() bool  { return d.plain }

// Record is a view of a record value.
type Record struct {
	Loc  Loc
	Desc *RecordDesc
}

// FieldLoc returns the location of field i.
func (r Record) FieldLoc(i int) Loc { return r.Loc.At(r.Desc.Fields[i].Off) }

func (d *RecordDesc) Get(l Loc) (Record, error) { return Record{l, d}, nil }

// Set copies another record of the same layout here (the SDK's
// _RecordDesc.set; a different layout is a TypeError there too).
func (d *RecordDesc) Set(l Loc, v Record) error {
	if !d.sameLayout(v.Desc) {
		return &PyError{"AssertionError", fmt.Sprintf("Is right a storage type? %s", v.Desc.Name)}
	}
	return d.Copy(v.Loc, l)
}

func (d *RecordDesc) sameLayout(o *RecordDesc) bool {
	if d == o {
		return true
	}
	if o == nil || d.size != o.size || len(d.Fields) != len(o.Fields) {
		return false
	}
	for i, f := range d.Fields {
		g := o.Fields[i]
		if f.Name != g.Name || f.Off != g.Off || f.Desc != g.Desc {
			return false
		}
	}
	return true
}

// Copy copies every field (plain runs byte for byte).
func (d *RecordDesc) Copy(from, to Loc) error {
	if d.plain {
		return memcpy(from, to, d.size)
	}
	for _, f := range d.Fields {
		if err := f.Desc.Copy(from.At(f.Off), to.At(f.Off)); err != nil {
			return err
		}
	}
	return nil
}

// ContractLoc is where a contract's fields live: offset 0 of the slot
// referenced from byte 0 of the root slot.
func ContractLoc(t *Tx) Loc { return Loc{T: t, Slot: RootSlot}.Indirect() }

// Inmem returns a value of descriptor d that lives in a fresh in-memory
// store (at offset 0 of its root slot), as the SDK gives an @allow_storage
// class instantiated outside storage (and inmem_allocate): fields written
// to it stay in memory until the value is assigned into contract storage,
// which copies it.
func Inmem[T any](d Desc[T]) (T, error) {
	return d.Get(Loc{T: NewTx(NewMemStore(), nil), Slot: RootSlot})
}
