package storage

import (
	"encoding/binary"
	"math"
)

// Indirection is a view of a T stored at offset 0 of its own slot,
// referenced from a 1-byte placeholder (the SDK's Indirection[T]).
type Indirection[T any] struct {
	Loc  Loc
	Item Desc[T]
}

// Slot returns where the value lives.
func (v Indirection[T]) Slot() Loc { return v.Loc.Indirect() }

// Get reads the value.
func (v Indirection[T]) Get() (T, error) { return v.Item.Get(v.Loc.Indirect()) }

// Set writes the value.
func (v Indirection[T]) Set(x T) error { return v.Item.Set(v.Loc.Indirect(), x) }

// IndirectionDesc describes Indirection[T]: 1 byte in place.
type IndirectionDesc[T any] struct{ Item Desc[T] }

func (IndirectionDesc[T]) Size() uint32 { return 1 }
func (IndirectionDesc[T]) Plain() bool  { return false }

func (d IndirectionDesc[T]) Get(l Loc) (Indirection[T], error) {
	return Indirection[T]{l, d.Item}, nil
}

func (d IndirectionDesc[T]) Set(l Loc, v Indirection[T]) error {
	x, err := v.Get()
	if err != nil {
		return err
	}
	return d.Item.Set(l.Indirect(), x)
}

func (d IndirectionDesc[T]) Copy(from, to Loc) error {
	x, err := d.Item.Get(from.Indirect())
	if err != nil {
		return err
	}
	return d.Item.Set(to.Indirect(), x)
}

// VLA is a view of a variable-length array stored in place: a u32le count
// followed by the elements (the SDK's VLA[T]); it must be the last thing in
// its slot.
type VLA[T any] struct {
	Loc  Loc
	Item Desc[T]
}

// Len reads the element count.
func (v VLA[T]) Len() (int, error) {
	n, err := U32.Get(v.Loc)
	return int(n), err
}

func (v VLA[T]) elem(i int) (Loc, error) {
	return v.Loc.At(4).atIndex(i, v.Item.Size())
}

// Get reads element i (0 <= i < Len, no negative indices).
func (v VLA[T]) Get(i int) (T, error) {
	var zero T
	n, err := v.Len()
	if err != nil {
		return zero, err
	}
	if i >= n || i < 0 {
		return zero, indexErr("%d out of range 0..%d", i, n)
	}
	l, err := v.elem(i)
	if err != nil {
		return zero, err
	}
	return v.Item.Get(l)
}

// Set writes element i.
func (v VLA[T]) Set(i int, x T) error {
	n, err := v.Len()
	if err != nil {
		return err
	}
	if i >= n || i < 0 {
		return indexErr("%d out of range 0..%d", i, n)
	}
	l, err := v.elem(i)
	if err != nil {
		return err
	}
	return v.Item.Set(l, x)
}

// Append writes the element, then the new count.
func (v VLA[T]) Append(x T) error {
	n, err := v.Len()
	if err != nil {
		return err
	}
	l, err := v.elem(n)
	if err != nil {
		return err
	}
	if err := v.Item.Set(l, x); err != nil {
		return err
	}
	return U32.Set(v.Loc, uint64(n+1))
}

// Truncate sets the count to n (IndexError when n > Len).
func (v VLA[T]) Truncate(n int) error {
	cur, err := v.Len()
	if err != nil {
		return err
	}
	if n > cur {
		return indexErr("%d out of range 0..%d", n, cur)
	}
	return U32.Set(v.Loc, uint64(n))
}

// Extend replaces the contents with xs (the SDK truncates, then appends).
func (v VLA[T]) Extend(xs []T) error {
	if err := v.Truncate(0); err != nil {
		return err
	}
	for _, x := range xs {
		if err := v.Append(x); err != nil {
			return err
		}
	}
	return nil
}

// ExtendBytes is the SDK's VLA[u8].extend(bytes): the count, then the bytes.
func ExtendBytes(v VLA[uint64], b []byte) error {
	if uint64(len(b)) > math.MaxUint32 {
		return ErrOutOfRange
	}
	var n [4]byte
	binary.LittleEndian.PutUint32(n[:], uint32(len(b)))
	if err := v.Loc.write(n[:]); err != nil {
		return err
	}
	return v.Loc.At(4).write(b)
}

// ReadBytes reads a VLA[u8] as bytes.
func ReadBytes(v VLA[uint64]) ([]byte, error) {
	n, err := v.Len()
	if err != nil {
		return nil, err
	}
	b := make([]byte, n)
	return b, v.Loc.At(4).read(b)
}

// Each calls fn for every element in order.
func (v VLA[T]) Each(fn func(i int, x T) error) error {
	n, err := v.Len()
	if err != nil {
		return err
	}
	for i := range n {
		l, err := v.elem(i)
		if err != nil {
			return err
		}
		x, err := v.Item.Get(l)
		if err != nil {
			return err
		}
		if err := fn(i, x); err != nil {
			return err
		}
	}
	return nil
}

// VLASize is the nominal size of a VLA in its parent (2^32-1).
const VLASize = math.MaxUint32

// VLADesc describes VLA[T].
type VLADesc[T any] struct{ Item Desc[T] }

func (VLADesc[T]) Size() uint32 { return VLASize }
func (VLADesc[T]) Plain() bool  { return false }

func (d VLADesc[T]) Get(l Loc) (VLA[T], error) { return VLA[T]{l, d.Item}, nil }

func (d VLADesc[T]) Set(l Loc, v VLA[T]) error { return d.Copy(v.Loc, l) }

// Copy is the SDK's VLATypeDesc.copy: truncate the destination, then append
// every source element.
func (d VLADesc[T]) Copy(from, to Loc) error {
	src, dst := VLA[T]{from, d.Item}, VLA[T]{to, d.Item}
	if err := dst.Truncate(0); err != nil {
		return err
	}
	n, err := src.Len()
	if err != nil {
		return err
	}
	for i := range n {
		l, err := src.elem(i)
		if err != nil {
			return err
		}
		x, err := d.Item.Get(l)
		if err != nil {
			return err
		}
		if err := dst.Append(x); err != nil {
			return err
		}
	}
	return nil
}
