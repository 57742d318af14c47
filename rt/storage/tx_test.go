package storage

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// model is the obvious semantics: a byte array per slot, zeros beyond.
type model map[SlotID][]byte

func (m model) write(id SlotID, off uint32, data []byte) {
	if len(data) == 0 {
		return
	}
	b := m[id]
	if end := int(off) + len(data); end > len(b) {
		b = append(b, make([]byte, end-len(b))...)
	}
	copy(b[off:], data)
	m[id] = b
}

func (m model) read(id SlotID, off uint32, n int) []byte {
	out := make([]byte, n)
	b := m[id]
	if int(off) < len(b) {
		copy(out, b[off:])
	}
	return out
}

func (m model) clone() model {
	c := model{}
	for k, v := range m {
		c[k] = bytes.Clone(v)
	}
	return c
}

// runTxProgram drives a Tx over a MemStore and the model with the same random
// reads, writes, commits and discards, comparing every read and, after each
// commit, the store's full contents (bytes and extents).
func runTxProgram(t *testing.T, seed uint64) {
	r := rand.New(rand.NewPCG(seed, 99))
	st := NewMemStore()
	committed := model{}
	pending := committed.clone()
	tx := NewTx(st, nil)
	ids := []SlotID{{1}, {2}, {3}, {4}, {5}, {6}}
	for range 400 {
		id := ids[r.IntN(len(ids))]
		off := uint32(r.IntN(600))
		n := r.IntN(300)
		switch k := r.IntN(10); {
		case k < 4:
			data := make([]byte, n)
			for i := range data {
				data[i] = byte(r.Uint32() % 3)
			}
			if err := tx.Write(id, off, data); err != nil {
				t.Fatal(err)
			}
			pending.write(id, off, data)
		case k < 8:
			got := make([]byte, n)
			if err := tx.Read(id, off, got); err != nil {
				t.Fatal(err)
			}
			if want := pending.read(id, off, n); !bytes.Equal(got, want) {
				t.Fatalf("seed %d: read %x+%d mismatch", seed, off, n)
			}
		case k == 8:
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			committed = pending.clone()
			for sid, want := range committed {
				if !bytes.Equal(st.Bytes(sid), want) {
					t.Fatalf("seed %d: slot %x after commit: %d bytes, want %d", seed, sid[0], len(st.Bytes(sid)), len(want))
				}
			}
		default:
			tx.Discard()
			pending = committed.clone()
		}
	}
}

func TestTxAgainstModel(t *testing.T) {
	for seed := range uint64(40) {
		runTxProgram(t, seed)
	}
}
