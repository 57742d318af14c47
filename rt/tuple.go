package rt

import "strconv"

// EmptyTuple is the shared empty tuple.
var EmptyTuple = &Tuple{}

// NewTuple returns a tuple of the given items; it takes ownership of a slice
// passed as items....
func NewTuple(items ...Value) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{Items: items}
}

// Len returns len(t).
func (t *Tuple) Len() int { return len(t.Items) }

// Get returns t[i] with Python's negative indexing, raising IndexError.
func (t *Tuple) Get(i int) Value {
	n := len(t.Items)
	if i < 0 {
		i += n
	}
	if uint(i) >= uint(n) {
		Raise(IndexError, "tuple index out of range")
	}
	return t.Items[i]
}

func tupleGetItem(t *Tuple, key Value) Value {
	if i, ok := seqIndexKey(key); ok {
		return t.Get(i)
	}
	if s, ok := key.(*Slice); ok {
		lo, _, st, n := s.Indices(len(t.Items))
		if st == 1 && n == len(t.Items) {
			return t
		}
		ChargeItems(n)
		out := make([]Value, n)
		for k := range n {
			out[k] = t.Items[lo+k*st]
		}
		return NewTuple(out...)
	}
	Raisef(TypeError, "tuple indices must be integers or slices, not ", typeName(key))
	return nil
}

func tupleReprSlot(v Value) string {
	t := v.(*Tuple)
	if len(t.Items) > 0 {
		nestEnter(reprNestLimit, " while getting the repr of an object")
		defer nestLeave()
	}
	switch len(t.Items) {
	case 0:
		return "()"
	case 1:
		if ReprEnter(t) {
			return "(...)"
		}
		defer ReprLeave()
		return "(" + Repr(t.Items[0]) + ",)"
	}
	if ReprEnter(t) {
		return "(...)"
	}
	defer ReprLeave()
	return seqRepr("(", t.Items, ")")
}

func tupleBinary(op BinaryOp, a, b Value) Value {
	switch op {
	case OpAdd:
		x, ok := a.(*Tuple)
		if !ok {
			return NotImplemented
		}
		y, ok := b.(*Tuple)
		if !ok {
			if isUserClass(b) {
				return NotImplemented
			}
			Raisef(TypeError, "can only concatenate tuple (not \"", typeName(b), "\") to tuple")
		}
		if len(y.Items) == 0 {
			return x
		}
		if len(x.Items) == 0 {
			return y
		}
		ChargeItems(len(x.Items) + len(y.Items))
		out := make([]Value, 0, len(x.Items)+len(y.Items))
		out = append(append(out, x.Items...), y.Items...)
		return &Tuple{Items: out}
	case OpMul:
		t, n := a, b
		if _, ok := a.(*Tuple); !ok {
			t, n = b, a
		}
		cnt, ok := repeatCount(n)
		if !ok {
			if isUserClass(n) {
				return NotImplemented
			}
			cantMultiply(n)
		}
		if cnt == 1 {
			return t
		}
		return NewTuple(repeatItems(t.(*Tuple).Items, cnt)...)
	}
	return NotImplemented
}

// newTupleFrom is tuple(iterable).
func newTupleFrom(args []Value, kwargs []KW) Value {
	if len(kwargs) > 0 {
		Raise(TypeError, "tuple() takes no keyword arguments")
	}
	if len(args) > 1 {
		Raisef(TypeError, "tuple expected at most 1 argument, got ", strconv.Itoa(len(args)))
	}
	if len(args) == 0 {
		return EmptyTuple
	}
	if t, ok := args[0].(*Tuple); ok {
		return t
	}
	return NewTuple(IterToSlice(args[0])...)
}

func init() {
	c := TupleType
	SetConstructor(c, newTupleFrom)
	c.Slots.Repr = tupleReprSlot
	c.Slots.Len = func(v Value) int { return len(v.(*Tuple).Items) }
	c.Slots.Compare = func(op CompareOp, a, b Value) Value {
		x, ok1 := a.(*Tuple)
		y, ok2 := b.(*Tuple)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		return seqCompare(op, x.Items, y.Items)
	}
	c.Slots.Hash = func(v Value) int64 { return HashTuple(v.(*Tuple).Items) }
	c.Slots.Binary = tupleBinary
	c.Slots.GetItem = func(v, key Value) Value { return tupleGetItem(v.(*Tuple), key) }
	c.Slots.Contains = func(v, x Value) bool {
		for _, it := range v.(*Tuple).Items {
			if itemEq(it, x) {
				return true
			}
		}
		return false
	}
	c.Slots.Iter = func(v Value) Iterator { return &TupleIter{t: v.(*Tuple)} }
	c.AddMethod("index", func(self Value, args []Value, kwargs []KW) Value {
		methArgRange("tuple.index", args, kwargs, 1, 3)
		t := self.(*Tuple)
		lo, hi := seqFindRange(args, len(t.Items))
		for i := lo; i < hi && i < len(t.Items); i++ {
			if itemEq(t.Items[i], args[0]) {
				return Int{small: int64(i)}
			}
		}
		Raise(ValueError, "tuple.index(x): x not in tuple")
		return nil
	})
	c.AddMethod("count", func(self Value, args []Value, kwargs []KW) Value {
		x := methArg1("tuple.count", args, kwargs)
		n := 0
		for _, it := range self.(*Tuple).Items {
			if itemEq(it, x) {
				n++
			}
		}
		return Int{small: int64(n)}
	})
}

// Slice returns t[start:stop:step] (nil or None for an omitted bound).
func (t *Tuple) Slice(start, stop, step Value) *Tuple {
	lo, _, st, n := SliceIndices(start, stop, step, len(t.Items))
	if st == 1 && n == len(t.Items) {
		return t
	}
	ChargeItems(n)
	out := make([]Value, n)
	for k := range n {
		out[k] = t.Items[lo+k*st]
	}
	return NewTuple(out...)
}
