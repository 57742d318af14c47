package fuel

// The cost table. Generated code sums these per basic block and charges the
// sum at block entry; runtime helpers charge the size-proportional entries.
// Changing a value changes when transactions run out of fuel: it is a
// consensus change, so the table is versioned with the compiler.
const (
	// Block is charged at every basic block entry (including loop back-edges).
	Block uint64 = 1
	// Op is charged per IR operation in a block (arithmetic, compare, load,
	// store, attribute access, call setup).
	Op uint64 = 1
	// Call is charged per Python-level call (frame setup, argument binding),
	// on top of the callee's blocks.
	Call uint64 = 10
	// PerByte is charged per byte copied, hashed, compared or formatted by a
	// helper (str/bytes concatenation, slicing, repr, calldata, storage I/O).
	PerByte uint64 = 1
	// PerItem is charged per element a container helper touches (list
	// copy/extend/sort per comparison, dict/set rehash per entry).
	PerItem uint64 = 2
	// PerLimb is charged per 64-bit limb of big-integer operands (squared
	// for multiplication and division by the helpers).
	PerLimb uint64 = 2
	// StorageSlot is charged per storage slot page loaded from the host.
	StorageSlot uint64 = 200
	// HostCall is charged per host round trip (messages, balances, ...).
	HostCall uint64 = 1000
)
