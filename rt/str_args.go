package rt

import (
	"math"
	"strconv"
)

// Argument helpers shared by the str, bytes and bytearray methods. They
// reproduce the messages CPython's method implementations raise.

// txNoArgs checks a METH_NOARGS method: "str.upper() takes no arguments (1 given)".
func txNoArgs(qual string, args []Value, kwargs []KW) {
	if len(kwargs) > 0 {
		Raisef(TypeError, qual, "() takes no keyword arguments")
	}
	if len(args) > 0 {
		Raisef(TypeError, qual, "() takes no arguments (", strconv.Itoa(len(args)), " given)")
	}
}

// txOneArg checks a METH_O method: "str.zfill() takes exactly one argument (0 given)".
func txOneArg(qual string, args []Value, kwargs []KW) Value {
	if len(kwargs) > 0 {
		Raisef(TypeError, qual, "() takes no keyword arguments")
	}
	if len(args) != 1 {
		Raisef(TypeError, qual, "() takes exactly one argument (", strconv.Itoa(len(args)), " given)")
	}
	return args[0]
}

// txPosArgs checks a positional-only FASTCALL method's arity:
// "find expected at least 1 argument, got 0".
func txPosArgs(tp, name string, args []Value, kwargs []KW, min, max int) {
	if len(kwargs) > 0 {
		Raisef(TypeError, tp, ".", name, "() takes no keyword arguments")
	}
	exact := ""
	if min != max {
		exact = "at least "
	}
	if len(args) < min {
		Raisef(TypeError, name, " expected ", exact, txPlural(min, "argument"), ", got ", strconv.Itoa(len(args)))
	}
	if min != max {
		exact = "at most "
	}
	if len(args) > max {
		Raisef(TypeError, name, " expected ", exact, txPlural(max, "argument"), ", got ", strconv.Itoa(len(args)))
	}
}

func txPlural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// txIntArg returns the int value of v (an int, bool or object with __index__)
// and whether it has one.
func txIntArg(v Value) (Int, bool) {
	switch x := v.(type) {
	case Int:
		return x, true
	case bool:
		if x {
			return Int{small: 1}, true
		}
		return Int{}, true
	case Object:
		for _, m := range x.Class().MRO {
			if m.Slots.Index != nil {
				return m.Slots.Index(v), true
			}
		}
	}
	return Int{}, false
}

// txSsizeArg converts an integer argument to a Go int as PyNumber_AsSsize_t
// with OverflowError: "'str' object cannot be interpreted as an integer",
// "Python int too large to convert to C ssize_t".
func txSsizeArg(v Value) int {
	i, ok := txIntArg(v)
	if !ok {
		Raisef(TypeError, "'", typeName(v), "' object cannot be interpreted as an integer")
	}
	if i.big != nil {
		Raise(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(i.small)
}

// txClampedIndex converts v to a Go int, clamping huge values (PyNumber_AsSsize_t
// with a NULL exception), for slice bounds.
func txClampedIndex(v Value) (int, bool) {
	i, ok := txIntArg(v)
	if !ok {
		return 0, false
	}
	if i.big != nil {
		if i.big.Sign() < 0 {
			return math.MinInt64, true
		}
		return math.MaxInt64, true
	}
	return int(i.small), true
}

// txSliceArg converts an optional start/end argument of find, count,
// startswith, ...: None or an integer, clamped.
func txSliceArg(v Value, def int) int {
	if v == nil || v == None {
		return def
	}
	i, ok := txClampedIndex(v)
	if !ok {
		Raise(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return i
}

// txAdjustIndices clamps start and end to [0, n] as Python's ADJUST_INDICES.
func txAdjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// txSliceIndices normalises slice bounds (None or integers) for a sequence of
// length n as PySlice_GetIndicesEx: it returns the start, stop, step and the
// number of selected items.
func txSliceIndices(start, stop, step Value, n int) (lo, hi, st, cnt int) {
	st = 1
	if step != nil && step != None {
		var ok bool
		st, ok = txClampedIndex(step)
		if !ok {
			Raise(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		if st == 0 {
			Raise(ValueError, "slice step cannot be zero")
		}
		if st < -math.MaxInt64 {
			st = -math.MaxInt64
		}
	}
	var defStart, defStop int
	if st < 0 {
		defStart, defStop = math.MaxInt64, math.MinInt64
	} else {
		defStart, defStop = 0, math.MaxInt64
	}
	lo = txSliceBound(start, defStart)
	hi = txSliceBound(stop, defStop)
	lo, hi, cnt = txAdjustSlice(lo, hi, st, n)
	return lo, hi, st, cnt
}

func txSliceBound(v Value, def int) int {
	if v == nil || v == None {
		return def
	}
	i, ok := txClampedIndex(v)
	if !ok {
		Raise(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return i
}

// txAdjustSlice is PySlice_AdjustIndices (SliceAdjust) on ints.
func txAdjustSlice(start, stop, step, n int) (int, int, int) {
	return SliceAdjust(n, int64(start), int64(stop), int64(step))
}

// txMkInt returns the Python int n.
func txMkInt(n int) Int { return Int{small: int64(n)} }

// txArgTypeName is the type name Argument Clinic's "argument must be X, not
// Y" messages use: "None" for None, else the type's name.
func txArgTypeName(v Value) string {
	if v == None {
		return "None"
	}
	return typeName(v)
}

// txCIntArg converts an int argument declared as a C int, raising
// "Python int too large to convert to C int".
func txCIntArg(v Value) int {
	i, ok := txIntArg(v)
	if !ok {
		Raisef(TypeError, "'", typeName(v), "' object cannot be interpreted as an integer")
	}
	if i.big != nil || i.small > math.MaxInt32 || i.small < math.MinInt32 {
		Raise(OverflowError, "Python int too large to convert to C int")
	}
	return int(i.small)
}
