package fuel

// The cost table. Generated code sums these per basic block and charges the
// sum at block entry; runtime helpers charge the size-proportional entries.
// Changing a value changes when transactions run out of fuel: it is a
// consensus change, so the table is versioned with the compiler. Every entry
// is listed in docs/execution.md §4.
const (
	// Block is charged at every basic block entry (including loop back-edges).
	Block uint64 = 1
	// Op is charged per IR operation in a block (arithmetic, compare, load,
	// store, attribute access, call setup).
	Op uint64 = 1
	// Call is charged per Python-level call (frame setup, argument binding),
	// on top of the callee's blocks.
	Call uint64 = 10
	// PerByte is charged per byte a helper produces or scans one at a time
	// (repr and escaping, formatting, case mapping, codecs, number parsing
	// and printing, json, calldata, storage I/O).
	PerByte uint64 = 1
	// PerWord is charged per 8 bytes (rounded up) a helper copies in bulk:
	// str/bytes concatenation, repetition, join, padding, replace, slices
	// that copy. A bulk copy runs at memory speed, an order of magnitude
	// faster per byte than the byte-at-a-time work PerByte prices.
	PerWord uint64 = 1
	// PerValue is charged per value converted to text through its type
	// (each repr()/str() dispatch, each item json.dumps writes), on top of
	// PerByte for the text.
	PerValue uint64 = 8
	// PerItem is charged per element a container helper touches (list
	// copy/extend/repeat, sort per comparison, dict/set insert, each item a
	// split or a range materialises).
	PerItem uint64 = 2
	// PerLimb is charged per 64-bit limb of big-integer work: limbs of the
	// operands for addition, subtraction, bitwise ops and shifts; the limb
	// product (with Karatsuba's exponent above 32 limbs, see rt.IntMulCost)
	// for multiplication, division, pow and conversion to text.
	PerLimb uint64 = 2
	// StorageSlot is charged per storage slot page loaded from the host.
	StorageSlot uint64 = 200
	// HostCall is charged per host round trip (messages, balances, ...).
	HostCall uint64 = 1000
)

// Logical sizes charged to the memory budget (Alloc) by the runtime, in
// bytes. They model what a value occupies, independently of the Go runtime's
// real layout, so that the memory budget is the same on every machine.
const (
	// ItemBytes is one container slot (a list or tuple element, an item a
	// split or a range materialises): the 16-byte slot plus the 16 bytes of
	// the boxed value it typically holds, so that the budget also bounds the
	// real heap of a container of fresh values.
	ItemBytes uint64 = 32
	// EntryBytes is one dict entry or set element added: key, value and hash
	// (40 bytes), its index slots, the boxed key and value, and the table's
	// growth slack.
	EntryBytes uint64 = 96
	// LimbBytes is one 64-bit limb of a big int result.
	LimbBytes uint64 = 8
)
