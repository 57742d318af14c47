package rt

import (
	"math"
	"strconv"
)

// Slice is a Python slice object. Start, Stop and Step hold the values given
// to slice() (None when omitted); they are never nil.
type Slice struct {
	Start, Stop, Step Value
}

// NewSlice returns slice(start, stop, step); nil arguments mean None.
func NewSlice(start, stop, step Value) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	return &Slice{Start: start, Stop: stop, Step: step}
}

// Class returns slice.
func (*Slice) Class() *Class { return SliceType }

const (
	maxSsize = math.MaxInt64
	minSsize = math.MinInt64
)

// indexValue converts v with __index__ semantics (int, bool, or a class with
// an Index slot); ok is false when v has none.
func indexValue(v Value) (Int, bool) {
	switch x := v.(type) {
	case Int:
		return x, true
	case bool:
		if x {
			return Int{small: 1}, true
		}
		return Int{}, true
	case string, float64, NoneType:
		return Int{}, false
	}
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Index != nil {
			return m.Slots.Index(v), true
		}
	}
	return Int{}, false
}

// clampSsize converts an Int to int64, clamping like _PyEval_SliceIndex.
func clampSsize(x Int) int64 {
	if x.big == nil {
		return x.small
	}
	if x.big.Sign() < 0 {
		return minSsize
	}
	return maxSsize
}

func sliceIndexArg(v Value) int64 {
	x, ok := indexValue(v)
	if !ok {
		Raise(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return clampSsize(x)
}

// SliceUnpack is PySlice_Unpack: it converts the slice arguments to Go
// integers (None meaning the default for the step's direction), clamping huge
// values, and raises ValueError for a zero step.
func SliceUnpack(start, stop, step Value) (lo, hi, st int64) {
	st = 1
	if step != nil && step != None {
		st = sliceIndexArg(step)
		if st == 0 {
			Raise(ValueError, "slice step cannot be zero")
		}
		if st < -maxSsize {
			st = -maxSsize
		}
	}
	if start == nil || start == None {
		if st < 0 {
			lo = maxSsize
		} else {
			lo = 0
		}
	} else {
		lo = sliceIndexArg(start)
	}
	if stop == nil || stop == None {
		if st < 0 {
			hi = minSsize
		} else {
			hi = maxSsize
		}
	} else {
		hi = sliceIndexArg(stop)
	}
	return
}

// SliceAdjust is PySlice_AdjustIndices: it clips lo and hi to a sequence of
// the given length and returns them with the number of selected items.
func SliceAdjust(length int, lo, hi, step int64) (int, int, int) {
	n := int64(length)
	if lo < 0 {
		lo += n
		if lo < 0 {
			if step < 0 {
				lo = -1
			} else {
				lo = 0
			}
		}
	} else if lo >= n {
		if step < 0 {
			lo = n - 1
		} else {
			lo = n
		}
	}
	if hi < 0 {
		hi += n
		if hi < 0 {
			if step < 0 {
				hi = -1
			} else {
				hi = 0
			}
		}
	} else if hi >= n {
		if step < 0 {
			hi = n - 1
		} else {
			hi = n
		}
	}
	var cnt int64
	if step < 0 {
		if hi < lo {
			cnt = (lo-hi-1)/(-step) + 1
		}
	} else if lo < hi {
		cnt = (hi-lo-1)/step + 1
	}
	return int(lo), int(hi), int(cnt)
}

// SliceIndices normalises slice arguments for a sequence of the given length
// exactly as CPython's sequence slicing does: it returns the first index, the
// stop index, the step and the number of selected items. Item k of the slice
// is at lo + k*step. It raises TypeError for non-integer bounds and ValueError
// for a zero step.
func SliceIndices(start, stop, step Value, length int) (lo, hi, st, n int) {
	l, h, s := SliceUnpack(start, stop, step)
	lo, hi, n = SliceAdjust(length, l, h, s)
	return lo, hi, int(s), n
}

// Indices is SliceIndices for the slice's own arguments.
func (s *Slice) Indices(length int) (lo, hi, step, n int) {
	return SliceIndices(s.Start, s.Stop, s.Step, length)
}

// sliceIndicesMethod implements slice.indices(length) on arbitrary ints.
func sliceIndicesMethod(s *Slice, length Value) *Tuple {
	ln, ok := indexValue(length)
	if !ok {
		Raisef(TypeError, "'", typeName(length), "' object cannot be interpreted as an integer")
	}
	if ln.Sign() < 0 {
		Raise(ValueError, "length should not be negative")
	}
	if ln.big != nil {
		Raise(OverflowError, "Python int too large to convert to C ssize_t")
	}
	// Step first, as CPython.
	st := int64(1)
	if s.Step != None {
		st = sliceIndexArg(s.Step)
		if st == 0 {
			Raise(ValueError, "slice step cannot be zero")
		}
	}
	lo, hi, step := SliceUnpack(s.Start, s.Stop, s.Step)
	l, h, _ := SliceAdjust(int(ln.small), lo, hi, step)
	if st < 0 && s.Start == None {
		l = int(ln.small) - 1
	}
	return NewTuple(Int{small: int64(l)}, Int{small: int64(h)}, Int{small: step})
}

func sliceTuple(s *Slice) *Tuple { return NewTuple(s.Start, s.Stop, s.Step) }

func init() {
	c := SliceType
	SetConstructor(c, func(args []Value, kwargs []KW) Value {
		NoKwargs("slice", kwargs)
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None)
		case 2:
			return NewSlice(args[0], args[1], None)
		case 3:
			return NewSlice(args[0], args[1], args[2])
		case 0:
			Raise(TypeError, "slice expected at least 1 argument, got 0")
		}
		Raisef(TypeError, "slice expected at most 3 arguments, got ", strconv.Itoa(len(args)))
		return nil
	})
	c.Slots.Repr = func(v Value) string {
		s := v.(*Slice)
		return "slice(" + Repr(s.Start) + ", " + Repr(s.Stop) + ", " + Repr(s.Step) + ")"
	}
	c.Slots.Compare = func(op CompareOp, a, b Value) Value {
		x, ok1 := a.(*Slice)
		y, ok2 := b.(*Slice)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		return seqCompare(op, sliceTuple(x).Items, sliceTuple(y).Items)
	}
	c.Slots.Hash = func(v Value) int64 { return Hash(sliceTuple(v.(*Slice))) }
	c.Slots.GetAttr = func(v Value, name string) (Value, bool) {
		s := v.(*Slice)
		switch name {
		case "start":
			return s.Start, true
		case "stop":
			return s.Stop, true
		case "step":
			return s.Step, true
		}
		return nil, false
	}
	c.AddMethod("indices", func(self Value, args []Value, kwargs []KW) Value {
		NoKwargs("slice.indices", kwargs)
		if len(args) != 1 {
			Raisef(TypeError, "slice.indices() takes exactly one argument (", strconv.Itoa(len(args)), " given)")
		}
		return sliceIndicesMethod(self.(*Slice), args[0])
	})
}
