package rt

import (
	"strconv"
	"strings"
)

// NewList returns a list holding items; the list takes ownership of the slice.
func NewList(items []Value) *List { return &List{Items: items} }

// ListOf returns a list of the given items (a fresh slice).
func ListOf(items ...Value) *List { return &List{Items: append([]Value(nil), items...)} }

// Len returns len(l).
func (l *List) Len() int { return len(l.Items) }

// Append is l.append(v).
func (l *List) Append(v Value) {
	chargeItem()
	l.Items = append(l.Items, v)
}

// Get returns l[i] with Python's negative indexing, raising IndexError.
func (l *List) Get(i int) Value {
	n := len(l.Items)
	if i < 0 {
		i += n
	}
	if uint(i) >= uint(n) {
		Raise(IndexError, "list index out of range")
	}
	return l.Items[i]
}

// SetIndex performs l[i] = v with Python's negative indexing.
func (l *List) SetIndex(i int, v Value) {
	n := len(l.Items)
	if i < 0 {
		i += n
	}
	if uint(i) >= uint(n) {
		Raise(IndexError, "list assignment index out of range")
	}
	l.Items[i] = v
}

// ---- helpers shared by the sequence types ----

// sameObject is the identity test PyObject_RichCompareBool makes before
// calling __eq__. Values that Go compares by content (ints, strings) are
// equal-by-identity only when Python would also find them equal.
func sameObject(a, b Value) bool { return a == b }

// itemEq is PyObject_RichCompareBool(a, b, Py_EQ): identity implies equality.
func itemEq(a, b Value) bool {
	if a == b {
		return true
	}
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return x == y
		}
	case Int:
		if y, ok := b.(Int); ok && x.big == nil && y.big == nil {
			return x.small == y.small
		}
	}
	return Eq(a, b)
}

// nestDepth counts nested container reprs and comparisons in progress, the
// runtime's counterpart of CPython's C recursion counter: it bounds Go stack
// use on deeply nested values and raises RecursionError where CPython 3.13
// does for a top-level repr or comparison. It is balanced by deferred
// nestLeave calls, so it returns to zero whenever no such call is running.
var nestDepth int

const (
	reprNestLimit    = 9997 // nested container reprs CPython 3.13 completes from a top-level call
	compareNestLimit = 9999 // nested rich comparisons, likewise
)

func nestEnter(limit int, where string) {
	nestDepth++
	if nestDepth > limit {
		nestDepth--
		Raise(RecursionError, "maximum recursion depth exceeded"+where)
	}
}

func nestLeave() { nestDepth-- }

// seqCompare compares two sequences lexicographically as list and tuple do.
func seqCompare(op CompareOp, a, b []Value) Value {
	nestEnter(compareNestLimit, " in comparison")
	defer nestLeave()
	if (op == OpEQ || op == OpNE) && len(a) != len(b) {
		return op == OpNE
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		if !itemEq(a[i], b[i]) {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		la, lb := len(a), len(b)
		switch op {
		case OpLT:
			return la < lb
		case OpLE:
			return la <= lb
		case OpEQ:
			return la == lb
		case OpNE:
			return la != lb
		case OpGT:
			return la > lb
		default:
			return la >= lb
		}
	}
	switch op {
	case OpEQ:
		return false
	case OpNE:
		return true
	}
	return Compare(op, a[i], b[i])
}

// seqRepr writes open, the items' reprs separated by ", ", and close.
func seqRepr(open string, items []Value, close string) string {
	var sb strings.Builder
	sb.WriteString(open)
	for i := 0; i < len(items); i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(Repr(items[i]))
	}
	sb.WriteString(close)
	return sb.String()
}

// seqIndexKey converts a subscript to an index as PyNumber_AsSsize_t(key,
// IndexError) does; ok is false when key has no __index__.
func seqIndexKey(key Value) (int, bool) {
	switch x := key.(type) {
	case Int:
		if x.big == nil {
			return int(x.small), true
		}
		Raise(IndexError, "cannot fit 'int' into an index-sized integer")
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	x, ok := indexValue(key)
	if !ok {
		return 0, false
	}
	if x.big != nil {
		Raise(IndexError, "cannot fit 'int' into an index-sized integer")
	}
	return int(x.small), true
}

// asSsize converts an __index__ value to a Go int, raising the given class
// (OverflowError or IndexError) with CPython's message when it is too large,
// and TypeError when v is not an integer.
func asSsize(v Value, overflow *Class) int {
	x, ok := indexValue(v)
	if !ok {
		Raisef(TypeError, "'", typeName(v), "' object cannot be interpreted as an integer")
	}
	if x.big != nil {
		if overflow == OverflowError {
			Raise(OverflowError, "Python int too large to convert to C ssize_t")
		}
		Raise(overflow, "cannot fit 'int' into an index-sized integer")
	}
	return int(x.small)
}

// maxSeqItems bounds the size of sequences built by repetition, so that a
// contract asking for an absurd size gets MemoryError instead of a crash.
const maxSeqItems = 1 << 28

// repeatCount converts the count of seq * n, raising CPython's errors.
func repeatCount(n Value) (int, bool) {
	switch n.(type) {
	case float64, string, NoneType, *List, *Tuple:
		return 0, false
	}
	x, ok := indexValue(n)
	if !ok {
		return 0, false
	}
	if x.big != nil {
		Raise(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if x.small < 0 {
		return 0, true
	}
	if x.small > maxSeqItems {
		Raise(MemoryError, "")
	}
	return int(x.small), true
}

func repeatItems(items []Value, n int) []Value {
	if len(items) == 0 || n == 0 {
		return nil
	}
	ChargeItems(len(items) * n) // both at most maxSeqItems: no overflow
	if int64(len(items))*int64(n) > maxSeqItems {
		Raise(MemoryError, "")
	}
	out := make([]Value, 0, len(items)*n)
	for range n {
		out = append(out, items...)
	}
	return out
}

// isUserClass reports whether v is an instance of a class defined in Python
// code, which may implement a reflected operator the sequence must defer to.
func isUserClass(v Value) bool {
	c := TypeOf(v)
	return c.Module != "builtins" && binarySlot(c) != nil
}

func cantMultiply(n Value) {
	Raisef(TypeError, "can't multiply sequence by non-int of type '", typeName(n), "'")
}

// IterSlice returns the items of an iterable. For lists and tuples it
// returns their backing slice, which the caller must not modify.
func IterSlice(v Value) []Value {
	switch x := v.(type) {
	case *List:
		return x.Items
	case *Tuple:
		return x.Items
	}
	return IterToSlice(v)
}

// IterToSlice returns a fresh slice of the items of an iterable.
func IterToSlice(v Value) []Value {
	switch x := v.(type) {
	case *List:
		ChargeItems(len(x.Items))
		return append([]Value(nil), x.Items...)
	case *Tuple:
		ChargeItems(len(x.Items))
		return append([]Value(nil), x.Items...)
	case *Dict:
		ChargeItems(x.Len())
		return x.Keys()
	}
	it := Iter(v)
	var out []Value
	charged := 0 // items paid for ahead (a known length)
	if n, ok := lenHint(v); ok {
		ChargeItems(n)
		charged = n
		out = make([]Value, 0, n)
	} else if r, ok := v.(*Range); ok {
		// Too long for a hint: charge it all before iterating.
		if n, ok := r.length.Int64(); ok {
			ChargeItems(int(n))
			charged = int(n)
		} else {
			tooLarge()
		}
	}
	for {
		x, ok := it.Next()
		if !ok {
			return out
		}
		if len(out) >= maxSeqItems {
			Raise(MemoryError, "")
		}
		if len(out) >= charged {
			chargeItem()
		}
		out = append(out, x)
	}
}

func lenHint(v Value) (int, bool) {
	switch x := v.(type) {
	case *Set:
		return x.Len(), true
	case *FrozenSet:
		return x.Len(), true
	case *Range:
		if n, ok := x.length.Int64(); ok && n < maxSeqItems {
			return int(n), true
		}
	}
	return 0, false
}

// iterFromSequence returns items of v for assignment to a slice, with
// PySequence_Fast's error message.
func sequenceFast(v Value, msg string) []Value {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Items...)
	case *Tuple:
		return x.Items
	}
	if !isIterable(v) {
		Raise(TypeError, msg)
	}
	return IterToSlice(v)
}

func isIterable(v Value) bool {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Iter != nil || m.Slots.GetItem != nil {
			return true
		}
	}
	return false
}

// ---- method argument helpers ----

func methArg1(qual string, args []Value, kwargs []KW) Value {
	if len(kwargs) > 0 {
		Raisef(TypeError, qual, "() takes no keyword arguments")
	}
	if len(args) != 1 {
		Raisef(TypeError, qual, "() takes exactly one argument (", strconv.Itoa(len(args)), " given)")
	}
	return args[0]
}

func methArg0(qual string, args []Value, kwargs []KW) {
	if len(kwargs) > 0 {
		Raisef(TypeError, qual, "() takes no keyword arguments")
	}
	if len(args) != 0 {
		Raisef(TypeError, qual, "() takes no arguments (", strconv.Itoa(len(args)), " given)")
	}
}

// methArgRange checks an Argument Clinic "name expected at least/most n
// arguments, got k" arity.
func methArgRange(qual string, args []Value, kwargs []KW, lo, hi int) {
	if len(kwargs) > 0 {
		Raisef(TypeError, qual, "() takes no keyword arguments")
	}
	name := qual[strings.LastIndexByte(qual, '.')+1:]
	if len(args) < lo {
		if lo == hi {
			Raisef(TypeError, name, " expected ", strconv.Itoa(lo), " argument", plural(lo), ", got ", strconv.Itoa(len(args)))
		}
		Raisef(TypeError, name, " expected at least ", strconv.Itoa(lo), " argument", plural(lo), ", got ", strconv.Itoa(len(args)))
	}
	if len(args) > hi {
		if lo == hi {
			Raisef(TypeError, name, " expected ", strconv.Itoa(hi), " argument", plural(hi), ", got ", strconv.Itoa(len(args)))
		}
		Raisef(TypeError, name, " expected at most ", strconv.Itoa(hi), " argument", plural(hi), ", got ", strconv.Itoa(len(args)))
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// seqFindRange parses the optional start/stop of index(x, start, stop).
func seqFindRange(args []Value, n int) (int, int) {
	lo, hi := 0, n
	conv := func(v Value) int {
		x, ok := indexValue(v)
		if !ok {
			Raise(TypeError, "slice indices must be integers or have an __index__ method")
		}
		i := clampSsize(x)
		if i < 0 {
			i += int64(n)
			if i < 0 {
				i = 0
			}
		} else if i > int64(n) {
			i = int64(n)
		}
		return int(i)
	}
	if len(args) > 1 {
		lo = conv(args[1])
	}
	if len(args) > 2 {
		hi = conv(args[2])
	}
	return lo, hi
}

// ---- list operations ----

func listGetItem(l *List, key Value) Value {
	if i, ok := seqIndexKey(key); ok {
		return l.Get(i)
	}
	if s, ok := key.(*Slice); ok {
		lo, _, st, n := s.Indices(len(l.Items))
		ChargeItems(n)
		out := make([]Value, n)
		if st == 1 {
			copy(out, l.Items[lo:lo+n])
		} else {
			for k := range n {
				out[k] = l.Items[lo+k*st]
			}
		}
		return NewList(out)
	}
	Raisef(TypeError, "list indices must be integers or slices, not ", typeName(key))
	return nil
}

func listSetItem(l *List, key, val Value) {
	if i, ok := seqIndexKey(key); ok {
		l.SetIndex(i, val)
		return
	}
	s, ok := key.(*Slice)
	if !ok {
		Raisef(TypeError, "list indices must be integers or slices, not ", typeName(key))
	}
	// As CPython: convert the bounds, then the value (which may run code that
	// changes the list), then clip the bounds to the current length.
	a, b, c := SliceUnpack(s.Start, s.Stop, s.Step)
	seq := sequenceFast(val, "must assign iterable to extended slice")
	lo, hi, n := SliceAdjust(len(l.Items), a, b, c)
	st := int(c)
	if st == 1 {
		listAssignSlice(l, lo, hi, seq)
		return
	}
	if len(seq) != n {
		Raisef(ValueError, "attempt to assign sequence of size ", strconv.Itoa(len(seq)), " to extended slice of size ", strconv.Itoa(n))
	}
	for k := range n {
		l.Items[lo+k*st] = seq[k]
	}
}

// listAssignSlice replaces l[lo:hi] (step 1) with items.
func listAssignSlice(l *List, lo, hi int, items []Value) {
	if hi < lo {
		hi = lo
	}
	tail := len(l.Items) - hi
	newLen := lo + len(items) + tail
	if newLen > cap(l.Items) || len(items) > hi-lo {
		out := make([]Value, newLen, max(newLen, 2*len(l.Items)))
		copy(out, l.Items[:lo])
		copy(out[lo:], items)
		copy(out[lo+len(items):], l.Items[hi:])
		l.Items = out
		return
	}
	copy(l.Items[lo:], items)
	copy(l.Items[lo+len(items):], l.Items[hi:])
	clear(l.Items[newLen:])
	l.Items = l.Items[:newLen]
}

func listDelItem(l *List, key Value) {
	if i, ok := seqIndexKey(key); ok {
		n := len(l.Items)
		if i < 0 {
			i += n
		}
		if uint(i) >= uint(n) {
			Raise(IndexError, "list assignment index out of range")
		}
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		l.Items[:n][n-1] = nil
		return
	}
	s, ok := key.(*Slice)
	if !ok {
		Raisef(TypeError, "list indices must be integers or slices, not ", typeName(key))
	}
	lo, hi, st, n := s.Indices(len(l.Items))
	if st == 1 {
		listAssignSlice(l, lo, hi, nil)
		return
	}
	if n == 0 {
		return
	}
	if st < 0 {
		lo = lo + (n-1)*st
		st = -st
	}
	out := l.Items[:lo]
	for i := lo; i < len(l.Items); i++ {
		if i < lo+n*st && (i-lo)%st == 0 {
			continue
		}
		out = append(out, l.Items[i])
	}
	clear(l.Items[len(out):])
	l.Items = out
}

// Extend is l.extend(iterable).
func (l *List) Extend(v Value) {
	switch x := v.(type) {
	case *List:
		ChargeItems(len(x.Items))
		l.Items = append(l.Items, x.Items...)
		return
	case *Tuple:
		ChargeItems(len(x.Items))
		l.Items = append(l.Items, x.Items...)
		return
	}
	it := Iter(v)
	for {
		x, ok := it.Next()
		if !ok {
			return
		}
		if len(l.Items) >= maxSeqItems {
			Raise(MemoryError, "")
		}
		chargeItem()
		l.Items = append(l.Items, x)
	}
}

// Insert is l.insert(i, v).
func (l *List) Insert(i int, v Value) {
	n := len(l.Items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	} else if i > n {
		i = n
	}
	chargeItem()
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = v
}

// Pop is l.pop(i).
func (l *List) Pop(i int) Value {
	n := len(l.Items)
	if n == 0 {
		Raise(IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if uint(i) >= uint(n) {
		Raise(IndexError, "pop index out of range")
	}
	v := l.Items[i]
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
	return v
}

// Index is l.index(x): the first position of x, or -1.
func (l *List) Index(x Value) int {
	for i := 0; i < len(l.Items); i++ {
		if itemEq(l.Items[i], x) {
			return i
		}
	}
	return -1
}

// Contains reports x in l.
func (l *List) Contains(x Value) bool {
	for i := 0; i < len(l.Items); i++ {
		if itemEq(l.Items[i], x) {
			return true
		}
	}
	return false
}

// Reverse reverses l in place.
func (l *List) Reverse() {
	s := l.Items
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func listBinary(op BinaryOp, a, b Value) Value {
	switch op {
	case OpAdd:
		x, ok := a.(*List)
		if !ok {
			return NotImplemented
		}
		y, ok := b.(*List)
		if !ok {
			if isUserClass(b) {
				return NotImplemented
			}
			Raisef(TypeError, "can only concatenate list (not \"", typeName(b), "\") to list")
		}
		ChargeItems(len(x.Items) + len(y.Items))
		out := make([]Value, 0, len(x.Items)+len(y.Items))
		out = append(append(out, x.Items...), y.Items...)
		return NewList(out)
	case OpMul:
		l, n := a, b
		if _, ok := a.(*List); !ok {
			l, n = b, a
		}
		cnt, ok := repeatCount(n)
		if !ok {
			if isUserClass(n) {
				return NotImplemented
			}
			cantMultiply(n)
		}
		return NewList(repeatItems(l.(*List).Items, cnt))
	}
	return NotImplemented
}

func listInPlace(op BinaryOp, a, b Value) Value {
	l := a.(*List)
	switch op {
	case OpAdd:
		if !isIterable(b) {
			if isUserClass(b) {
				return NotImplemented
			}
			Raisef(TypeError, "'", typeName(b), "' object is not iterable")
		}
		l.Extend(b)
		return l
	case OpMul:
		cnt, ok := repeatCount(b)
		if !ok {
			if isUserClass(b) {
				return NotImplemented
			}
			cantMultiply(b)
		}
		if cnt == 0 {
			clear(l.Items)
			l.Items = l.Items[:0]
		} else {
			l.Items = repeatItems(l.Items, cnt)
		}
		return l
	}
	return NotImplemented
}

func listRepr(v Value) string {
	l := v.(*List)
	if len(l.Items) == 0 {
		return "[]"
	}
	if ReprEnter(l) {
		return "[...]"
	}
	defer ReprLeave()
	nestEnter(reprNestLimit, " while getting the repr of an object")
	defer nestLeave()
	return seqRepr("[", l.Items, "]")
}

// newListFrom is list(iterable).
func newListFrom(args []Value, kwargs []KW) Value {
	if len(kwargs) > 0 {
		Raise(TypeError, "list() takes no keyword arguments")
	}
	if len(args) > 1 {
		Raisef(TypeError, "list expected at most 1 argument, got ", strconv.Itoa(len(args)))
	}
	if len(args) == 0 {
		return NewList(nil)
	}
	return NewList(IterToSlice(args[0]))
}

func init() {
	c := ListType
	SetConstructor(c, newListFrom)
	c.Slots.Repr = listRepr
	c.Slots.Len = func(v Value) int { return len(v.(*List).Items) }
	c.Slots.Compare = func(op CompareOp, a, b Value) Value {
		x, ok1 := a.(*List)
		y, ok2 := b.(*List)
		if !ok1 || !ok2 {
			return NotImplemented
		}
		return seqCompare(op, x.Items, y.Items)
	}
	c.Slots.Binary = listBinary
	c.Slots.InPlace = listInPlace
	c.Slots.GetItem = func(v, key Value) Value { return listGetItem(v.(*List), key) }
	c.Slots.SetItem = func(v, key, val Value) { listSetItem(v.(*List), key, val) }
	c.Slots.DelItem = func(v, key Value) { listDelItem(v.(*List), key) }
	c.Slots.Contains = func(v, x Value) bool { return v.(*List).Contains(x) }
	c.Slots.Iter = func(v Value) Iterator { return &ListIter{l: v.(*List)} }

	c.AddMethod("append", func(self Value, args []Value, kwargs []KW) Value {
		self.(*List).Append(methArg1("list.append", args, kwargs))
		return None
	})
	c.AddMethod("extend", func(self Value, args []Value, kwargs []KW) Value {
		self.(*List).Extend(methArg1("list.extend", args, kwargs))
		return None
	})
	c.AddMethod("insert", func(self Value, args []Value, kwargs []KW) Value {
		methArgRange("list.insert", args, kwargs, 2, 2)
		self.(*List).Insert(asSsize(args[0], OverflowError), args[1])
		return None
	})
	c.AddMethod("pop", func(self Value, args []Value, kwargs []KW) Value {
		methArgRange("list.pop", args, kwargs, 0, 1)
		i := -1
		if len(args) == 1 {
			i = asSsize(args[0], OverflowError)
		}
		return self.(*List).Pop(i)
	})
	c.AddMethod("remove", func(self Value, args []Value, kwargs []KW) Value {
		x := methArg1("list.remove", args, kwargs)
		l := self.(*List)
		i := l.Index(x)
		if i < 0 {
			Raise(ValueError, "list.remove(x): x not in list")
		}
		l.Pop(i)
		return None
	})
	c.AddMethod("index", func(self Value, args []Value, kwargs []KW) Value {
		methArgRange("list.index", args, kwargs, 1, 3)
		l := self.(*List)
		lo, hi := seqFindRange(args, len(l.Items))
		for i := lo; i < hi && i < len(l.Items); i++ {
			if itemEq(l.Items[i], args[0]) {
				return Int{small: int64(i)}
			}
		}
		Raisef(ValueError, Repr(args[0]), " is not in list")
		return nil
	})
	c.AddMethod("count", func(self Value, args []Value, kwargs []KW) Value {
		x := methArg1("list.count", args, kwargs)
		n := 0
		l := self.(*List)
		for i := 0; i < len(l.Items); i++ {
			if itemEq(l.Items[i], x) {
				n++
			}
		}
		return Int{small: int64(n)}
	})
	c.AddMethod("reverse", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("list.reverse", args, kwargs)
		self.(*List).Reverse()
		return None
	})
	c.AddMethod("clear", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("list.clear", args, kwargs)
		l := self.(*List)
		clear(l.Items)
		l.Items = l.Items[:0]
		return None
	})
	c.AddMethod("copy", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("list.copy", args, kwargs)
		ChargeItems(len(self.(*List).Items))
		return NewList(append([]Value(nil), self.(*List).Items...))
	})
	c.AddMethod("sort", func(self Value, args []Value, kwargs []KW) Value {
		if len(args) > 0 {
			Raise(TypeError, "sort() takes no positional arguments")
		}
		key, reverse := sortKwargs("sort", kwargs)
		SortList(self.(*List), key, reverse)
		return None
	})
}

// Slice returns l[start:stop:step] (nil or None for an omitted bound)
// without allocating a slice object.
func (l *List) Slice(start, stop, step Value) *List {
	lo, _, st, n := SliceIndices(start, stop, step, len(l.Items))
	ChargeItems(n)
	out := make([]Value, n)
	if st == 1 {
		copy(out, l.Items[lo:lo+n])
	} else {
		for k := range n {
			out[k] = l.Items[lo+k*st]
		}
	}
	return NewList(out)
}

// Copy returns a shallow copy of l.
func (l *List) Copy() *List {
	ChargeItems(len(l.Items))
	return NewList(append([]Value(nil), l.Items...))
}
