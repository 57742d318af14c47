package storage

import (
	"math/bits"
	"slices"
)

// Store is a persistent slot store: the host's state or an in-memory map.
// Reading bytes that were never written yields zeros.
type Store interface {
	// Read fills dst with the bytes of slot at [off, off+len(dst)).
	Read(slot SlotID, off uint32, dst []byte) error
	// Write stores data at [off, off+len(data)) of slot.
	Write(slot SlotID, off uint32, data []byte) error
}

const (
	pageBits = 7
	pageSize = 1 << pageBits
)

type page struct {
	data   [pageSize]byte
	dirty  [pageSize / 64]uint64
	loaded bool
}

type slotCache struct {
	pages   map[uint32]*page
	dirty   []uint32 // pages with dirty bytes, in first-dirtied order
	inOrder bool     // listed in Tx.order

	lastIdx  uint32
	lastPage *page
}

// Tx is one transaction's view of a Store: reads go through a page cache,
// writes go to a journal that reaches the Store only on Commit. A Tx also
// enforces the locked-slot policy on every write. A Tx is not safe for
// concurrent use.
type Tx struct {
	base  Store
	lock  *LockPolicy
	slots map[SlotID]*slotCache
	order []SlotID    // slots in first-written order
	mru   [4]mruEntry // recently used slot caches, most recent first
	buf   [pageSize]byte
	ind   indCache // derived slot ids (indcache.go)
	// WriteGuard, if set, is consulted before every write; a non-nil
	// error refuses the write (writing nothing). The runtime sets it while
	// a nondet block runs, whose storage writes GenVM forbids.
	WriteGuard func() error
	// undo holds the open savepoints, innermost last.
	undo []*undoLog
}

// undoLog records the state of what the writes since a savepoint touched.
type undoLog struct {
	orderLen int
	pages    []pageUndo
	slots    []slotUndo
	seen     map[any]bool
}

type pageUndo struct {
	p     *page
	saved page
}

type slotUndo struct {
	c        *slotCache
	dirtyLen int
	inOrder  bool
}

// Savepoint starts recording the writes that follow, so that Rollback can
// undo them (a sandbox's writes count only if it returns). Savepoints
// nest; it returns the savepoint's handle.
func (t *Tx) Savepoint() int {
	t.undo = append(t.undo, &undoLog{orderLen: len(t.order), seen: map[any]bool{}})
	return len(t.undo)
}

// Release ends savepoint sp (and any opened after it) keeping its writes;
// an enclosing savepoint can still undo them.
func (t *Tx) Release(sp int) {
	for len(t.undo) >= sp {
		top := t.undo[len(t.undo)-1]
		t.undo = t.undo[:len(t.undo)-1]
		if len(t.undo) == 0 {
			continue
		}
		parent := t.undo[len(t.undo)-1]
		for _, s := range top.slots {
			if !parent.seen[s.c] {
				parent.seen[s.c] = true
				parent.slots = append(parent.slots, s)
			}
		}
		for _, p := range top.pages {
			if !parent.seen[p.p] {
				parent.seen[p.p] = true
				parent.pages = append(parent.pages, p)
			}
		}
	}
}

// Rollback undoes every write since savepoint sp and ends it (and any
// opened after it).
func (t *Tx) Rollback(sp int) {
	for len(t.undo) >= sp {
		top := t.undo[len(t.undo)-1]
		t.undo = t.undo[:len(t.undo)-1]
		for i := len(top.pages) - 1; i >= 0; i-- {
			*top.pages[i].p = top.pages[i].saved
		}
		for i := len(top.slots) - 1; i >= 0; i-- {
			s := top.slots[i]
			s.c.dirty = s.c.dirty[:s.dirtyLen]
			s.c.inOrder = s.inOrder
		}
		t.order = t.order[:top.orderLen]
	}
}

// recordSlot and recordPage save what a write is about to change, once
// per savepoint.
func (u *undoLog) recordSlot(c *slotCache) {
	if !u.seen[c] {
		u.seen[c] = true
		u.slots = append(u.slots, slotUndo{c, len(c.dirty), c.inOrder})
	}
}

func (u *undoLog) recordPage(p *page) {
	if !u.seen[p] {
		u.seen[p] = true
		u.pages = append(u.pages, pageUndo{p, *p})
	}
}

type mruEntry struct {
	id SlotID
	c  *slotCache
}

// NewTx starts a transaction over base. lock may be nil (no locked slots).
func NewTx(base Store, lock *LockPolicy) *Tx {
	return &Tx{base: base, lock: lock, slots: make(map[SlotID]*slotCache)}
}

// SetLockPolicy replaces the locked-slot policy (checked on each Write).
func (t *Tx) SetLockPolicy(p *LockPolicy) { t.lock = p }

func (t *Tx) cache(id SlotID) *slotCache {
	for i := range t.mru {
		if e := t.mru[i]; e.c != nil && e.id == id {
			if i > 0 {
				copy(t.mru[1:i+1], t.mru[:i])
				t.mru[0] = e
			}
			return e.c
		}
	}
	c := t.slots[id]
	if c == nil {
		c = &slotCache{pages: make(map[uint32]*page)}
		t.slots[id] = c
	}
	copy(t.mru[1:], t.mru[:len(t.mru)-1])
	t.mru[0] = mruEntry{id, c}
	return c
}

// page returns page idx of c, creating it when absent.
func (c *slotCache) page(idx uint32) *page {
	if c.lastPage != nil && c.lastIdx == idx {
		return c.lastPage
	}
	p := c.pages[idx]
	if p == nil {
		p = new(page)
		c.pages[idx] = p
	}
	c.lastIdx, c.lastPage = idx, p
	return p
}

func checkRange(off uint32, n int) error {
	if uint64(off)+uint64(n) > 1<<32 {
		return ErrOutOfRange
	}
	return nil
}

// dirtyRange reports whether every byte in [lo, hi) of p is dirty.
func (p *page) allDirty(lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if p.dirty[i/64]>>(uint(i)%64)&1 == 0 {
			return false
		}
	}
	return true
}

func (t *Tx) load(id SlotID, idx uint32, p *page) error {
	if err := t.base.Read(id, idx<<pageBits, t.buf[:]); err != nil {
		return err
	}
	for i := range pageSize {
		if p.dirty[i/64]>>(uint(i)%64)&1 == 0 {
			p.data[i] = t.buf[i]
		}
	}
	p.loaded = true
	return nil
}

// Read fills dst from slot id at off, seeing this transaction's own writes.
func (t *Tx) Read(id SlotID, off uint32, dst []byte) error {
	if err := checkRange(off, len(dst)); err != nil {
		return err
	}
	c := t.cache(id)
	pos := uint64(off)
	for len(dst) > 0 {
		idx := uint32(pos >> pageBits)
		in := int(pos & (pageSize - 1))
		n := min(len(dst), pageSize-in)
		p := c.page(idx)
		if !p.loaded && !p.allDirty(in, in+n) {
			if err := t.load(id, idx, p); err != nil {
				return err
			}
		}
		copy(dst[:n], p.data[in:in+n])
		dst = dst[n:]
		pos += uint64(n)
	}
	return nil
}

// Write journals data at off of slot id. It fails with ErrForbidden, writing
// nothing, when the lock policy forbids writing the slot.
func (t *Tx) Write(id SlotID, off uint32, data []byte) error {
	if err := checkRange(off, len(data)); err != nil {
		return err
	}
	if t.lock.Forbids(id) {
		return ErrForbidden
	}
	if t.WriteGuard != nil {
		if err := t.WriteGuard(); err != nil {
			return err
		}
	}
	if len(data) == 0 {
		return nil
	}
	c := t.cache(id)
	var undo *undoLog
	if len(t.undo) > 0 {
		undo = t.undo[len(t.undo)-1]
		undo.recordSlot(c)
	}
	if !c.inOrder {
		c.inOrder = true
		t.order = append(t.order, id)
	}
	pos := uint64(off)
	for len(data) > 0 {
		idx := uint32(pos >> pageBits)
		in := int(pos & (pageSize - 1))
		n := min(len(data), pageSize-in)
		p := c.page(idx)
		if undo != nil {
			undo.recordPage(p)
		}
		if p.dirty == [pageSize / 64]uint64{} {
			c.dirty = append(c.dirty, idx)
		}
		copy(p.data[in:in+n], data[:n])
		for i := in; i < in+n; i++ {
			p.dirty[i/64] |= 1 << (uint(i) % 64)
		}
		data = data[n:]
		pos += uint64(n)
	}
	return nil
}

// Writes calls fn for each journaled run of written bytes: slots in the
// order they were first written, runs in ascending offset order. Applying
// the runs to the base store in this order reproduces the transaction's
// effect exactly (same bytes, same written extents).
func (t *Tx) Writes(fn func(slot SlotID, off uint32, data []byte) error) error {
	for _, id := range t.order {
		c := t.slots[id]
		idxs := slices.Clone(c.dirty)
		slices.Sort(idxs)
		var run []byte
		var runStart uint64
		flush := func() error {
			if len(run) == 0 {
				return nil
			}
			err := fn(id, uint32(runStart), run)
			run = run[:0]
			return err
		}
		for _, idx := range idxs {
			p := c.pages[idx]
			base := uint64(idx) << pageBits
			for w := range p.dirty {
				word := p.dirty[w]
				for word != 0 {
					i := w*64 + bits.TrailingZeros64(word)
					word &= word - 1
					at := base + uint64(i)
					if len(run) > 0 && runStart+uint64(len(run)) != at {
						if err := flush(); err != nil {
							return err
						}
					}
					if len(run) == 0 {
						runStart = at
					}
					run = append(run, p.data[i])
				}
			}
		}
		if err := flush(); err != nil {
			return err
		}
	}
	return nil
}

// Commit applies the journal to the base store and clears it; the cache
// stays valid for further use.
func (t *Tx) Commit() error {
	err := t.Writes(func(slot SlotID, off uint32, data []byte) error {
		return t.base.Write(slot, off, data)
	})
	if err != nil {
		return err
	}
	for _, id := range t.order {
		c := t.slots[id]
		for _, idx := range c.dirty {
			p := c.pages[idx]
			if !p.loaded {
				// only the dirty bytes were known; the base store now has
				// them, so read the whole page from it next time
				delete(c.pages, idx)
				if c.lastPage == p {
					c.lastPage = nil
				}
				continue
			}
			p.dirty = [pageSize / 64]uint64{}
		}
		c.dirty = c.dirty[:0]
		c.inOrder = false
	}
	t.order = t.order[:0]
	return nil
}

// Discard drops the journal and the cache (a rolled-back transaction).
func (t *Tx) Discard() {
	clear(t.slots)
	t.order = t.order[:0]
	t.mru = [4]mruEntry{}
}

// MemStore is an in-memory Store: each slot is a byte array that grows to
// the furthest byte written, like the SDK's InmemManager.
type MemStore struct {
	slots map[SlotID][]byte
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore { return &MemStore{slots: make(map[SlotID][]byte)} }

// Read implements Store.
func (m *MemStore) Read(id SlotID, off uint32, dst []byte) error {
	if err := checkRange(off, len(dst)); err != nil {
		return err
	}
	b := m.slots[id]
	clear(dst)
	if uint64(off) < uint64(len(b)) {
		copy(dst, b[off:])
	}
	return nil
}

// Write implements Store.
func (m *MemStore) Write(id SlotID, off uint32, data []byte) error {
	if err := checkRange(off, len(data)); err != nil {
		return err
	}
	b := m.slots[id]
	if end := int(off) + len(data); end > len(b) {
		if len(data) == 0 {
			return nil
		}
		b = append(b, make([]byte, end-len(b))...)
		m.slots[id] = b
	}
	copy(b[off:], data)
	return nil
}

// Slots returns the ids of all written slots in ascending byte order.
func (m *MemStore) Slots() []SlotID {
	ids := make([]SlotID, 0, len(m.slots))
	for id := range m.slots {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b SlotID) int { return slices.Compare(a[:], b[:]) })
	return ids
}

// Bytes returns the written bytes of slot id (its full written extent).
func (m *MemStore) Bytes(id SlotID) []byte { return m.slots[id] }
