package storage

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// journal renders a transaction's pending writes.
func journal(t *testing.T, tx *Tx) string {
	t.Helper()
	var b strings.Builder
	err := tx.Writes(func(slot SlotID, off uint32, data []byte) error {
		fmt.Fprintf(&b, "%x@%d=%x;", slot[0], off, data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func read(t *testing.T, tx *Tx, id SlotID, off uint32, n int) []byte {
	t.Helper()
	dst := make([]byte, n)
	if err := tx.Read(id, off, dst); err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestSavepoints(t *testing.T) {
	base := NewMemStore()
	a, b, c := SlotID{1}, SlotID{2}, SlotID{3}
	if err := base.Write(a, 0, bytes.Repeat([]byte{7}, 300)); err != nil {
		t.Fatal(err)
	}
	tx := NewTx(base, nil)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(tx.Write(a, 1, []byte{1, 1}))
	before := journal(t, tx)
	_ = read(t, tx, a, 0, 300) // loads the pages
	sp := tx.Savepoint()
	must(tx.Write(a, 2, []byte{2, 2})) // same page as the first write
	must(tx.Write(a, 200, []byte{3}))  // another page of the slot
	must(tx.Write(b, 0, []byte{4, 4})) // a new slot
	inner := tx.Savepoint()
	must(tx.Write(c, 5, []byte{5}))
	tx.Release(inner) // kept by the inner, undone by the outer
	tx.Rollback(sp)
	if got := journal(t, tx); got != before {
		t.Errorf("journal after rollback %s, want %s", got, before)
	}
	if got := read(t, tx, a, 0, 4); !bytes.Equal(got, []byte{7, 1, 1, 7}) {
		t.Errorf("slot a after rollback % x", got)
	}
	if got := read(t, tx, a, 200, 1); got[0] != 7 {
		t.Errorf("slot a byte 200 after rollback %d", got[0])
	}
	if got := read(t, tx, b, 0, 2); !bytes.Equal(got, []byte{0, 0}) {
		t.Errorf("slot b after rollback % x", got)
	}
	// an inner rollback inside a kept savepoint
	sp = tx.Savepoint()
	must(tx.Write(b, 0, []byte{9}))
	inner = tx.Savepoint()
	must(tx.Write(b, 1, []byte{8}))
	must(tx.Write(c, 0, []byte{8}))
	tx.Rollback(inner)
	tx.Release(sp)
	if got, want := journal(t, tx), before+"2@0=09;"; got != want {
		t.Errorf("journal %s, want %s", got, want)
	}
	if len(tx.undo) != 0 {
		t.Errorf("%d savepoints left open", len(tx.undo))
	}
	must(tx.Commit())
	if got := base.Bytes(b); !bytes.Equal(got, []byte{9}) {
		t.Errorf("committed slot b % x", got)
	}
}
