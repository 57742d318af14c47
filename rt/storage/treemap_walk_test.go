package storage

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestWalkMatchesEach: without mutations the lazy walk yields what Each
// does, keys alone or with values, over random insertions and deletions.
func TestWalkMatchesEach(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	for round := range 20 {
		tx := NewTx(NewMemStore(), nil)
		m := newStrMap(tx)
		for range r.IntN(60) {
			k := fmt.Sprint("k", r.IntN(40))
			if r.IntN(3) == 0 {
				_ = m.Delete(k)
			} else if err := m.Set(k, uint64(r.IntN(1000))); err != nil {
				t.Fatal(err)
			}
		}
		var want, wantKeys []string
		if err := m.Each(func(k string, v uint64) error {
			want = append(want, fmt.Sprint(k, "=", v))
			wantKeys = append(wantKeys, fmt.Sprint(k, "=0"))
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		for _, values := range []bool{true, false} {
			w := m.Walk(values)
			var got []string
			for {
				k, v, ok, err := w.Next()
				if err != nil {
					t.Fatal(err)
				}
				if !ok {
					break
				}
				got = append(got, fmt.Sprint(k, "=", v))
			}
			exp := want
			if !values {
				exp = wantKeys // values are not read
			}
			if fmt.Sprint(got) != fmt.Sprint(exp) {
				t.Fatalf("round %d, values %v: walk %v, each %v", round, values, got, exp)
			}
		}
	}
}

// TestWalkEmptiedMidway: a map cleared during the walk ends it with the
// SDK's IndexError from self._slots[n - 1] (treemap_sdk_iteration checks
// the whole behaviour against the SDK).
func TestWalkEmptiedMidway(t *testing.T) {
	tx := NewTx(NewMemStore(), nil)
	m := newStrMap(tx)
	for _, k := range []string{"b", "a", "c"} {
		if err := m.Set(k, 1); err != nil {
			t.Fatal(err)
		}
	}
	w := m.Walk(false)
	if k, _, ok, err := w.Next(); !ok || err != nil || k != "a" {
		t.Fatalf("first: %q %v %v", k, ok, err)
	}
	if k, _, ok, err := w.Next(); !ok || err != nil || k != "b" {
		t.Fatalf("second: %q %v %v", k, ok, err)
	}
	if err := m.Clear(); err != nil {
		t.Fatal(err)
	}
	_, _, ok, err := w.Next()
	if ok || err == nil || err.Error() != "IndexError: index out of range 2 not in 0..<0" {
		t.Fatalf("after clear: %v %v", ok, err)
	}
}
