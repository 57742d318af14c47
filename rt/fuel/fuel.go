// Package fuel meters a transaction deterministically: fuel charged per basic
// block by generated code and in proportion to operand sizes by runtime
// helpers, and a logical memory budget charged by the helpers that allocate.
//
// Both budgets are counted in abstract units that depend only on the program
// and its inputs, never on the machine, the Go version or the garbage
// collector, so exhausting either happens at the same point on every machine
// and run. Exhaustion panics with an *Exhausted, which rt.Catch does not
// intercept (Python code cannot catch it); the transaction boundary
// (rt/hostio) turns it into the documented VMError.
//
// The meter is a package variable: the runtime runs one transaction at a
// time per process, on one goroutine (see rt.Thread).
package fuel

// Kind says which budget ran out.
type Kind uint8

const (
	// OutOfFuel: the fuel budget is spent (an endless or too long loop).
	OutOfFuel Kind = iota + 1
	// OutOfMemory: the logical memory budget is spent (an allocation bomb).
	OutOfMemory
)

// Exhausted is the panic value raised when a budget runs out.
type Exhausted struct{ Kind Kind }

// VMError returns the message of the VMError the transaction ends with:
// "timeout" for fuel (the original GenVM's result for an endless loop, which
// its node ends by a deadline) and "OOM" for memory (the original's result
// when its memory limiter refuses an allocation).
func (e *Exhausted) VMError() string {
	if e.Kind == OutOfMemory {
		return "OOM"
	}
	return "timeout"
}

func (e *Exhausted) Error() string { return "fuel: budget exhausted: " + e.VMError() }

// Default budgets of a transaction (see docs/execution.md for the cost table).
const (
	// DefaultFuel is about 10^9 cost units: a few seconds of generated code.
	DefaultFuel uint64 = 1_000_000_000
	// DefaultMemory is the logical allocation budget in bytes (1 GiB). It
	// counts bytes allocated by runtime helpers over the whole transaction,
	// not live memory, so it also bounds the real heap.
	DefaultMemory uint64 = 1 << 30
)

// Meter holds the remaining budgets.
type Meter struct {
	fuel, fuelLimit uint64
	mem, memLimit   uint64
}

var m = Meter{fuel: DefaultFuel, fuelLimit: DefaultFuel, mem: DefaultMemory, memLimit: DefaultMemory}

// Reset starts a transaction with the given budgets.
func Reset(fuel, memory uint64) {
	m = Meter{fuel: fuel, fuelLimit: fuel, mem: memory, memLimit: memory}
}

// Charge spends n units of fuel, panicking with *Exhausted when fewer remain.
// Generated code calls it once at the entry of every basic block with the
// block's static cost; it is small enough to be inlined.
func Charge(n uint64) {
	if m.fuel < n {
		exhaust(OutOfFuel)
	}
	m.fuel -= n
}

// ChargeSize spends per units for each of n elements (bytes, digits, limbs,
// items) processed by a runtime helper, saturating instead of overflowing.
func ChargeSize(per, n uint64) {
	if n != 0 && per > ^uint64(0)/n {
		exhaust(OutOfFuel)
	}
	Charge(per * n)
}

// Alloc charges n bytes to the memory budget; runtime helpers call it before
// allocating (a string concatenation, a list growing, an int promoting).
func Alloc(n uint64) {
	if m.mem < n {
		exhaust(OutOfMemory)
	}
	m.mem -= n
}

// AllocSize charges per bytes for each of n elements (container slots, dict
// entries, big-int limbs) to the memory budget, saturating instead of
// overflowing: a request too large to represent is out of memory.
func AllocSize(per, n uint64) {
	if n != 0 && per > ^uint64(0)/n {
		exhaust(OutOfMemory)
	}
	Alloc(per * n)
}

// Spend charges f units of fuel and mem bytes of memory at once (memory
// checked first, so one huge request is out of memory); it is small enough
// to be inlined into the runtime's helpers.
func Spend(f, mem uint64) {
	if m.mem < mem || m.fuel < f {
		spendFail(mem)
	}
	m.mem -= mem
	m.fuel -= f
}

// MaxCount bounds the element counts the runtime's helpers multiply by a
// per-element cost, so that the products cannot overflow: larger requests
// (256 TiB, beyond any budget) raise MemoryError instead of being charged.
const MaxCount = 1 << 48

//go:noinline
func spendFail(mem uint64) {
	if m.mem < mem {
		exhaust(OutOfMemory)
	}
	exhaust(OutOfFuel)
}

// MemoryRemaining returns the bytes left in the memory budget.
func MemoryRemaining() uint64 { return m.mem }

// Used returns the fuel spent so far in the transaction.
func Used() uint64 { return m.fuelLimit - m.fuel }

// Remaining returns the fuel left.
func Remaining() uint64 { return m.fuel }

// MemoryUsed returns the bytes charged to the memory budget so far.
func MemoryUsed() uint64 { return m.memLimit - m.mem }

//go:noinline
func exhaust(k Kind) {
	if k == OutOfFuel {
		m.fuel = 0
	} else {
		m.mem = 0
	}
	panic(&Exhausted{Kind: k})
}
