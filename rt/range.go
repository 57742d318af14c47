package rt

import "strconv"

// Range is a Python range object. Its fields are fixed at construction.
//
// Invariant: step != 0 and length == len(range(start, stop, step)) ≥ 0.
type Range struct {
	start, stop, step Int
	length            Int
}

// NewRange returns range(start, stop, step), raising ValueError for a zero step.
func NewRange(start, stop, step Int) *Range {
	if step.Sign() == 0 {
		Raise(ValueError, "range() arg 3 must not be zero")
	}
	return &Range{start: start, stop: stop, step: step, length: rangeLen(start, stop, step)}
}

// RangeN returns range(n).
func RangeN(n int64) *Range { return NewRange(Int{}, Int{small: n}, Int{small: 1}) }

// Class returns range.
func (*Range) Class() *Class { return RangeType }

// Start, Stop and Step return the range's attributes.
func (r *Range) Start() Int { return r.start }

// Stop returns r.stop.
func (r *Range) Stop() Int { return r.stop }

// Step returns r.step.
func (r *Range) Step() Int { return r.step }

// Length returns len(r) as an Int (it may exceed int64).
func (r *Range) Length() Int { return r.length }

func rangeLen(lo, hi, step Int) Int {
	if lo.big == nil && hi.big == nil && step.big == nil {
		l, h, s := lo.small, hi.small, step.small
		if s > 0 && l < h {
			d := uint64(h) - uint64(l) - 1
			n := d/uint64(s) + 1
			if n <= maxSsize {
				return Int{small: int64(n)}
			}
		} else if s < 0 && l > h {
			d := uint64(l) - uint64(h) - 1
			n := d/(-uint64(s)) + 1
			if s == minSsize {
				n = d/(1<<63) + 1
			}
			if n <= maxSsize {
				return Int{small: int64(n)}
			}
		} else {
			return Int{}
		}
	}
	one := Int{small: 1}
	if step.Sign() > 0 {
		if lo.Cmp(hi) >= 0 {
			return Int{}
		}
		return hi.Sub(one).Sub(lo).FloorDiv(step).Add(one)
	}
	if lo.Cmp(hi) <= 0 {
		return Int{}
	}
	return lo.Sub(one).Sub(hi).FloorDiv(step.Neg()).Add(one)
}

// Len returns len(r), raising OverflowError if it does not fit.
func (r *Range) Len() int {
	if r.length.big != nil {
		Raise(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(r.length.small)
}

// item returns r[i] for 0 <= i < len(r).
func (r *Range) item(i Int) Int {
	if i.big == nil && r.start.big == nil && r.step.big == nil {
		if p, ok := mul64(i.small, r.step.small); ok {
			if s := r.start.small + p; (p >= 0) == (s >= r.start.small) {
				return Int{small: s}
			}
		}
	}
	return r.start.Add(i.Mul(r.step))
}

func rangeGetItem(r *Range, key Value) Value {
	if s, ok := key.(*Slice); ok {
		if r.length.big != nil {
			Raise(OverflowError, "Python int too large to convert to C ssize_t")
		}
		lo, hi, st, _ := s.Indices(int(r.length.small))
		stride := r.step.Mul(Int{small: int64(st)})
		return NewRange(r.item(Int{small: int64(lo)}), r.item(Int{small: int64(hi)}), stride)
	}
	i, ok := indexValue(key)
	if !ok {
		Raisef(TypeError, "range indices must be integers or slices, not ", typeName(key))
	}
	if i.Sign() < 0 {
		i = i.Add(r.length)
	}
	if i.Sign() < 0 || i.Cmp(r.length) >= 0 {
		Raise(IndexError, "range object index out of range")
	}
	return r.item(i)
}

// ContainsInt reports whether x is an element of r.
func (r *Range) ContainsInt(x Int) bool {
	if r.length.IsZero() {
		return false
	}
	if r.step.Sign() > 0 {
		if x.Cmp(r.start) < 0 || x.Cmp(r.stop) >= 0 {
			return false
		}
	} else if x.Cmp(r.start) > 0 || x.Cmp(r.stop) <= 0 {
		return false
	}
	return x.Sub(r.start).Mod(r.step).IsZero()
}

func rangeContains(r *Range, x Value) bool {
	switch v := x.(type) {
	case Int:
		return r.ContainsInt(v)
	case bool:
		i, _ := indexValue(v)
		return r.ContainsInt(i)
	}
	it := r.iter()
	for {
		y, ok := it.Next()
		if !ok {
			return false
		}
		if itemEq(y, x) {
			return true
		}
	}
}

func (r *Range) iter() Iterator {
	return &RangeIter{next: r.start, step: r.step, left: r.length}
}

func (r *Range) reversedIter() Value {
	if r.length.IsZero() {
		return &RangeIter{step: r.step.Neg()}
	}
	last := r.item(r.length.Sub(Int{small: 1}))
	return &RangeIter{next: last, step: r.step.Neg(), left: r.length}
}

// RangeIter iterates a range.
type RangeIter struct {
	next, step, left Int
}

// Class returns range_iterator.
func (*RangeIter) Class() *Class { return RangeIterType }

// Next implements Iterator.
func (it *RangeIter) Next() (Value, bool) {
	if it.left.big == nil {
		if it.left.small <= 0 {
			return nil, false
		}
		it.left.small--
	} else {
		it.left = it.left.Sub(Int{small: 1})
	}
	v := it.next
	if v.big == nil && it.step.big == nil {
		s := v.small + it.step.small
		if (it.step.small >= 0) == (s >= v.small) {
			it.next.small = s
			return v, true
		}
	}
	it.next = v.Add(it.step)
	return v, true
}

func rangeEqual(a, b *Range) bool {
	if a == b {
		return true
	}
	if !a.length.Equal(b.length) {
		return false
	}
	if a.length.IsZero() {
		return true
	}
	if !a.start.Equal(b.start) {
		return false
	}
	if a.length.Equal(Int{small: 1}) {
		return true
	}
	return a.step.Equal(b.step)
}

func rangeArg(v Value) Int {
	i, ok := indexValue(v)
	if !ok {
		Raisef(TypeError, "'", typeName(v), "' object cannot be interpreted as an integer")
	}
	return i
}

// NewRangeFrom is range(*args) with CPython's argument handling.
func NewRangeFrom(args []Value, kwargs []KW) Value {
	if len(kwargs) > 0 {
		Raise(TypeError, "range() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		Raise(TypeError, "range expected at least 1 argument, got 0")
	case 1:
		return NewRange(Int{}, rangeArg(args[0]), Int{small: 1})
	case 2:
		return NewRange(rangeArg(args[0]), rangeArg(args[1]), Int{small: 1})
	case 3:
		return NewRange(rangeArg(args[0]), rangeArg(args[1]), rangeArg(args[2]))
	}
	Raisef(TypeError, "range expected at most 3 arguments, got ", strconv.Itoa(len(args)))
	return nil
}

func init() {
	c := RangeType
	SetConstructor(c, NewRangeFrom)
	c.Slots.Repr = func(v Value) string {
		r := v.(*Range)
		s := "range(" + Repr(r.start) + ", " + Repr(r.stop)
		if !(r.step.big == nil && r.step.small == 1) {
			s += ", " + Repr(r.step)
		}
		return s + ")"
	}
	c.Slots.Len = func(v Value) int { return v.(*Range).Len() }
	c.Slots.Bool = func(v Value) bool { return !v.(*Range).length.IsZero() }
	c.Slots.Compare = func(op CompareOp, a, b Value) Value {
		x, ok1 := a.(*Range)
		y, ok2 := b.(*Range)
		if !ok1 || !ok2 || (op != OpEQ && op != OpNE) {
			return NotImplemented
		}
		return rangeEqual(x, y) == (op == OpEQ)
	}
	c.Slots.Hash = func(v Value) int64 {
		r := v.(*Range)
		switch {
		case r.length.IsZero():
			return HashTuple([]Value{r.length, None, None})
		case r.length.Equal(Int{small: 1}):
			return HashTuple([]Value{r.length, r.start, None})
		}
		return HashTuple([]Value{r.length, r.start, r.step})
	}
	c.Slots.GetItem = func(v, key Value) Value { return rangeGetItem(v.(*Range), key) }
	c.Slots.Contains = func(v, x Value) bool { return rangeContains(v.(*Range), x) }
	c.Slots.Iter = func(v Value) Iterator { return v.(*Range).iter() }
	c.Slots.GetAttr = func(v Value, name string) (Value, bool) {
		r := v.(*Range)
		switch name {
		case "start":
			return r.start, true
		case "stop":
			return r.stop, true
		case "step":
			return r.step, true
		}
		return nil, false
	}
	c.AddMethod("index", func(self Value, args []Value, kwargs []KW) Value {
		x := methArg1("range.index", args, kwargs)
		r := self.(*Range)
		switch v := x.(type) {
		case Int, bool:
			i, _ := indexValue(v)
			if !r.ContainsInt(i) {
				Raisef(ValueError, Repr(x), " is not in range")
			}
			return i.Sub(r.start).FloorDiv(r.step)
		}
		it := r.iter()
		for n := int64(0); ; n++ {
			y, ok := it.Next()
			if !ok {
				Raise(ValueError, "sequence.index(x): x not in sequence")
			}
			if itemEq(y, x) {
				return Int{small: n}
			}
		}
	})
	c.AddMethod("count", func(self Value, args []Value, kwargs []KW) Value {
		x := methArg1("range.count", args, kwargs)
		r := self.(*Range)
		switch v := x.(type) {
		case Int, bool:
			i, _ := indexValue(v)
			if r.ContainsInt(i) {
				return Int{small: 1}
			}
			return Int{}
		}
		n := int64(0)
		it := r.iter()
		for {
			y, ok := it.Next()
			if !ok {
				return Int{small: n}
			}
			if itemEq(y, x) {
				n++
			}
		}
	})
	c.AddMethod("__reversed__", func(self Value, args []Value, kwargs []KW) Value {
		return self.(*Range).reversedIter()
	})
}
