package rt

import (
	"math/bits"

	"github.com/genvm-go/genvm/rt/fuel"
)

// This file holds the runtime's size-proportional charges (see rt/fuel and
// the cost table in docs/execution.md §4). Helpers charge BEFORE they
// allocate or loop, so a request that would exceed a budget fails with the
// same *fuel.Exhausted on every machine without being attempted. Memory is
// always charged before fuel: a single huge request is out of memory, not
// out of time. Each helper charges once per operation with the operation's
// total size, never per element in a loop where one charge suffices.

// tooLarge raises MemoryError for a request of more than fuel.MaxCount
// elements (or a negative size from an overflowed computation), which no
// budget could grant.
func tooLarge() { panic(NewException(MemoryError, "")) }

// ChargeBytes charges building n bytes of a new str, bytes or bytearray by
// bulk copying (concatenation, repetition, join, padding, replace): n bytes
// of memory and fuel.PerWord per 8 bytes.
func ChargeBytes(n int) {
	u := uint64(n)
	if u > fuel.MaxCount {
		tooLarge()
	}
	fuel.Spend(fuel.PerWord*((u+7)>>3), u)
}

// ChargeText charges producing n bytes one at a time (repr, escaping,
// formatting, case mapping, codecs, number text, json): n bytes of memory and
// fuel.PerByte per byte.
func ChargeText(n int) {
	u := uint64(n)
	if u > fuel.MaxCount {
		tooLarge()
	}
	fuel.Spend(fuel.PerByte*u, u)
}

// ChargeScan charges fuel.PerByte per byte for n bytes a helper reads
// without keeping them (parsing whose result is charged separately).
func ChargeScan(n int) { fuel.ChargeSize(fuel.PerByte, uint64(n)) }

// ChargeItems charges n new container slots (a list, tuple or sequence
// growing or being built): fuel.ItemBytes each of memory and fuel.PerItem
// each of fuel.
func ChargeItems(n int) {
	u := uint64(n)
	if u > fuel.MaxCount {
		tooLarge()
	}
	fuel.Spend(fuel.PerItem*u, fuel.ItemBytes*u)
}

// ChargeEntries charges n dict entries or set elements added (amortising
// the table's resizes): fuel.EntryBytes each of memory, fuel.PerItem each of
// fuel.
func ChargeEntries(n int) {
	u := uint64(n)
	if u > fuel.MaxCount {
		tooLarge()
	}
	fuel.Spend(fuel.PerItem*u, fuel.EntryBytes*u)
}

// ChargeBigInt charges a big-int computation outside the runtime's own
// operators (math.factorial, math.comb, ...): resultLimbs 64-bit limbs of
// memory and work limb operations of fuel (see IntMulCost).
func ChargeBigInt(resultLimbs, work uint64) { chargeInt(resultLimbs, work) }

// chargeInt charges a big-int operation producing a result of resultLimbs
// 64-bit limbs after work limb operations.
func chargeInt(resultLimbs, work uint64) {
	fuel.AllocSize(fuel.LimbBytes, resultLimbs)
	fuel.ChargeSize(fuel.PerLimb, work)
}

// intLimbs returns the number of 64-bit limbs of |a| (at least 1). It is
// computed from the bit length, not from big.Int's word slice, so that it is
// the same on 32-bit machines.
func intLimbs(a Int) uint64 {
	if a.big == nil {
		return 1
	}
	return (uint64(a.big.BitLen()) + 63) >> 6
}

// IntMulCost returns the limb operations charged for multiplying numbers of
// la and lb limbs: la*lb for short operands (schoolbook), and above 32 limbs
// Karatsuba's cost, 3 half-size products per halving, times the number of
// min-sized blocks of the longer operand. It saturates at the maximum uint64.
func IntMulCost(la, lb uint64) uint64 {
	if la > lb {
		la, lb = lb, la
	}
	if la <= 32 {
		hi, lo := bits.Mul64(la, lb)
		if hi != 0 {
			return ^uint64(0)
		}
		return lo
	}
	n, mult := la, uint64(1)
	for n > 32 {
		n = (n + 1) >> 1
		mult *= 3
	}
	blocks := (lb + la - 1) / la
	hi, sq := bits.Mul64(mult, n*n)
	if hi != 0 {
		return ^uint64(0)
	}
	hi, lo := bits.Mul64(sq, blocks)
	if hi != 0 {
		return ^uint64(0)
	}
	return lo
}

// chargeRepr charges the text of repr(v) or str(v) once it is built. The
// conversion costs fuel.PerValue. The element reprs of a container are
// charged as each is built (Repr is
// reached for every element), so a container's repr stops within one
// element of the budget; str and bytes charge their own repr before
// building it.
func chargeRepr(v Value, r string) {
	switch v.(type) {
	case string, Bytes:
		return
	}
	fuel.Charge(fuel.PerValue)
	ChargeText(len(r))
}

// chargeItem charges one container slot added (list append, insert, an item
// of an iterator materialised): ChargeItems(1), small enough to inline.
func chargeItem() { fuel.Spend(fuel.PerItem, fuel.ItemBytes) }

// chargeEntry charges one dict entry or set element added: ChargeEntries(1),
// small enough to inline.
func chargeEntry() { fuel.Spend(fuel.PerItem, fuel.EntryBytes) }

// chargeSort charges sorting n items: fuel.PerItem per comparison of a
// merge sort's worst case, n * ceil(log2(n + 1)).
func chargeSort(n int) {
	if n > 1 {
		fuel.ChargeSize(fuel.PerItem, uint64(n)*uint64(bits.Len(uint(n))))
	}
}
