// Package storage implements GenVM contract storage byte-for-byte as the
// original (spec §4): slot ids and SHA3-256 indirection, a per-transaction
// slot cache with a write journal applied only on commit, locked-slot write
// checks, and typed descriptors for every storage type of the Python SDK
// (sized integers, bigint, float, str, bytes, Address, None, datetime,
// DynArray, Array, TreeMap, Indirection, VLA, records and the root record).
//
// A storage value is a view: a location (Loc: transaction, slot id, byte
// offset) plus a descriptor that knows how to read, write and copy the
// value there. DynArray, TreeMap, Indirection, VLA and Record views operate
// directly on slot bytes; nothing is cached above the Tx page cache.
//
// Byte compatibility covers the final slot contents and the byte ranges that
// are written (a slot's written extent is visible to the node), so every
// operation issues the same writes as the SDK's implementation, including
// its quirks (stale bytes after pop, get_or_insert_default not clearing a
// reused TreeMap node's value, IndexError from insert at len()).
package storage

import (
	"encoding/binary"
	"encoding/hex"
	"math/big"

	"golang.org/x/crypto/sha3"
)

// SlotID names a slot: a linear byte array of up to 2^32 bytes.
type SlotID [32]byte

// RootSlot is the all-zero slot id of the root record.
var RootSlot SlotID

// Indirect returns the id of the slot that stores data referenced from byte
// off of s: SHA3-256(s ‖ u32le(off)).
func (s SlotID) Indirect(off uint32) SlotID {
	var in [36]byte
	copy(in[:32], s[:])
	binary.LittleEndian.PutUint32(in[32:], off)
	return sha3.Sum256(in[:])
}

// Int returns the slot id read as an unsigned little-endian integer (the
// SDK's Slot.as_int, the form stored in Root.locked_slots).
func (s SlotID) Int() *big.Int {
	var be [32]byte
	for i, b := range s {
		be[31-i] = b
	}
	return new(big.Int).SetBytes(be[:])
}

// String returns the id as 64 lower-case hex digits.
func (s SlotID) String() string { return hex.EncodeToString(s[:]) }
