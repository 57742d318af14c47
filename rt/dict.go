package rt

import (
	"strconv"
	"strings"
)

// Dict is a Python dict: an insertion-ordered hash table in the style of
// CPython's compact dict. Entries live in a dense slice in insertion order
// (deleted entries leave holes with a nil key until the next resize); index
// maps hash slots to entry positions.
//
// Invariants: used is the number of live entries; index is nil while the
// table is small (len(entries) < dictSmall), and lookups then scan entries;
// otherwise len(index) is a power of two and at most 2/3 of it refers to
// entries, so every probe sequence reaches an empty slot (-1).
// Iteration order never depends on hashes.
type Dict struct {
	entries []dictEntry
	index   []int32 // -1 empty, -2 dummy (entry trimmed by popitem), else entry position
	used    int
	dummies int    // index slots holding -2
	gen     uint32 // bumped by every structural change, so a lookup whose __eq__ mutated the dict restarts
}

type dictEntry struct {
	hash int64
	key  Value // nil: deleted
	val  Value
}

const dictSmall = 8

// NewDict returns an empty dict with room for sizeHint entries.
func NewDict(sizeHint int) *Dict {
	d := &Dict{}
	if sizeHint > 0 {
		d.entries = make([]dictEntry, 0, sizeHint)
		if sizeHint > dictSmall {
			d.rebuildIndex(sizeHint)
		}
	}
	return d
}

// Class returns dict.
func (*Dict) Class() *Class { return DictType }

// Len returns len(d).
func (d *Dict) Len() int { return d.used }

// smallIntHash is hash(n) for an int64 n: n modulo 2**61-1 keeping the sign,
// with -1 mapped to -2.
func smallIntHash(n int64) int64 {
	const p = 1<<61 - 1
	var h int64
	if n >= 0 {
		h = int64(uint64(n) % p)
	} else {
		h = -int64(uint64(-(n+1)+1) % p)
	}
	if h == -1 {
		h = -2
	}
	return h
}

// keyHash is hash(k) with fast paths for the common key types.
func keyHash(k Value) int64 {
	switch x := k.(type) {
	case string:
		return HashStr(x)
	case Int:
		if x.big == nil {
			return smallIntHash(x.small)
		}
	}
	return HashValue(k)
}

// keyEq compares a stored key with a probe key of equal hash.
func keyEq(stored, k Value) bool {
	switch x := k.(type) {
	case string:
		if y, ok := stored.(string); ok {
			return x == y
		}
	case Int:
		if y, ok := stored.(Int); ok && x.big == nil && y.big == nil {
			return x.small == y.small
		}
	}
	if stored == k {
		return true
	}
	return Eq(stored, k)
}

// lookup returns the entry position of k, or -1. If a key's __eq__
// changes the dict's structure, the lookup starts again (as CPython's does).
func (d *Dict) lookup(k Value, h int64) int {
	g := d.gen
	if d.index == nil {
		for i := 0; i < len(d.entries); i++ {
			e := &d.entries[i]
			if e.hash == h && e.key != nil {
				eq := keyEq(e.key, k)
				if d.gen != g {
					return d.lookup(k, h)
				}
				if eq {
					return i
				}
			}
		}
		return -1
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.index[i]
		if ix < 0 {
			if ix == -1 {
				return -1
			}
		} else if e := &d.entries[ix]; e.hash == h && e.key != nil {
			eq := keyEq(e.key, k)
			if d.gen != g {
				return d.lookup(k, h)
			}
			if eq {
				return int(ix)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStr is lookup specialised to a string key.
func (d *Dict) lookupStr(k string, h int64) int {
	g := d.gen
	if d.index == nil {
		for i := 0; i < len(d.entries); i++ {
			e := &d.entries[i]
			if e.hash == h {
				if s, ok := e.key.(string); ok && s == k {
					return i
				}
				if e.key != nil {
					if _, ok := e.key.(string); !ok {
						eq := Eq(e.key, k)
						if d.gen != g {
							return d.lookupStr(k, h)
						}
						if eq {
							return i
						}
					}
				}
			}
		}
		return -1
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		ix := d.index[i]
		if ix < 0 {
			if ix == -1 {
				return -1
			}
		} else if e := &d.entries[ix]; e.hash == h {
			if s, ok := e.key.(string); ok {
				if s == k {
					return int(ix)
				}
			} else if e.key != nil {
				eq := Eq(e.key, k)
				if d.gen != g {
					return d.lookupStr(k, h)
				}
				if eq {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// rebuildIndex compacts entries and rebuilds the index for at least n entries.
func (d *Dict) rebuildIndex(n int) {
	d.gen++
	if d.used < len(d.entries) {
		j := 0
		for i := range d.entries {
			if d.entries[i].key != nil {
				d.entries[j] = d.entries[i]
				j++
			}
		}
		clear(d.entries[j:])
		d.entries = d.entries[:j]
	}
	d.dummies = 0
	if n < dictSmall && len(d.entries) < dictSmall {
		d.index = nil
		return
	}
	size := 16
	for size*2/3 <= n {
		size <<= 1
	}
	if cap(d.index) >= size && len(d.index) == size {
		for i := range d.index {
			d.index[i] = -1
		}
	} else {
		d.index = make([]int32, size)
		for i := range d.index {
			d.index[i] = -1
		}
	}
	mask := uint64(size - 1)
	for ix := range d.entries {
		h := d.entries[ix].hash
		i := uint64(h) & mask
		perturb := uint64(h)
		for d.index[i] >= 0 {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(ix)
	}
	if cap(d.entries) < size*2/3 {
		ne := make([]dictEntry, len(d.entries), size*2/3)
		copy(ne, d.entries)
		d.entries = ne
	}
}

// insertNew appends a key known to be absent.
func (d *Dict) insertNew(k, v Value, h int64) {
	chargeEntry()
	d.gen++
	// Grow so that about twice the live entries fit (CPython's GROWTH_RATE).
	if d.index == nil {
		if len(d.entries) >= dictSmall {
			d.rebuildIndex(d.used*2 - 1)
		} else if d.entries == nil {
			d.entries = make([]dictEntry, 0, 4)
		}
	} else if len(d.entries)+d.dummies >= len(d.index)*2/3 {
		d.rebuildIndex(d.used*2 - 1)
	}
	d.entries = append(d.entries, dictEntry{hash: h, key: k, val: v})
	d.used++
	if d.index != nil {
		mask := uint64(len(d.index) - 1)
		i := uint64(h) & mask
		perturb := uint64(h)
		for d.index[i] != -1 {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(len(d.entries) - 1)
	}
}

// Get returns d[k] and whether k is present; it raises TypeError for an
// unhashable key.
func (d *Dict) Get(k Value) (Value, bool) {
	if s, ok := k.(string); ok {
		return d.GetStr(s)
	}
	if i := d.lookup(k, keyHash(k)); i >= 0 {
		return d.entries[i].val, true
	}
	return nil, false
}

// GetStr is Get for a string key, without boxing it. Small dicts are
// scanned without hashing k: a str key can only equal another str, or an
// object of a user class, whose stored hash must then match.
func (d *Dict) GetStr(k string) (Value, bool) {
	if d.used == 0 {
		return nil, false
	}
	if d.index == nil {
		var h int64
		hashed := false
		g := d.gen
		for i := 0; i < len(d.entries); i++ {
			e := &d.entries[i]
			switch x := e.key.(type) {
			case string:
				if x == k {
					return e.val, true
				}
			case nil, Int, bool, float64, Bytes, NoneType, *Tuple:
			default:
				if !hashed {
					h, hashed = HashStr(k), true
				}
				if e.hash == h {
					eq := Eq(e.key, k)
					if d.gen != g {
						return d.GetStr(k)
					}
					if eq {
						return e.val, true
					}
				}
			}
		}
		return nil, false
	}
	if i := d.lookupStr(k, HashStr(k)); i >= 0 {
		return d.entries[i].val, true
	}
	return nil, false
}

// Set performs d[k] = v. An existing equal key keeps its original object.
func (d *Dict) Set(k, v Value) {
	h := keyHash(k)
	if i := d.lookup(k, h); i >= 0 {
		d.entries[i].val = v
		return
	}
	d.insertNew(k, v, h)
}

// SetStr is Set for a string key.
func (d *Dict) SetStr(k string, v Value) {
	if d.index == nil {
		for i := range d.entries {
			if x, ok := d.entries[i].key.(string); ok && x == k {
				d.entries[i].val = v
				return
			}
		}
	}
	h := HashStr(k)
	if i := d.lookupStr(k, h); i >= 0 {
		d.entries[i].val = v
		return
	}
	d.insertNew(k, v, h)
}

// setWithHash is Set with a precomputed hash.
func (d *Dict) setWithHash(k, v Value, h int64) {
	if i := d.lookup(k, h); i >= 0 {
		d.entries[i].val = v
		return
	}
	d.insertNew(k, v, h)
}

// deleteAt removes the live entry at position i.
func (d *Dict) deleteAt(i int) {
	d.gen++
	d.entries[i].key = nil
	d.entries[i].val = nil
	d.used--
	if d.used == 0 {
		d.entries = d.entries[:0]
		d.dummies = 0
		if d.index != nil {
			for j := range d.index {
				d.index[j] = -1
			}
		}
	}
}

// trimTail drops deleted entries at the end of entries (after popitem), so
// that repeated popitem stays O(1); index slots that referred to them become
// dummies.
func (d *Dict) trimTail() {
	for n := len(d.entries); n > 0 && d.entries[n-1].key == nil; n = len(d.entries) {
		if d.index != nil {
			h := d.entries[n-1].hash
			mask := uint64(len(d.index) - 1)
			i := uint64(h) & mask
			perturb := uint64(h)
			for d.index[i] != int32(n-1) {
				perturb >>= 5
				i = (i*5 + perturb + 1) & mask
			}
			d.index[i] = -2
			d.dummies++
		}
		d.entries = d.entries[:n-1]
	}
}

// Delete removes k and reports whether it was present.
func (d *Dict) Delete(k Value) bool {
	i := d.lookup(k, keyHash(k))
	if i < 0 {
		return false
	}
	d.deleteAt(i)
	return true
}

// Pop removes k and returns its value.
func (d *Dict) Pop(k Value) (Value, bool) {
	i := d.lookup(k, keyHash(k))
	if i < 0 {
		return nil, false
	}
	v := d.entries[i].val
	d.deleteAt(i)
	return v, true
}

// Contains reports k in d.
func (d *Dict) Contains(k Value) bool {
	if s, ok := k.(string); ok {
		_, found := d.GetStr(s)
		return found
	}
	return d.lookup(k, keyHash(k)) >= 0
}

// Keys returns the keys in insertion order (a fresh slice).
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	for i := range d.entries {
		if d.entries[i].key != nil {
			out = append(out, d.entries[i].key)
		}
	}
	return out
}

// Values returns the values in insertion order (a fresh slice).
func (d *Dict) Values() []Value {
	out := make([]Value, 0, d.used)
	for i := range d.entries {
		if d.entries[i].key != nil {
			out = append(out, d.entries[i].val)
		}
	}
	return out
}

// Range calls f for each entry in insertion order until f returns false. f
// must not add or remove keys.
func (d *Dict) Range(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := &d.entries[i]
		if e.key != nil && !f(e.key, e.val) {
			return
		}
	}
}

// Clear empties d.
func (d *Dict) Clear() {
	d.gen++
	clear(d.entries)
	d.entries = d.entries[:0]
	d.index = nil
	d.used = 0
}

// Copy returns a shallow copy of d.
func (d *Dict) Copy() *Dict {
	ChargeEntries(d.used)
	n := &Dict{used: d.used}
	if d.used == len(d.entries) && d.dummies == 0 {
		n.entries = append([]dictEntry(nil), d.entries...)
		if d.index != nil {
			n.index = append([]int32(nil), d.index...)
		}
		return n
	}
	n.entries = make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			n.entries = append(n.entries, e)
		}
	}
	if len(n.entries) >= dictSmall {
		n.rebuildIndex(n.used)
	}
	return n
}

// Update merges other's entries into d (dict.update with a dict argument).
func (d *Dict) Update(other *Dict) {
	if d == other {
		return
	}
	for i := 0; i < len(other.entries); i++ {
		e := other.entries[i]
		if e.key != nil {
			d.setWithHash(e.key, e.val, e.hash)
		}
	}
}

// DictFromPairs builds a dict from alternating keys and values.
func DictFromPairs(kv ...Value) *Dict {
	d := NewDict(len(kv) / 2)
	for i := 0; i+1 < len(kv); i += 2 {
		d.Set(kv[i], kv[i+1])
	}
	return d
}

// next returns the position of the first live entry at or after i, or -1.
func (d *Dict) next(i int) int {
	for ; i < len(d.entries); i++ {
		if d.entries[i].key != nil {
			return i
		}
	}
	return -1
}

func dictRepr(v Value) string {
	d := v.(*Dict)
	if d.used == 0 {
		return "{}"
	}
	if ReprEnter(d) {
		return "{...}"
	}
	defer ReprLeave()
	nestEnter(reprNestLimit, " while getting the repr of an object")
	defer nestLeave()
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if !first {
			sb.WriteString(", ")
		}
		first = false
		sb.WriteString(Repr(e.key))
		sb.WriteString(": ")
		sb.WriteString(Repr(e.val))
	}
	sb.WriteByte('}')
	return sb.String()
}

func dictEqual(a, b *Dict) bool {
	if a.used != b.used {
		return false
	}
	nestEnter(compareNestLimit, " in comparison")
	defer nestLeave()
	for i := 0; i < len(a.entries); i++ {
		e := a.entries[i]
		if e.key == nil {
			continue
		}
		j := b.lookup(e.key, e.hash)
		if j < 0 {
			return false
		}
		bv := b.entries[j].val
		if !itemEq(e.val, bv) {
			return false
		}
	}
	return true
}

// GetItem returns d[k], raising KeyError.
func (d *Dict) GetItem(k Value) Value {
	v, ok := d.Get(k)
	if !ok {
		panic(&Exception{Cls: KeyError, Args: []Value{k}})
	}
	return v
}

// DelItem performs del d[k], raising KeyError.
func (d *Dict) DelItem(k Value) {
	if !d.Delete(k) {
		panic(&Exception{Cls: KeyError, Args: []Value{k}})
	}
}

// updateFrom implements dict.update's positional argument: a dict, an
// object with keys(), or an iterable of pairs.
func (d *Dict) updateFrom(arg Value) {
	if o, ok := arg.(*Dict); ok {
		d.Update(o)
		return
	}
	if _, ok := arg.(Object); ok {
		if keys, ok := LookupAttr(arg, "keys"); ok {
			it := Iter(Call(keys, nil, nil))
			for {
				k, ok := it.Next()
				if !ok {
					return
				}
				d.Set(k, GetItem(arg, k))
			}
		}
	}
	it := Iter(arg)
	for n := 0; ; n++ {
		item, ok := it.Next()
		if !ok {
			return
		}
		var pair []Value
		switch x := item.(type) {
		case *Tuple:
			pair = x.Items
		case *List:
			pair = x.Items
		default:
			if !isIterable(item) {
				Raisef(TypeError, "cannot convert dictionary update sequence element #", strconv.Itoa(n), " to a sequence")
			}
			pair = IterToSlice(item)
		}
		if len(pair) != 2 {
			Raisef(ValueError, "dictionary update sequence element #", strconv.Itoa(n), " has length ", strconv.Itoa(len(pair)), "; 2 is required")
		}
		d.Set(pair[0], pair[1])
	}
}

func dictUpdateMethod(d *Dict, fname string, args []Value, kwargs []KW) {
	if len(args) > 1 {
		Raisef(TypeError, fname, " expected at most 1 argument, got ", strconv.Itoa(len(args)))
	}
	if len(args) == 1 {
		d.updateFrom(args[0])
	}
	for _, kw := range kwargs {
		d.Set(kw.Name, kw.Value)
	}
}

// newDictFrom is dict(...).
func newDictFrom(args []Value, kwargs []KW) Value {
	d := NewDict(0)
	dictUpdateMethod(d, "dict", args, kwargs)
	return d
}

// DictFromKeys is dict.fromkeys(iterable, value).
func DictFromKeys(args []Value, kwargs []KW) Value {
	methArgRange("dict.fromkeys", args, kwargs, 1, 2)
	var v Value = None
	if len(args) == 2 {
		v = args[1]
	}
	d := NewDict(0)
	switch x := args[0].(type) {
	case *Dict:
		for _, e := range x.entries {
			if e.key != nil {
				d.setWithHash(e.key, v, e.hash)
			}
		}
		return d
	}
	it := Iter(args[0])
	for {
		k, ok := it.Next()
		if !ok {
			return d
		}
		d.Set(k, v)
	}
}

func dictBinary(op BinaryOp, a, b Value) Value {
	if op != OpOr {
		return NotImplemented
	}
	x, ok1 := a.(*Dict)
	y, ok2 := b.(*Dict)
	if !ok1 || !ok2 {
		return NotImplemented
	}
	r := x.Copy()
	r.Update(y)
	return r
}

func init() {
	c := DictType
	c.Slots.Repr = dictRepr
	c.Slots.Len = func(v Value) int { return v.(*Dict).used }
	c.Slots.Compare = func(op CompareOp, a, b Value) Value {
		x, ok1 := a.(*Dict)
		y, ok2 := b.(*Dict)
		if !ok1 || !ok2 || (op != OpEQ && op != OpNE) {
			return NotImplemented
		}
		return dictEqual(x, y) == (op == OpEQ)
	}
	c.Slots.Binary = dictBinary
	c.Slots.InPlace = func(op BinaryOp, a, b Value) Value {
		if op != OpOr {
			return NotImplemented
		}
		a.(*Dict).updateFrom(b)
		return a
	}
	c.Slots.GetItem = func(v, key Value) Value { return v.(*Dict).GetItem(key) }
	c.Slots.SetItem = func(v, key, val Value) { v.(*Dict).Set(key, val) }
	c.Slots.DelItem = func(v, key Value) { v.(*Dict).DelItem(key) }
	c.Slots.Contains = func(v, x Value) bool { return v.(*Dict).Contains(x) }
	c.Slots.Iter = func(v Value) Iterator { return newDictIter(v.(*Dict), dictIterKeys) }

	SetConstructor(c, newDictFrom)
	c.Attrs["fromkeys"] = &Builtin{Name: "fromkeys", Fn: DictFromKeys}
	c.AttrOrder = append(c.AttrOrder, "fromkeys")
	c.AddMethod("keys", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("dict.keys", args, kwargs)
		return &DictView{D: self.(*Dict), Kind: DictKeys}
	})
	c.AddMethod("values", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("dict.values", args, kwargs)
		return &DictView{D: self.(*Dict), Kind: DictValues}
	})
	c.AddMethod("items", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("dict.items", args, kwargs)
		return &DictView{D: self.(*Dict), Kind: DictItems}
	})
	c.AddMethod("get", func(self Value, args []Value, kwargs []KW) Value {
		methArgRange("dict.get", args, kwargs, 1, 2)
		if v, ok := self.(*Dict).Get(args[0]); ok {
			return v
		}
		if len(args) == 2 {
			return args[1]
		}
		return None
	})
	c.AddMethod("setdefault", func(self Value, args []Value, kwargs []KW) Value {
		methArgRange("dict.setdefault", args, kwargs, 1, 2)
		d := self.(*Dict)
		h := keyHash(args[0])
		if i := d.lookup(args[0], h); i >= 0 {
			return d.entries[i].val
		}
		var v Value = None
		if len(args) == 2 {
			v = args[1]
		}
		d.insertNew(args[0], v, h)
		return v
	})
	c.AddMethod("pop", func(self Value, args []Value, kwargs []KW) Value {
		methArgRange("dict.pop", args, kwargs, 1, 2)
		if v, ok := self.(*Dict).Pop(args[0]); ok {
			return v
		}
		if len(args) == 2 {
			return args[1]
		}
		panic(&Exception{Cls: KeyError, Args: []Value{args[0]}})
	})
	c.AddMethod("popitem", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("dict.popitem", args, kwargs)
		d := self.(*Dict)
		for i := len(d.entries) - 1; i >= 0; i-- {
			e := d.entries[i]
			if e.key != nil {
				d.deleteAt(i)
				d.trimTail()
				return NewTuple(e.key, e.val)
			}
		}
		Raise(KeyError, "popitem(): dictionary is empty")
		return nil
	})
	c.AddMethod("update", func(self Value, args []Value, kwargs []KW) Value {
		dictUpdateMethod(self.(*Dict), "update", args, kwargs)
		return None
	})
	c.AddMethod("clear", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("dict.clear", args, kwargs)
		self.(*Dict).Clear()
		return None
	})
	c.AddMethod("copy", func(self Value, args []Value, kwargs []KW) Value {
		methArg0("dict.copy", args, kwargs)
		return self.(*Dict).Copy()
	})
}

// GetInt is Get for an int key that fits in int64, without boxing it.
func (d *Dict) GetInt(k int64) (Value, bool) {
	if d.used == 0 {
		return nil, false
	}
	h := smallIntHash(k)
	match := func(e *dictEntry) bool {
		switch x := e.key.(type) {
		case Int:
			return x.big == nil && x.small == k
		case string, nil, Bytes, NoneType, *Tuple:
			return false
		}
		return Eq(e.key, Int{small: k})
	}
	if d.index == nil {
		for i := 0; i < len(d.entries); i++ {
			if e := &d.entries[i]; e.hash == h && match(e) {
				return e.val, true
			}
		}
		return nil, false
	}
	if i := d.lookup(Int{small: k}, h); i >= 0 {
		return d.entries[i].val, true
	}
	return nil, false
}
