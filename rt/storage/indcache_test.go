package storage

import (
	"fmt"
	"testing"
)

// A string read again and again derives its content slot once.
func TestIndirectMemoized(t *testing.T) {
	tx := NewTx(NewMemStore(), nil)
	l := Loc{tx, ContractSlot, 8}
	if err := Str.Set(l, "hello"); err != nil {
		t.Fatal(err)
	}
	if tx.ind.misses != 1 || tx.ind.len() != 1 {
		t.Fatalf("Set derived %d ids, memo holds %d; want 1, 1", tx.ind.misses, tx.ind.len())
	}
	before := tx.ind.misses
	for range 100 {
		s, err := Str.Get(l)
		if err != nil || s != "hello" {
			t.Fatalf("Get = %q, %v", s, err)
		}
	}
	if n := tx.ind.misses - before; n != 0 {
		t.Errorf("100 reads of a str derived its slot id %d more times, want 0", n)
	}
}

// TreeMap lookups in a map already visited derive no slot id.
func TestTreeMapLookupsMemoized(t *testing.T) {
	tx := NewTx(NewMemStore(), nil)
	m := newStrMap(tx)
	for i := range 500 {
		if err := m.Set(fmt.Sprintf("k%d", i), uint64(i)); err != nil {
			t.Fatal(err)
		}
	}
	before := tx.ind.misses
	if before == 0 {
		t.Fatal("building the map derived no id through the memo")
	}
	for i := range 500 {
		v, ok, err := m.Get(fmt.Sprintf("k%d", i))
		if err != nil || !ok || v != uint64(i) {
			t.Fatalf("Get(k%d) = %d, %v, %v", i, v, ok, err)
		}
	}
	if n := tx.ind.misses - before; n != 0 {
		t.Errorf("500 lookups derived %d slot ids, want 0", n)
	}
}

// The memo stays bounded and always answers what SlotID.Indirect computes,
// across generation changes (hits in the current generation, the previous
// one, and misses after eviction).
func TestIndirectMemoBounded(t *testing.T) {
	var c indCache
	var base SlotID
	base[0] = 7
	for round := range 3 {
		for off := range uint32(3 * indGen) {
			if got, want := c.get(base, off), base.Indirect(off); got != want {
				t.Fatalf("round %d: get(%d) = %v, want %v", round, off, got, want)
			}
			if c.len() > 2*indGen {
				t.Fatalf("memo holds %d entries, cap %d", c.len(), 2*indGen)
			}
		}
	}
	// the last indGen..2*indGen offsets are held: asking again computes nothing
	before := c.misses
	for off := uint32(2 * indGen); off < 3*indGen; off++ {
		if got, want := c.get(base, off), base.Indirect(off); got != want {
			t.Fatalf("get(%d) = %v, want %v", off, got, want)
		}
	}
	if c.misses != before {
		t.Errorf("recent ids recomputed %d times", c.misses-before)
	}
}

// Loc.Indirect without a Tx still derives the id.
func TestIndirectNoTx(t *testing.T) {
	if got, want := (Loc{Slot: RootSlot, Off: 1}).Indirect().Slot, CodeSlot; got != want {
		t.Errorf("got %v, want %v", got, want)
	}
}
