package consensus

import (
	"fmt"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/storage"
)

// TestChanges: overlapping and adjacent writes merge into one run per
// slot, later writes win, unchanged runs are left out, slots keep the
// order of their first write, and old bytes come from the store.
func TestChanges(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	addr := address.Address{1}
	a, b, c := storage.SlotID{0xa}, storage.SlotID{0xb}, storage.SlotID{0xc}
	err = st.Update(func(tx *store.Tx) error {
		if err := tx.WriteSlot(addr, a, 0, []byte{1, 2, 3, 4, 5, 6}); err != nil {
			return err
		}
		return tx.WriteSlot(addr, c, 0, []byte{7, 7})
	})
	if err != nil {
		t.Fatal(err)
	}
	writes := []exec.Write{
		{Slot: b, Off: 10, Data: []byte{9}},
		{Slot: a, Off: 1, Data: []byte{0xf, 0xf}},
		{Slot: a, Off: 2, Data: []byte{0xe, 0xe}}, // overlaps: one run 1..4
		{Slot: a, Off: 4, Data: []byte{5}},        // adjacent, unchanged byte: same run
		{Slot: c, Off: 0, Data: []byte{7, 7}},     // unchanged: no change
		{Slot: a, Off: 8, Data: nil},              // empty: nothing
		{Slot: b, Off: 0, Data: []byte{1}},        // a separate run, after the first in offset order
	}
	got, err := changes(&chain.Chain{Store: st}, &chain.Tx{Contract: addr}, writes)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for _, ch := range got {
		fmt.Fprintf(&sb, "%x@%d:%x>%x ", ch.Slot[0], ch.Off, ch.Old, ch.New)
	}
	if want := "b@0:00>01 b@10:00>09 a@1:02030405>0f0e0e05 "; sb.String() != want {
		t.Fatalf("got  %s\nwant %s", sb.String(), want)
	}
}
