// Package store is the local chain's embedded state store: contract slots,
// balances and nonces in one bbolt file under the state directory.
//
// bbolt rather than Pebble: the local chain needs a single-file,
// pure-Go store with serialisable read-write transactions (a transaction's
// writes land all together or not at all) and ordered keys (storage dumps
// in slot order); it has no write-heavy workload that would pay back an
// LSM tree's compactions, background goroutines and multi-file layout.
//
// Layout (bucket → key → value):
//
//	slots/<address 20 bytes>  slot id (32 bytes) → the slot's bytes, as long as its furthest written byte
//	balances                  address → balance, big-endian unsigned
//	nonces                    address → deploy nonce, 8 bytes big-endian
//	contracts                 address → JSON metadata of a deployed contract
//
// Contract code lives where GenVM keeps it: in the contract's code slot.
package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/storage"
	bolt "go.etcd.io/bbolt"
)

var (
	bucketSlots     = []byte("slots")
	bucketBalances  = []byte("balances")
	bucketNonces    = []byte("nonces")
	bucketContracts = []byte("contracts")
)

// FileName is the database file inside the state directory.
const FileName = "state.db"

// Store is an open state directory. It is safe for use by one process; a
// second process opening the same directory waits up to a few seconds for
// the file lock, then fails.
type Store struct {
	db  *bolt.DB
	dir string
}

// Open opens the state in dir, creating dir and an empty state on first use.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	db, err := bolt.Open(filepath.Join(dir, FileName), 0o644, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("opening state %s: %w", dir, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		for _, b := range [][]byte{bucketSlots, bucketBalances, bucketNonces, bucketContracts} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	return &Store{db: db, dir: dir}, nil
}

// Dir returns the state directory.
func (s *Store) Dir() string { return s.dir }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// ReadSlot fills dst with bytes [off, off+len(dst)) of slot of the contract
// at addr; bytes never written read as zeros.
func (s *Store) ReadSlot(addr address.Address, slot storage.SlotID, off uint32, dst []byte) error {
	return s.db.View(func(tx *bolt.Tx) error {
		readSlot(tx, addr, slot, off, dst)
		return nil
	})
}

func readSlot(tx *bolt.Tx, addr address.Address, slot storage.SlotID, off uint32, dst []byte) {
	clear(dst)
	b := tx.Bucket(bucketSlots).Bucket(addr[:])
	if b == nil {
		return
	}
	v := b.Get(slot[:])
	if uint64(off) < uint64(len(v)) {
		copy(dst, v[off:])
	}
}

// Balance returns the balance of addr (0 if it never had one).
func (s *Store) Balance(addr address.Address) (*big.Int, error) {
	bal := new(big.Int)
	err := s.db.View(func(tx *bolt.Tx) error {
		bal.SetBytes(tx.Bucket(bucketBalances).Get(addr[:]))
		return nil
	})
	return bal, err
}

// Nonce returns the deploy nonce of addr.
func (s *Store) Nonce(addr address.Address) (uint64, error) {
	var n uint64
	err := s.db.View(func(tx *bolt.Tx) error {
		if v := tx.Bucket(bucketNonces).Get(addr[:]); len(v) == 8 {
			n = binary.BigEndian.Uint64(v)
		}
		return nil
	})
	return n, err
}

// Meta returns the metadata recorded for the contract at addr (nil if none).
func (s *Store) Meta(addr address.Address) ([]byte, error) {
	var m []byte
	err := s.db.View(func(tx *bolt.Tx) error {
		m = append([]byte(nil), tx.Bucket(bucketContracts).Get(addr[:])...)
		return nil
	})
	if len(m) == 0 {
		return nil, err
	}
	return m, err
}

// Slot is one slot of a storage dump.
type Slot struct {
	ID   storage.SlotID
	Data []byte
}

// Dump returns every slot of the contract at addr in ascending id order.
func (s *Store) Dump(addr address.Address) ([]Slot, error) {
	var out []Slot
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSlots).Bucket(addr[:])
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var id storage.SlotID
			copy(id[:], k)
			out = append(out, Slot{id, append([]byte(nil), v...)})
			return nil
		})
	})
	return out, err
}

// Tx is a read-write transaction: everything done through it is applied
// together when the function given to Update returns nil, and not at all
// otherwise.
type Tx struct{ tx *bolt.Tx }

// Update runs fn in one read-write transaction.
func (s *Store) Update(fn func(tx *Tx) error) error {
	return s.db.Update(func(tx *bolt.Tx) error { return fn(&Tx{tx}) })
}

// ErrSlotRange is a write past the 2^32-byte end of a slot.
var ErrSlotRange = errors.New("store: write past the end of a slot")

// WriteSlot stores data at [off, off+len(data)) of slot of addr, extending
// the slot with zeros as needed.
func (t *Tx) WriteSlot(addr address.Address, slot storage.SlotID, off uint32, data []byte) error {
	if uint64(off)+uint64(len(data)) > 1<<32 {
		return ErrSlotRange
	}
	if len(data) == 0 {
		return nil
	}
	b, err := t.tx.Bucket(bucketSlots).CreateBucketIfNotExists(addr[:])
	if err != nil {
		return err
	}
	old := b.Get(slot[:])
	end := int(off) + len(data)
	v := make([]byte, max(len(old), end))
	copy(v, old)
	copy(v[off:], data)
	return b.Put(slot[:], v)
}

// ReadSlot reads as Store.ReadSlot, seeing this transaction's writes.
func (t *Tx) ReadSlot(addr address.Address, slot storage.SlotID, off uint32, dst []byte) {
	readSlot(t.tx, addr, slot, off, dst)
}

// AddBalance adds delta (which may be negative) to the balance of addr; a
// balance may not go below zero.
func (t *Tx) AddBalance(addr address.Address, delta *big.Int) error {
	b := t.tx.Bucket(bucketBalances)
	bal := new(big.Int).SetBytes(b.Get(addr[:]))
	bal.Add(bal, delta)
	if bal.Sign() < 0 {
		return fmt.Errorf("insufficient balance of %s", addr.Hex())
	}
	return b.Put(addr[:], bal.Bytes())
}

// NextNonce returns the deploy nonce of addr and increments it.
func (t *Tx) NextNonce(addr address.Address) (uint64, error) {
	b := t.tx.Bucket(bucketNonces)
	var n uint64
	if v := b.Get(addr[:]); len(v) == 8 {
		n = binary.BigEndian.Uint64(v)
	}
	return n, b.Put(addr[:], binary.BigEndian.AppendUint64(nil, n+1))
}

// SetMeta records metadata of the contract at addr.
func (t *Tx) SetMeta(addr address.Address, meta []byte) error {
	return t.tx.Bucket(bucketContracts).Put(addr[:], meta)
}
