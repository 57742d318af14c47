package storage

// DynArray is a view of a growable array (the SDK's DynArray[T]): a u32le
// length in place, element i at offset i*Item.Size() of the indirect slot.
type DynArray[T any] struct {
	Loc  Loc
	Item Desc[T]
}

// Len reads the length.
func (a DynArray[T]) Len() (int, error) {
	n, err := U32.Get(a.Loc)
	return int(n), err
}

func (a DynArray[T]) setLen(n int) error { return U32.Set(a.Loc, uint64(n)) }

func (a DynArray[T]) elem(i int) (Loc, error) { return a.Loc.Indirect().atIndex(i, a.Item.Size()) }

// mapIndex resolves a Python index (negative counts from the end).
func (a DynArray[T]) mapIndex(i int) (int, error) {
	n, err := a.Len()
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, indexErr("index out of range %d not in 0..<%d", i, n)
	}
	return i, nil
}

// Get reads element i (Python indexing).
func (a DynArray[T]) Get(i int) (T, error) {
	var zero T
	i, err := a.mapIndex(i)
	if err != nil {
		return zero, err
	}
	l, err := a.elem(i)
	if err != nil {
		return zero, err
	}
	return a.Item.Get(l)
}

// Set writes element i (Python indexing).
func (a DynArray[T]) Set(i int, v T) error {
	i, err := a.mapIndex(i)
	if err != nil {
		return err
	}
	l, err := a.elem(i)
	if err != nil {
		return err
	}
	return a.Item.Set(l, v)
}

// Append writes the new length, then the element.
func (a DynArray[T]) Append(v T) error {
	n, err := a.Len()
	if err != nil {
		return err
	}
	if err := a.setLen(n + 1); err != nil {
		return err
	}
	l, err := a.elem(n)
	if err != nil {
		return err
	}
	return a.Item.Set(l, v)
}

// AppendNewGet grows the array by one and returns the new element as it is
// in storage (not cleared: stale bytes of a popped element show through).
func (a DynArray[T]) AppendNewGet() (T, error) {
	var zero T
	n, err := a.Len()
	if err != nil {
		return zero, err
	}
	if err := a.setLen(n + 1); err != nil {
		return zero, err
	}
	l, err := a.elem(n)
	if err != nil {
		return zero, err
	}
	return a.Item.Get(l)
}

// Pop decrements the length (it returns nothing; element bytes remain).
func (a DynArray[T]) Pop() error {
	n, err := a.Len()
	if err != nil {
		return err
	}
	if n == 0 {
		return &PyError{"Exception", "can't pop from empty array"}
	}
	return a.setLen(n - 1)
}

// Clear sets the length to 0.
func (a DynArray[T]) Clear() error { return a.setLen(0) }

// Insert inserts v before index i. As in the SDK, i must be a valid index
// of the current array (inserting at Len is an IndexError).
func (a DynArray[T]) Insert(i int, v T) error {
	i, err := a.mapIndex(i)
	if err != nil {
		return err
	}
	n, err := a.Len()
	if err != nil {
		return err
	}
	if err := a.setLen(n + 1); err != nil {
		return err
	}
	for j := n; j > i; j-- {
		x, err := a.Get(j - 1)
		if err != nil {
			return err
		}
		if err := a.Set(j, x); err != nil {
			return err
		}
	}
	return a.Set(i, v)
}

// Assign replaces the contents with vs: the length, then every element (the
// SDK's assignment of a list to a DynArray field).
func (a DynArray[T]) Assign(vs []T) error {
	if err := a.setLen(len(vs)); err != nil {
		return err
	}
	for i, v := range vs {
		l, err := a.elem(i)
		if err != nil {
			return err
		}
		if err := a.Item.Set(l, v); err != nil {
			return err
		}
	}
	return nil
}

// Extend appends every element of vs.
func (a DynArray[T]) Extend(vs []T) error {
	for _, v := range vs {
		if err := a.Append(v); err != nil {
			return err
		}
	}
	return nil
}

// Each calls fn for every element in index order.
func (a DynArray[T]) Each(fn func(i int, v T) error) error {
	n, err := a.Len()
	if err != nil {
		return err
	}
	for i := range n {
		l, err := a.elem(i)
		if err != nil {
			return err
		}
		v, err := a.Item.Get(l)
		if err != nil {
			return err
		}
		if err := fn(i, v); err != nil {
			return err
		}
	}
	return nil
}

// Slice is a Python slice; nil fields are omitted (a[::2] is
// Slice{Step: &two}).
type Slice struct{ Start, Stop, Step *int }

// Indices is Python's slice.indices(length).
func (s Slice) Indices(length int) (start, stop, step int, err error) {
	step = 1
	if s.Step != nil {
		step = *s.Step
		if step == 0 {
			return 0, 0, 0, &PyError{"ValueError", "slice step cannot be zero"}
		}
	}
	lower, upper := 0, length
	if step < 0 {
		lower, upper = -1, length-1
	}
	clamp := func(p *int, dflt int) int {
		if p == nil {
			return dflt
		}
		v := *p
		if v < 0 {
			v += length
			if v < lower {
				v = lower
			}
		} else if v > upper {
			v = upper
		}
		return v
	}
	if step < 0 {
		return clamp(s.Start, upper), clamp(s.Stop, lower), step, nil
	}
	return clamp(s.Start, lower), clamp(s.Stop, upper), step, nil
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// sliceToIdx is the SDK's DynArray._slice_to_idx: a forward
// (start, stop, step) covering the same elements.
func (a DynArray[T]) sliceToIdx(s Slice) (int, int, int, error) {
	n, err := a.Len()
	if err != nil {
		return 0, 0, 0, err
	}
	start, stop, step, err := s.Indices(n)
	if err != nil {
		return 0, 0, 0, err
	}
	if step < 0 {
		step = -step
		start, stop = stop, start
		start = stop - floorDiv(stop-start-1, step)*step
		stop++
	}
	return start, stop, step, nil
}

// GetSlice reads a[s] as a list.
func (a DynArray[T]) GetSlice(s Slice) ([]T, error) {
	n, err := a.Len()
	if err != nil {
		return nil, err
	}
	start, stop, step, err := s.Indices(n)
	if err != nil {
		return nil, err
	}
	sign := 1
	if step < 0 {
		sign = -1
	}
	var out []T
	for start*sign < stop*sign {
		v, err := a.Get(start)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		start += step
	}
	return out, nil
}

// Delete removes element i (Python indexing).
func (a DynArray[T]) Delete(i int) error {
	i, err := a.mapIndex(i)
	if err != nil {
		return err
	}
	return a.deleteRange(i, i+1, 1)
}

// DeleteSlice is del a[s].
func (a DynArray[T]) DeleteSlice(s Slice) error {
	start, stop, step, err := a.sliceToIdx(s)
	if err != nil {
		return err
	}
	return a.deleteRange(start, stop, step)
}

func (a DynArray[T]) deleteRange(start, stop, step int) error {
	if stop <= start {
		return nil
	}
	n, err := a.Len()
	if err != nil {
		return err
	}
	next, ins := start, start
	for i := start; i < n; i++ {
		if i == next {
			next = i + step
			if next >= stop {
				next = -1
			}
			continue
		}
		v, err := a.Get(i)
		if err != nil {
			return err
		}
		if err := a.Set(ins, v); err != nil {
			return err
		}
		ins++
	}
	return a.setLen(ins)
}

// SetSlice is a[s] = vs, with the SDK's algorithm. It agrees with list
// assignment for step-1 slices with start <= stop and for deletions, but
// not always otherwise, and those differences are kept: an extended slice
// may take a different number of values; a[5:6:2]-like ranges count
// (stop-start)//step elements (a[:3:-2] = [x] on 6 elements inserts x before
// the last one); a[4:2] = [x] shifts elements and then fails with
// StopIteration.
func (a DynArray[T]) SetSlice(s Slice, vs []T) error {
	start, stop, step, err := a.sliceToIdx(s)
	if err != nil {
		return err
	}
	newVals := vs
	if s.Step != nil && *s.Step < 0 {
		newVals = make([]T, len(vs))
		for i, v := range vs {
			newVals[len(vs)-1-i] = v
		}
	}
	leftNew := len(newVals)
	leftRange := floorDiv(stop-start, step)
	it := 0
	common := min(leftNew, leftRange)
	for i := 0; i < common; i++ {
		if it >= len(newVals) {
			return stopIteration()
		}
		if err := a.Set(start+i*step, newVals[it]); err != nil {
			return err
		}
		it++
	}
	start += common
	leftRange -= common
	leftNew -= common
	if leftRange > 0 {
		st, sp, stp := start, stop, step
		return a.DeleteSlice(Slice{&st, &sp, &stp})
	}
	if leftNew > 0 {
		n, err := a.Len()
		if err != nil {
			return err
		}
		for i := n - 1; i > start-1; i-- {
			v, err := a.Get(i)
			if err != nil {
				return err
			}
			l, err := a.elem(i + leftNew)
			if err != nil {
				return err
			}
			if err := a.Item.Set(l, v); err != nil {
				return err
			}
		}
		for i := 0; i < leftNew; i++ {
			if it >= len(newVals) {
				return stopIteration()
			}
			l, err := a.elem(start + i)
			if err != nil {
				return err
			}
			if err := a.Item.Set(l, newVals[it]); err != nil {
				return err
			}
			it++
		}
		return a.setLen(n + leftNew)
	}
	return nil
}

// DynArrayDesc describes DynArray[T]: 4 bytes in place.
type DynArrayDesc[T any] struct{ Item Desc[T] }

func (DynArrayDesc[T]) Size() uint32 { return 4 }
func (DynArrayDesc[T]) Plain() bool  { return false }

func (d DynArrayDesc[T]) Get(l Loc) (DynArray[T], error) { return DynArray[T]{l, d.Item}, nil }

// Set copies another DynArray's contents here.
func (d DynArrayDesc[T]) Set(l Loc, v DynArray[T]) error { return d.Copy(v.Loc, l) }

// Copy is the SDK's _DynArrayDesc.copy: the length, then one block copy of
// the elements when they are plain, else element-wise copies.
func (d DynArrayDesc[T]) Copy(from, to Loc) error {
	n, err := U32.Get(from)
	if err != nil {
		return err
	}
	if err := U32.Set(to, n); err != nil {
		return err
	}
	fi, ti := from.Indirect(), to.Indirect()
	size := d.Item.Size()
	if d.Item.Plain() {
		total := uint64(size) * n
		if total > 1<<32 {
			return ErrOutOfRange
		}
		buf := make([]byte, total)
		if err := fi.read(buf); err != nil {
			return err
		}
		return ti.write(buf)
	}
	for i := range int(n) {
		f, err := fi.atIndex(i, size)
		if err != nil {
			return err
		}
		t, err := ti.atIndex(i, size)
		if err != nil {
			return err
		}
		if err := d.Item.Copy(f, t); err != nil {
			return err
		}
	}
	return nil
}

// Array is a view of a fixed-size inline array (the SDK's Array[T, N]).
type Array[T any] struct {
	Loc  Loc
	Item Desc[T]
	N    int
}

// Len is N.
func (a Array[T]) Len() int { return a.N }

func (a Array[T]) index(i int) (Loc, error) {
	if i < 0 {
		i += a.N
	}
	if i < 0 || i >= a.N {
		return Loc{}, indexErr("index out of range %d not in 0..<%d", i, a.N)
	}
	return a.Loc.atIndex(i, a.Item.Size())
}

// Get reads element i (Python indexing).
func (a Array[T]) Get(i int) (T, error) {
	l, err := a.index(i)
	if err != nil {
		var zero T
		return zero, err
	}
	return a.Item.Get(l)
}

// Set writes element i (Python indexing).
func (a Array[T]) Set(i int, v T) error {
	l, err := a.index(i)
	if err != nil {
		return err
	}
	return a.Item.Set(l, v)
}

// ArrayDesc describes Array[T, N]: N elements inline.
type ArrayDesc[T any] struct {
	Item Desc[T]
	N    int
}

func (d ArrayDesc[T]) Size() uint32 { return d.Item.Size() * uint32(d.N) }
func (d ArrayDesc[T]) Plain() bool  { return d.Item.Plain() }

func (d ArrayDesc[T]) Get(l Loc) (Array[T], error) { return Array[T]{l, d.Item, d.N}, nil }

func (d ArrayDesc[T]) Set(l Loc, v Array[T]) error { return d.Copy(v.Loc, l) }

// Assign writes the N elements of vs (a list assigned to an Array field).
func (d ArrayDesc[T]) Assign(l Loc, vs []T) error {
	if len(vs) != d.N {
		return &PyError{"AssertionError", ""}
	}
	for i, v := range vs {
		if err := d.Item.Set(l.At(uint32(i)*d.Item.Size()), v); err != nil {
			return err
		}
	}
	return nil
}

func (d ArrayDesc[T]) Copy(from, to Loc) error {
	if d.Item.Plain() {
		return memcpy(from, to, d.Size())
	}
	size := d.Item.Size()
	for i := range d.N {
		if err := d.Item.Copy(from.At(uint32(i)*size), to.At(uint32(i)*size)); err != nil {
			return err
		}
	}
	return nil
}

func stopIteration() error { return &PyError{"StopIteration", ""} }

// Reverse is MutableSequence.reverse as the SDK inherits it: for each pair,
// both elements are read, then a[i] and a[n-1-i] are assigned in that order.
// For view element types (records, arrays) the first read is a view of
// a[n-1-i], so both ends end up equal, exactly as in the SDK.
func (a DynArray[T]) Reverse() error {
	n, err := a.Len()
	if err != nil {
		return err
	}
	for i := range n / 2 {
		x, err := a.Get(n - i - 1)
		if err != nil {
			return err
		}
		y, err := a.Get(i)
		if err != nil {
			return err
		}
		if err := a.Set(i, x); err != nil {
			return err
		}
		if err := a.Set(n-i-1, y); err != nil {
			return err
		}
	}
	return nil
}

// Slice returns the view a[s] (the SDK supports only step 1 here; another
// step is KeyError('negative step is not supported')).
func (a Array[T]) Slice(s Slice) (Array[T], error) {
	start, stop, step, err := s.Indices(a.N)
	if err != nil {
		return Array[T]{}, err
	}
	if step != 1 {
		return Array[T]{}, &PyError{"KeyError", "negative step is not supported"}
	}
	l, err := a.Loc.atIndex(start, a.Item.Size())
	if err != nil {
		return Array[T]{}, err
	}
	return Array[T]{l, a.Item, max(stop-start, 0)}, nil
}
