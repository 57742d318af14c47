package rt

import (
	"strconv"
	"strings"
)

// setTable is CPython's set hash table (Objects/setobject.c), reproduced
// exactly — probe sequence (LINEAR_PROBES consecutive slots, then
// perturbation), dummy entries, fill/used accounting and resize policy — so
// that iteration order, which is table order, equals CPython's under a zero
// hash secret.
//
// Invariants: len(table) is a power of two ≥ 8; an entry is unused (key nil),
// a dummy (key setDummy, hash -1) or active; fill counts active and dummy
// entries, used counts active ones; fill*5 < mask*3 after every insertion.
type setTable struct {
	table  []setEntry
	fill   int
	used   int
	finger int
	gen    uint32 // bumped by structural changes, so a probe whose __eq__ mutated the set restarts
}

type setEntry struct {
	key  Value
	hash int64
}

type setDummyType struct{ _ byte }

var setDummy Value = &setDummyType{}

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// Set is a Python set.
type Set struct{ setTable }

// FrozenSet is a Python frozenset. Its contents never change after
// construction.
type FrozenSet struct {
	setTable
	hash   int64
	hashed bool
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet returns a frozenset of the items (in that insertion order).
func NewFrozenSet(items ...Value) *FrozenSet {
	f := &FrozenSet{}
	for _, x := range items {
		f.add(x)
	}
	return f
}

// SetOf returns a set of the items, added in order as a set display does.
func SetOf(items ...Value) *Set {
	s := &Set{}
	for _, x := range items {
		s.add(x)
	}
	return s
}

// Class returns set.
func (*Set) Class() *Class { return SetType }

// Class returns frozenset.
func (*FrozenSet) Class() *Class { return FrozenSetType }

// Len returns the number of elements.
func (s *setTable) Len() int { return s.used }

// Add inserts v.
func (s *Set) Add(v Value) { s.add(v) }

// Contains reports v in s.
func (s *setTable) Contains(v Value) bool {
	if len(s.table) == 0 || s.used == 0 {
		keyHash(v) // unhashable keys still raise
		return false
	}
	return s.lookup(v, keyHash(v)) >= 0
}

// Discard removes v if present and reports whether it was.
func (s *Set) Discard(v Value) bool { return s.discard(v, keyHash(v)) }

// Items returns the elements in iteration order (a fresh slice).
func (s *setTable) Items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

func (s *setTable) init() {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
}

func (s *setTable) add(key Value) { s.addEntry(key, keyHash(key)) }

func (s *setTable) addEntry(key Value, h int64) {
	s.init()
	mask := uint64(len(s.table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.key == nil {
				chargeEntry()
				s.gen++
				if free >= 0 {
					s.used++
					s.table[free] = setEntry{key: key, hash: h}
					return
				}
				s.fill++
				s.used++
				*e = setEntry{key: key, hash: h}
				if uint64(s.fill)*5 < mask*3 {
					return
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return
			}
			if e.hash == h {
				g := s.gen
				eq := keyEq(e.key, key)
				if s.gen != g {
					s.addEntry(key, h)
					return
				}
				if eq {
					return
				}
			} else if e.hash == -1 {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// lookup returns the table position of key, or -1.
func (s *setTable) lookup(key Value, h int64) int {
	if len(s.table) == 0 {
		return -1
	}
	mask := uint64(len(s.table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		j := i
		for {
			e := &s.table[j]
			if e.key == nil {
				return -1
			}
			if e.hash == h {
				g := s.gen
				eq := keyEq(e.key, key)
				if s.gen != g {
					return s.lookup(key, h)
				}
				if eq {
					return int(j)
				}
			}
			if probes == 0 {
				break
			}
			probes--
			j++
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean places a key known to be absent in a table without dummies.
func insertClean(table []setEntry, key Value, h int64) {
	mask := uint64(len(table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		if table[i].key == nil {
			table[i] = setEntry{key: key, hash: h}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key: key, hash: h}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *setTable) resize(minused int) {
	s.gen++
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
}

func (s *setTable) discard(key Value, h int64) bool {
	i := s.lookup(key, h)
	if i < 0 {
		return false
	}
	s.table[i] = setEntry{key: setDummy, hash: -1}
	s.used--
	s.gen++
	return true
}

func (s *setTable) clearTable() {
	s.gen++
	s.table = nil
	s.fill, s.used = 0, 0
}

// merge is set_merge: add every element of other.
func (s *setTable) merge(o *setTable) {
	if s == o || o.used == 0 {
		return
	}
	s.init()
	if (s.fill+o.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 {
		ChargeEntries(o.used) // the fast paths below bypass addEntry
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key != nil && e.key != setDummy {
				insertClean(s.table, e.key, e.hash)
			}
		}
		return
	}
	for _, e := range o.table {
		if e.key != nil && e.key != setDummy {
			s.addEntry(e.key, e.hash)
		}
	}
}

// anySet returns the table of a set or frozenset.
func anySet(v Value) (*setTable, bool) {
	switch x := v.(type) {
	case *Set:
		return &x.setTable, true
	case *FrozenSet:
		return &x.setTable, true
	}
	return nil, false
}

// update is set_update_internal.
func (s *setTable) update(other Value) {
	if o, ok := anySet(other); ok {
		s.merge(o)
		return
	}
	if d, ok := other.(*Dict); ok {
		s.init()
		if (s.fill+d.used)*5 >= (len(s.table)-1)*3 {
			s.resize((s.used + d.used) * 2)
		}
		for i := 0; i < len(d.entries); i++ {
			e := d.entries[i]
			if e.key != nil {
				s.addEntry(e.key, e.hash)
			}
		}
		return
	}
	switch x := other.(type) {
	case *List:
		for i := 0; i < len(x.Items); i++ {
			s.add(x.Items[i])
		}
		return
	case *Tuple:
		for _, v := range x.Items {
			s.add(v)
		}
		return
	}
	it := Iter(other)
	for {
		v, ok := it.Next()
		if !ok {
			return
		}
		s.add(v)
	}
}

func (s *setTable) copyTable() setTable {
	var n setTable
	n.update(&Set{setTable: *s})
	return n
}

// next returns the first active position at or after i, or -1.
func (s *setTable) next(i int) int {
	for ; i < len(s.table); i++ {
		if k := s.table[i].key; k != nil && k != setDummy {
			return i
		}
	}
	return -1
}

// ---- the set algebra (set_intersection, set_difference, ...) ----

func (s *setTable) intersection(other Value) setTable {
	var r setTable
	if o, ok := anySet(other); ok {
		if o == s {
			return s.copyTable()
		}
		a, b := s, o
		if b.used > a.used {
			a, b = b, a
		}
		for _, e := range b.table {
			if e.key != nil && e.key != setDummy && a.lookup(e.key, e.hash) >= 0 {
				r.addEntry(e.key, e.hash)
			}
		}
		return r
	}
	it := Iter(other)
	for {
		k, ok := it.Next()
		if !ok {
			return r
		}
		h := keyHash(k)
		if s.lookup(k, h) >= 0 {
			r.addEntry(k, h)
		}
	}
}

func (s *setTable) differenceUpdate(other Value) {
	if o, ok := anySet(other); ok {
		if o == s {
			s.clearTable()
			return
		}
		if o.used>>3 > s.used {
			t := s.intersection(other)
			o = &t
		}
		for _, e := range o.table {
			if e.key != nil && e.key != setDummy {
				s.discard(e.key, e.hash)
			}
		}
	} else {
		it := Iter(other)
		for {
			k, ok := it.Next()
			if !ok {
				break
			}
			s.discard(k, keyHash(k))
		}
	}
	if len(s.table) == 0 || s.fill-s.used <= (len(s.table)-1)/4 {
		return
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
}

func (s *setTable) difference(other Value) setTable {
	var otherSize int
	if o, ok := anySet(other); ok {
		otherSize = o.used
	} else if d, ok := other.(*Dict); ok {
		otherSize = d.used
	} else {
		r := s.copyTable()
		r.differenceUpdate(other)
		return r
	}
	if s.used>>2 > otherSize {
		r := s.copyTable()
		r.differenceUpdate(other)
		return r
	}
	var r setTable
	if d, ok := other.(*Dict); ok {
		for _, e := range s.table {
			if e.key != nil && e.key != setDummy && d.lookup(e.key, e.hash) < 0 {
				r.addEntry(e.key, e.hash)
			}
		}
		return r
	}
	o, _ := anySet(other)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy && o.lookup(e.key, e.hash) < 0 {
			r.addEntry(e.key, e.hash)
		}
	}
	return r
}

func (s *setTable) symmetricDifferenceUpdate(other Value) {
	if o, ok := anySet(other); ok && o == s {
		s.clearTable()
		return
	}
	if d, ok := other.(*Dict); ok {
		for i := 0; i < len(d.entries); i++ {
			e := d.entries[i]
			if e.key != nil && !s.discard(e.key, e.hash) {
				s.addEntry(e.key, e.hash)
			}
		}
		return
	}
	o, ok := anySet(other)
	if !ok {
		var t setTable
		t.update(other)
		o = &t
	}
	for _, e := range o.table {
		if e.key != nil && e.key != setDummy && !s.discard(e.key, e.hash) {
			s.addEntry(e.key, e.hash)
		}
	}
}

func (s *setTable) symmetricDifference(other Value) setTable {
	var r setTable
	r.update(other)
	r.symmetricDifferenceUpdate(&Set{setTable: *s})
	return r
}

func (s *setTable) isSubset(o *setTable) bool {
	if s.used > o.used {
		return false
	}
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy && o.lookup(e.key, e.hash) < 0 {
			return false
		}
	}
	return true
}

func (s *setTable) isDisjoint(other Value) bool {
	if o, ok := anySet(other); ok {
		a, b := s, o
		if a.used > b.used {
			a, b = b, a
		}
		for _, e := range a.table {
			if e.key != nil && e.key != setDummy && b.lookup(e.key, e.hash) >= 0 {
				return false
			}
		}
		return true
	}
	it := Iter(other)
	for {
		k, ok := it.Next()
		if !ok {
			return true
		}
		if s.lookup(k, keyHash(k)) >= 0 {
			return false
		}
	}
}

// pop is set.pop: remove the element at the search finger.
func (s *Set) pop() Value {
	if s.used == 0 {
		Raise(KeyError, "pop from an empty set")
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for {
		if k := s.table[i].key; k != nil && k != setDummy {
			break
		}
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{key: setDummy, hash: -1}
	s.used--
	s.finger = i + 1
	return k
}

func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// frozensetHash is CPython's frozenset_hash.
func (s *setTable) frozensetHash() int64 {
	var h uint64
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			h ^= shuffleBits(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return int64(h)
}

// ---- Python-level glue ----

func setRepr(v Value) string {
	s, _ := anySet(v)
	_, frozen := v.(*FrozenSet)
	name := "set"
	if frozen {
		name = "frozenset"
	}
	if s.used == 0 {
		return name + "()"
	}
	if ReprEnter(v) {
		return name + "(...)"
	}
	defer ReprLeave()
	nestEnter(reprNestLimit, " while getting the repr of an object")
	defer nestLeave()
	var sb strings.Builder
	if frozen {
		sb.WriteString("frozenset(")
	}
	sb.WriteByte('{')
	first := true
	for _, e := range s.table {
		if e.key == nil || e.key == setDummy {
			continue
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		sb.WriteString(Repr(e.key))
	}
	sb.WriteByte('}')
	if frozen {
		sb.WriteByte(')')
	}
	return sb.String()
}

// wrapLike returns t as a set or frozenset of the same kind as v.
func wrapLike(v Value, t setTable) Value {
	if _, ok := v.(*FrozenSet); ok {
		return &FrozenSet{setTable: t}
	}
	return &Set{setTable: t}
}

func setBinary(op BinaryOp, a, b Value) Value {
	x, ok1 := anySet(a)
	y, ok2 := anySet(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	switch op {
	case OpOr:
		r := x.copyTable()
		if y != x {
			r.merge(y)
		}
		return wrapLike(a, r)
	case OpAnd:
		return wrapLike(a, x.intersection(b))
	case OpSub:
		return wrapLike(a, x.difference(b))
	case OpXor:
		return wrapLike(a, x.symmetricDifference(b))
	}
	return NotImplemented
}

func setInPlace(op BinaryOp, a, b Value) Value {
	s, ok := a.(*Set)
	y, ok2 := anySet(b)
	if !ok || !ok2 {
		return NotImplemented
	}
	switch op {
	case OpOr:
		s.merge(y)
	case OpAnd:
		s.setTable = s.intersection(b)
	case OpSub:
		s.differenceUpdate(b)
	case OpXor:
		s.symmetricDifferenceUpdate(b)
	default:
		return NotImplemented
	}
	return s
}

func setCompare(op CompareOp, a, b Value) Value {
	x, ok1 := anySet(a)
	y, ok2 := anySet(b)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	switch op {
	case OpEQ:
		return x.used == y.used && x.isSubset(y)
	case OpNE:
		return !(x.used == y.used && x.isSubset(y))
	case OpLE:
		return x.isSubset(y)
	case OpGE:
		return y.isSubset(x)
	case OpLT:
		return x.used < y.used && x.isSubset(y)
	default:
		return y.used < x.used && y.isSubset(x)
	}
}

// SetIter iterates a set in table order.
type SetIter struct {
	s    *setTable
	pos  int
	used int
	left int
}

// Class returns set_iterator.
func (*SetIter) Class() *Class { return SetIterType }

// Next implements Iterator.
func (it *SetIter) Next() (Value, bool) {
	s := it.s
	if s == nil {
		return nil, false
	}
	if it.used != s.used {
		it.used = -1
		Raise(RuntimeError, "Set changed size during iteration")
	}
	i := s.next(it.pos)
	if i < 0 || it.left <= 0 {
		it.s = nil
		return nil, false
	}
	it.pos = i + 1
	it.left--
	return s.table[i].key, true
}

func newSetIter(v Value) Iterator {
	s, _ := anySet(v)
	return &SetIter{s: s, used: s.used, left: s.used}
}

// setArgTable converts the argument of a set method: sets are used as they
// are, other iterables are collected into a temporary set.
func setArgTable(v Value) *setTable {
	if o, ok := anySet(v); ok {
		return o
	}
	var t setTable
	t.update(v)
	return &t
}

func newSetFrom(name string, args []Value, kwargs []KW) setTable {
	if len(kwargs) > 0 {
		Raisef(TypeError, name, "() takes no keyword arguments")
	}
	if len(args) > 1 {
		Raisef(TypeError, name, " expected at most 1 argument, got ", strconv.Itoa(len(args)))
	}
	var t setTable
	if len(args) == 1 {
		t.update(args[0])
	}
	return t
}

func registerSetMethods(c *Class, qual string, mutable bool) {
	c.Slots.Repr = setRepr
	c.Slots.Len = func(v Value) int { s, _ := anySet(v); return s.used }
	c.Slots.Compare = setCompare
	c.Slots.Binary = setBinary
	c.Slots.Contains = func(v, x Value) bool {
		s, _ := anySet(v)
		if fs, ok := x.(*Set); ok {
			// A set argument is looked up as the equivalent frozenset.
			return s.Contains(&FrozenSet{setTable: fs.setTable})
		}
		return s.Contains(x)
	}
	c.Slots.Iter = newSetIter
	varargs := func(name string, f func(s *setTable, args []Value) Value) {
		c.AddMethod(name, func(self Value, args []Value, kwargs []KW) Value {
			if len(kwargs) > 0 {
				Raisef(TypeError, qual, ".", name, "() takes no keyword arguments")
			}
			s, _ := anySet(self)
			return f(s, args)
		})
	}
	varargs("union", func(s *setTable, args []Value) Value {
		r := s.copyTable()
		for _, a := range args {
			if o, ok := anySet(a); ok && o == s {
				continue
			}
			r.update(a)
		}
		return wrapLike(c0(c), r)
	})
	varargs("intersection", func(s *setTable, args []Value) Value {
		if len(args) == 0 {
			return wrapLike(c0(c), s.copyTable())
		}
		r := s.intersection(args[0])
		for _, a := range args[1:] {
			r = r.intersection(a)
		}
		return wrapLike(c0(c), r)
	})
	varargs("difference", func(s *setTable, args []Value) Value {
		if len(args) == 0 {
			return wrapLike(c0(c), s.copyTable())
		}
		r := s.difference(args[0])
		for _, a := range args[1:] {
			r.differenceUpdate(a)
		}
		return wrapLike(c0(c), r)
	})
	c.AddMethod("symmetric_difference", func(self Value, args []Value, kwargs []KW) Value {
		o := methArg1(qual+".symmetric_difference", args, kwargs)
		s, _ := anySet(self)
		if _, ok := anySet(o); !ok {
			var t setTable
			t.update(o)
			o = &Set{setTable: t}
		}
		return wrapLike(self, s.symmetricDifference(o))
	})
	c.AddMethod("issubset", func(self Value, args []Value, kwargs []KW) Value {
		o := methArg1(qual+".issubset", args, kwargs)
		s, _ := anySet(self)
		return s.isSubset(setArgTable(o))
	})
	c.AddMethod("issuperset", func(self Value, args []Value, kwargs []KW) Value {
		o := methArg1(qual+".issuperset", args, kwargs)
		s, _ := anySet(self)
		if t, ok := anySet(o); ok {
			return t.isSubset(s)
		}
		it := Iter(o)
		for {
			k, ok := it.Next()
			if !ok {
				return true
			}
			if !s.Contains(k) {
				return false
			}
		}
	})
	c.AddMethod("isdisjoint", func(self Value, args []Value, kwargs []KW) Value {
		o := methArg1(qual+".isdisjoint", args, kwargs)
		s, _ := anySet(self)
		return s.isDisjoint(o)
	})
	c.AddMethod("copy", func(self Value, args []Value, kwargs []KW) Value {
		methArg0(qual+".copy", args, kwargs)
		if f, ok := self.(*FrozenSet); ok {
			return f
		}
		s, _ := anySet(self)
		return &Set{setTable: s.copyTable()}
	})
	if !mutable {
		c.Slots.Hash = func(v Value) int64 {
			f := v.(*FrozenSet)
			if !f.hashed {
				f.hash, f.hashed = f.frozensetHash(), true
			}
			return f.hash
		}
		return
	}
	c.Slots.InPlace = setInPlace
	c.AddMethod("add", func(self Value, args []Value, kwargs []KW) Value {
		self.(*Set).add(methArg1("set.add", args, kwargs))
		return None
	})
	c.AddMethod("remove", func(self Value, args []Value, kwargs []KW) Value {
		x := methArg1("set.remove", args, kwargs)
		s := self.(*Set)
		if fs, ok := x.(*Set); ok {
			x = &FrozenSet{setTable: fs.setTable}
		}
		if !s.discard(x, keyHash(x)) {
			panic(&Exception{Cls: KeyError, Args: []Value{methArg1("set.remove", args, kwargs)}})
		}
		return None
	})
	c.AddMethod("discard", func(self Value, args []Value, kwargs []KW) Value {
		x := methArg1("set.discard", args, kwargs)
		if fs, ok := x.(*Set); ok {
			x = &FrozenSet{setTable: fs.setTable}
		}
		self.(*Set).Discard(x)
		return None
	})
	c.AddMethod("pop", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("set.pop", args, kwargs)
		return self.(*Set).pop()
	})
	c.AddMethod("clear", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("set.clear", args, kwargs)
		self.(*Set).clearTable()
		return None
	})
	varargs("update", func(s *setTable, args []Value) Value {
		for _, a := range args {
			s.update(a)
		}
		return None
	})
	varargs("intersection_update", func(s *setTable, args []Value) Value {
		for _, a := range args {
			*s = s.intersection(a)
		}
		return None
	})
	varargs("difference_update", func(s *setTable, args []Value) Value {
		for _, a := range args {
			s.differenceUpdate(a)
		}
		return None
	})
	c.AddMethod("symmetric_difference_update", func(self Value, args []Value, kwargs []KW) Value {
		o := methArg1("set.symmetric_difference_update", args, kwargs)
		self.(*Set).symmetricDifferenceUpdate(o)
		return None
	})
}

// c0 returns a zero value of the class's Go type, for wrapLike.
func c0(c *Class) Value {
	if c == FrozenSetType {
		return (*FrozenSet)(nil)
	}
	return (*Set)(nil)
}

func init() {
	registerSetMethods(SetType, "set", true)
	registerSetMethods(FrozenSetType, "frozenset", false)
	SetConstructor(SetType, func(args []Value, kwargs []KW) Value {
		return &Set{setTable: newSetFrom("set", args, kwargs)}
	})
	SetConstructor(FrozenSetType, func(args []Value, kwargs []KW) Value {
		if len(args) == 1 && len(kwargs) == 0 {
			if f, ok := args[0].(*FrozenSet); ok {
				return f
			}
		}
		return &FrozenSet{setTable: newSetFrom("frozenset", args, kwargs)}
	})
}

// SetFromConstants builds a set display whose elements are all constants, as
// CPython 3.13 compiles one with three or more elements: the compiler builds
// a frozenset from the items, its constant cache rebuilds that frozenset from
// its own iteration order (merge_consts_recursive), and the code merges the
// constant into an empty set. The resulting iteration order can differ from
// SetOf's, as it does in CPython.
func SetFromConstants(items ...Value) *Set {
	f := ConstFrozenSet(items...)
	s := &Set{}
	s.merge(&f.setTable)
	return s
}

// ConstFrozenSet builds a frozenset constant as CPython's compiler does (a
// frozenset of the items, rebuilt from its own iteration order by the
// constant cache). CPython uses such a constant directly — so codegen must
// too — where a set display of constants is only tested or iterated:
// "x in {1, 2, 3}", "for x in {'a', 'b', 'c'}" and comprehensions over one;
// their iteration order can differ from that of the set value the same
// display produces elsewhere (SetFromConstants).
func ConstFrozenSet(items ...Value) *FrozenSet {
	return NewFrozenSet(NewFrozenSet(items...).Items()...)
}

// ContainsStr reports whether the string k is an element, without boxing k
// unless an element of a user class has the same hash.
func (s *setTable) ContainsStr(k string) bool {
	if s.used == 0 {
		return false
	}
	h := HashStr(k)
	mask := uint64(len(s.table) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key == nil {
				return false
			}
			if e.hash == h {
				if x, ok := e.key.(string); ok {
					if x == k {
						return true
					}
				} else if e.key != setDummy {
					return s.lookup(k, h) >= 0
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}
