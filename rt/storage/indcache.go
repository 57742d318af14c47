package storage

// Derived slot ids are pure functions of (parent id, offset), but computing
// one is a SHA3-256 permutation: reading a str, bytes or bigint, a
// DynArray's elements or a TreeMap's nodes derives one on every access, and
// a TreeMap lookup reads a key per node on its way down. A Tx therefore
// memoizes the ids it derives.
//
// The memo is bounded: two generations of at most indGen entries each.
// Lookups try the current generation, then the previous one (promoting a
// hit); when the current generation is full it becomes the previous one and
// the old previous one is cleared and reused. Nothing iterates the maps, so
// no order can leak, and a hit returns exactly what SlotID.Indirect would:
// caching changes only the time taken, never a slot id, a byte or a write.

// indGen is the capacity of one generation of the memo. Two full
// generations hold 2*indGen entries of 68 bytes plus map overhead: under
// 1 MiB per transaction.
const indGen = 1 << 12

type indKey struct {
	s   SlotID
	off uint32
}

// indCache memoizes SlotID.Indirect; the zero value is empty and ready.
type indCache struct {
	cur, old map[indKey]SlotID
	misses   uint64 // ids computed (for tests)
}

// get returns s.Indirect(off), from the memo when it holds it.
func (c *indCache) get(s SlotID, off uint32) SlotID {
	k := indKey{s, off}
	if id, ok := c.cur[k]; ok {
		return id
	}
	id, ok := c.old[k]
	if !ok {
		id = s.Indirect(off)
		c.misses++
	}
	if c.cur == nil {
		c.cur = make(map[indKey]SlotID)
	} else if len(c.cur) >= indGen {
		if c.old == nil {
			c.old = make(map[indKey]SlotID, indGen)
		}
		clear(c.old)
		c.cur, c.old = c.old, c.cur
	}
	c.cur[k] = id
	return id
}

// len returns the number of memoized ids (for tests).
func (c *indCache) len() int { return len(c.cur) + len(c.old) }
