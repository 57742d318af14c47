package rt

import (
	"cmp"
	"slices"
	"strings"
)

// Sorting: list.sort and sorted. This is CPython 3.13's listsort (timsort
// with powersort merging): run detection (count_run), binary insertion of
// short runs, and the merges in sort_timsort.go, so that the comparisons
// made — and hence which TypeError a mixed-type list raises, and the result
// for inconsistent orders such as lists containing NaN — match CPython's.

// sortKwargs parses sort's keyword-only key= and reverse=.
func sortKwargs(fname string, kwargs []KW) (key Value, reverse bool) {
	for _, kw := range kwargs {
		switch kw.Name {
		case "key":
			key = kw.Value
		case "reverse":
			reverse = Truth(kw.Value)
		default:
			Raisef(TypeError, fname, "() got an unexpected keyword argument '", kw.Name, "'")
		}
	}
	if key == None {
		key = nil
	}
	return key, reverse
}

// sortLess is the < that sorting uses, with fast paths for homogeneous
// built-in types.
func sortLess(a, b Value) bool {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			if x.big == nil && y.big == nil {
				return x.small < y.small
			}
			return x.Cmp(y) < 0
		}
	case string:
		if y, ok := b.(string); ok {
			return x < y
		}
	case float64:
		if y, ok := b.(float64); ok {
			return x < y
		}
	}
	return Less(a, b)
}

type sortState struct {
	keys []Value
	vals []Value // nil when sorting without key=
	tmpK []Value // merge buffers, reused
	tmpV []Value

	minGallop int
}

func (s *sortState) reverse(lo, hi int) {
	for i, j := lo, hi-1; i < j; i, j = i+1, j-1 {
		s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
		if s.vals != nil {
			s.vals[i], s.vals[j] = s.vals[j], s.vals[i]
		}
	}
}

// countRun is CPython 3.13's count_run on keys[lo:lo+n].
func (s *sortState) countRun(lo, nrem int) int {
	k := s.keys[lo : lo+nrem]
	n := 1
	for ; n < nrem; n++ {
		if sortLess(k[n], k[n-1]) {
			break
		}
	}
	if n == nrem {
		return n
	}
	if n > 1 {
		if sortLess(k[0], k[n-1]) {
			return n
		}
		s.reverse(lo, lo+n)
	}
	n++
	neq := 0
	reverseLastNeq := func() {
		if neq > 0 {
			neq++
			s.reverse(lo+n-neq, lo+n)
			neq = 0
		}
	}
	for ; n < nrem; n++ {
		if sortLess(k[n], k[n-1]) {
			reverseLastNeq()
		} else if sortLess(k[n-1], k[n]) {
			break
		} else {
			neq++
		}
	}
	reverseLastNeq()
	s.reverse(lo, lo+n)
	for ; n < nrem; n++ {
		if sortLess(k[n], k[n-1]) {
			break
		}
	}
	return n
}

// binarySort extends the sorted keys[lo:lo+ok] to keys[lo:lo+n].
func (s *sortState) binarySort(lo, n, ok int) {
	k := s.keys[lo : lo+n]
	var v []Value
	if s.vals != nil {
		v = s.vals[lo : lo+n]
	}
	if ok == 0 {
		ok = 1
	}
	for ; ok < n; ok++ {
		pivot := k[ok]
		l, r := 0, ok
		for l < r {
			m := (l + r) >> 1
			if sortLess(pivot, k[m]) {
				r = m
			} else {
				l = m + 1
			}
		}
		copy(k[l+1:ok+1], k[l:ok])
		k[l] = pivot
		if v != nil {
			pv := v[ok]
			copy(v[l+1:ok+1], v[l:ok])
			v[l] = pv
		}
	}
}

func minrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// SortItems sorts items in place, stably, with an optional key function and
// reverse flag, as list.sort does. If a comparison or the key function
// raises, items keep their original order.
func SortItems(items []Value, key Value, reverse bool) {
	if len(items) < 2 {
		if key != nil && len(items) == 1 {
			Call(key, []Value{items[0]}, nil)
		}
		return
	}
	chargeSort(len(items))
	ChargeItems(len(items))
	s := sortState{}
	if key != nil {
		s.keys = make([]Value, len(items))
		for i, x := range items {
			s.keys[i] = Call(key, []Value{x}, nil)
		}
		s.vals = append([]Value(nil), items...)
	} else {
		s.keys = append([]Value(nil), items...)
	}
	if reverse {
		s.reverse(0, len(s.keys))
	}
	if !s.sortHomogeneous() {
		s.timsort()
	}
	if reverse {
		s.reverse(0, len(s.keys))
	}
	if s.vals != nil {
		copy(items, s.vals)
	} else {
		copy(items, s.keys)
	}
}

// sortHomogeneous sorts keys that are all small ints, all strings or all
// non-NaN floats with a typed stable sort (CPython likewise specialises
// homogeneous comparisons); for such total orders the result equals the
// generic algorithm's. It reports false, changing nothing, otherwise.
func (s *sortState) sortHomogeneous() bool {
	n := len(s.keys)
	if n < 8 {
		return false
	}
	payload := s.keys
	if s.vals != nil {
		payload = s.vals
	}
	switch s.keys[0].(type) {
	case Int:
		type pair struct {
			k int64
			i int
		}
		ps := make([]pair, n)
		for i, k := range s.keys {
			x, ok := k.(Int)
			if !ok || x.big != nil {
				return false
			}
			ps[i] = pair{x.small, i}
		}
		slices.SortFunc(ps, func(a, b pair) int {
			if c := cmp.Compare(a.k, b.k); c != 0 {
				return c
			}
			return a.i - b.i
		})
		s.permute(payload, func(j int) int { return ps[j].i })
	case string:
		type pair struct {
			k string
			i int
		}
		ps := make([]pair, n)
		for i, k := range s.keys {
			x, ok := k.(string)
			if !ok {
				return false
			}
			ps[i] = pair{x, i}
		}
		slices.SortFunc(ps, func(a, b pair) int {
			if c := strings.Compare(a.k, b.k); c != 0 {
				return c
			}
			return a.i - b.i
		})
		s.permute(payload, func(j int) int { return ps[j].i })
	case float64:
		type pair struct {
			k float64
			i int
		}
		ps := make([]pair, n)
		for i, k := range s.keys {
			x, ok := k.(float64)
			if !ok || x != x {
				return false
			}
			ps[i] = pair{x, i}
		}
		slices.SortFunc(ps, func(a, b pair) int {
			if a.k < b.k {
				return -1
			}
			if b.k < a.k {
				return 1
			}
			return a.i - b.i
		})
		s.permute(payload, func(j int) int { return ps[j].i })
	default:
		return false
	}
	return true
}

// permute rearranges payload so that position j holds the item that was at
// src(j).
func (s *sortState) permute(payload []Value, src func(j int) int) {
	s.tmpK = append(s.tmpK[:0], payload...)
	for j := range payload {
		payload[j] = s.tmpK[src(j)]
	}
}

// SortList is l.sort(key=key, reverse=reverse); key may be nil. As in
// CPython, the list appears empty to the key function and comparisons while
// it is being sorted, and growing it meanwhile raises ValueError (the sorted
// items are kept, the additions discarded).
func SortList(l *List, key Value, reverse bool) {
	items := l.Items
	l.Items = nil
	modified := false
	func() {
		defer func() {
			modified = l.Items != nil
			l.Items = items
		}()
		SortItems(items, key, reverse)
	}()
	if modified {
		Raise(ValueError, "list modified during sort")
	}
}

// Sorted is sorted(iterable, key=key, reverse=reverse).
func Sorted(iterable Value, key Value, reverse bool) *List {
	items := IterToSlice(iterable)
	SortItems(items, key, reverse)
	return NewList(items)
}

// SortedArgs is the builtin sorted(iterable, /, *, key=None, reverse=False).
func SortedArgs(args []Value, kwargs []KW) Value {
	if len(args) != 1 {
		Raisef(TypeError, "sorted expected 1 argument, got ", Int{small: int64(len(args))}.String())
	}
	items := IterToSlice(args[0])
	key, reverse := sortKwargs("sort", kwargs)
	SortItems(items, key, reverse)
	return NewList(items)
}
