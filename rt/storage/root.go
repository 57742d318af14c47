package storage

import (
	"github.com/genvm-go/genvm/rt/address"
)

// Root descriptors: the root record at offset 0 of RootSlot is
// {contract_instance Indirection[None], code Indirection[VLA[u8]],
// locked_slots Indirection[VLA[u256]], upgraders Indirection[VLA[Address]]},
// one byte each.
var (
	codeDesc     = VLADesc[uint64]{U8}
	lockedDesc   = VLADesc[SlotID]{SlotIDDesc{}}
	upgraderDesc = VLADesc[address.Address]{Address}
)

// SlotIDDesc stores a slot id as 32 raw bytes (the SDK's u256 holding
// Slot.as_int(), little-endian, which is the same bytes).
type SlotIDDesc struct{}

func (SlotIDDesc) Size() uint32            { return 32 }
func (SlotIDDesc) Plain() bool             { return true }
func (SlotIDDesc) Copy(from, to Loc) error { return memcpy(from, to, 32) }

func (SlotIDDesc) Get(l Loc) (SlotID, error) {
	var s SlotID
	return s, l.read(s[:])
}

func (SlotIDDesc) Set(l Loc, v SlotID) error { return l.write(v[:]) }

// Root is a view of the root record.
type Root struct{ T *Tx }

func (r Root) field(off uint32) Loc { return Loc{r.T, RootSlot, off} }

// ContractInstance is where the contract's fields live.
func (r Root) ContractInstance() Loc { return r.field(0).Indirect() }

// Code is the contract code: u32le length then bytes (code slot offset 0).
func (r Root) Code() VLA[uint64] { return VLA[uint64]{r.field(1).Indirect(), U8} }

// LockedSlots lists slots that only upgraders may write.
func (r Root) LockedSlots() VLA[SlotID] { return VLA[SlotID]{r.field(2).Indirect(), SlotIDDesc{}} }

// Upgraders lists addresses allowed to write locked slots.
func (r Root) Upgraders() VLA[address.Address] {
	return VLA[address.Address]{r.field(3).Indirect(), Address}
}

// Well-known slot ids.
var (
	CodeSlot        = RootSlot.Indirect(1)
	LockedSlotsSlot = RootSlot.Indirect(2)
	UpgradersSlot   = RootSlot.Indirect(3)
	ContractSlot    = RootSlot.Indirect(0)
)

// ReadCode returns the stored contract code.
func (r Root) ReadCode() ([]byte, error) { return ReadBytes(r.Code()) }

// WriteCode stores contract code (the SDK's code.extend(bytes)).
func (r Root) WriteCode(code []byte) error { return ExtendBytes(r.Code(), code) }

// LockDefault appends the default locked slots at deploy: the root slot,
// the code slot, the locked-slots slot and the upgraders slot.
func (r Root) LockDefault() error {
	ls := r.LockedSlots()
	for _, s := range []SlotID{RootSlot, CodeSlot, LockedSlotsSlot, UpgradersSlot} {
		if err := ls.Append(s); err != nil {
			return err
		}
	}
	return nil
}

// LockPolicy is the set of slots a transaction may not write: the root's
// locked slots, unless the sender is an upgrader. A nil policy forbids
// nothing.
type LockPolicy struct {
	locked map[SlotID]struct{}
}

// Forbids reports whether writing slot id is forbidden.
func (p *LockPolicy) Forbids(id SlotID) bool {
	if p == nil {
		return false
	}
	_, ok := p.locked[id]
	return ok
}

// LoadLockPolicy reads the policy for a transaction by sender from the state
// before the transaction (the executor's pre-read of upgraders and locked
// slots). On a fresh contract the lists are empty and nothing is locked.
func LoadLockPolicy(base Store, sender address.Address) (*LockPolicy, error) {
	r := Root{NewTx(base, nil)}
	isUpgrader := false
	err := r.Upgraders().Each(func(_ int, a address.Address) error {
		if a == sender {
			isUpgrader = true
		}
		return nil
	})
	if err != nil || isUpgrader {
		return nil, err
	}
	p := &LockPolicy{locked: map[SlotID]struct{}{}}
	err = r.LockedSlots().Each(func(_ int, s SlotID) error {
		p.locked[s] = struct{}{}
		return nil
	})
	return p, err
}
