package store

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/storage"
)

func TestSlotsBalancesNonces(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := address.Address{1}
	slot := storage.SlotID{9}
	err = s.Update(func(tx *Tx) error {
		if err := tx.WriteSlot(a, slot, 4, []byte{1, 2}); err != nil {
			return err
		}
		if err := tx.AddBalance(a, big.NewInt(300)); err != nil {
			return err
		}
		n, err := tx.NextNonce(a)
		if n != 0 {
			t.Errorf("first nonce %d", n)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// a failing transaction applies nothing
	boom := errors.New("boom")
	err = s.Update(func(tx *Tx) error {
		tx.WriteSlot(a, slot, 0, []byte{7})
		tx.AddBalance(a, big.NewInt(1))
		return boom
	})
	if err != boom {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(dir); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	buf := make([]byte, 8)
	if err := s.ReadSlot(a, slot, 2, buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf, []byte{0, 0, 1, 2, 0, 0, 0, 0}) {
		t.Errorf("slot bytes %v", buf)
	}
	if bal, _ := s.Balance(a); bal.Int64() != 300 {
		t.Errorf("balance %v", bal)
	}
	if n, _ := s.Nonce(a); n != 1 {
		t.Errorf("nonce %d", n)
	}
	if err := s.Update(func(tx *Tx) error { return tx.AddBalance(a, big.NewInt(-301)) }); err == nil {
		t.Error("negative balance accepted")
	}
	d, _ := s.Dump(a)
	if len(d) != 1 || d[0].ID != slot || !bytes.Equal(d[0].Data, []byte{0, 0, 0, 0, 1, 2}) {
		t.Errorf("dump %v", d)
	}
}
