// Package chain is the local chain behind genvmc deploy/call/view/run: it
// loads a contract's code from its state, finds the compiled artifact for
// it, runs one transaction through host/exec, and applies the storage
// writes, the stored code and the value transfers in one store transaction
// only when the result is Return. View calls between contracts run the
// callee's artifact read-only in the same transaction (calls.go); the
// messages a transaction emits become child transactions once it is
// applied (messages.go).
package chain

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
	"golang.org/x/crypto/sha3"
)

// Resolver returns the artifact (an executable path) that runs code.
type Resolver func(ctx context.Context, code []byte) (string, error)

// Chain is a local chain over a state store.
type Chain struct {
	Store   *store.Store
	Resolve Resolver
	// Fuel, Memory and Timeout are passed to every transaction (zero:
	// host/exec's defaults).
	Fuel, Memory uint64
	Timeout      time.Duration
	// Run runs one transaction of an artifact (default: exec.Run, a
	// process per transaction).
	Run func(ctx context.Context, artifact string, req *exec.Request) (*exec.Result, error)
	// EthCall answers the EVM view calls of contracts (gl.evm interfaces);
	// nil refuses them (the SDK raises SystemError("6: forbidden")).
	EthCall func(addr address.Address, calldata []byte) ([]byte, error)
	// OnDelivery, if set, is told of every message delivered as a child
	// transaction (messages.go), in delivery order.
	OnDelivery func(*Delivery)
	// MaxCallDepth bounds nested view calls (zero: MaxCallDepth).
	MaxCallDepth int
}

// Tx is one transaction.
type Tx struct {
	Contract, Sender, Origin address.Address
	Value                    *big.Int // nil: 0
	ChainID                  *big.Int // nil: 0
	Datetime                 string   // "": DefaultDatetime
	IsInit                   bool
	Calldata                 []byte
	// Code is the contract's code. A deploy (IsInit) stores it in the code
	// slot; otherwise, when set, it replaces the stored code for this run
	// (as GenVM's test harness places code from its case files).
	Code []byte
	// View discards every write, whatever the result.
	View bool
	// Nondet serves the transaction's nondet blocks (nil: this node leads
	// every block and web/LLM requests are refused); see host/consensus.
	Nondet exec.Nondet
}

// DefaultDatetime is GenVM's default transaction time.
const DefaultDatetime = "2024-11-26T06:42:42.424242Z"

// ErrNoContract is a call to an address without code.
var ErrNoContract = errors.New("no contract at this address")

// slots adapts the store (plus a pending overlay) to storage.Store for one
// contract.
type slots struct {
	st   *store.Store
	addr address.Address
}

func (s slots) Read(id storage.SlotID, off uint32, dst []byte) error {
	return s.st.ReadSlot(s.addr, id, off, dst)
}

func (s slots) Write(storage.SlotID, uint32, []byte) error {
	return errors.New("chain: direct write")
}

// state serves the artifact's reads: the store, with the code placed for
// this transaction on top for the running contract.
type state struct {
	st      *store.Store
	self    address.Address
	overlay *storage.Tx // reads of self go through it (sees the placed code)
	// incoming is the value the transaction carries to payee: payee's
	// balance includes it while the transaction runs, in view calls too
	// ("in a write method the balance includes what this call received").
	payee    address.Address
	incoming *big.Int
}

func (s *state) ReadSlot(a address.Address, id storage.SlotID, off uint32, dst []byte) error {
	if a == s.self && s.overlay != nil {
		return s.overlay.Read(id, off, dst)
	}
	return s.st.ReadSlot(a, id, off, dst)
}

func (s *state) Balance(a address.Address) (*big.Int, error) {
	b, err := s.st.Balance(a)
	if err == nil && a == s.payee && s.incoming != nil {
		b.Add(b, s.incoming)
	}
	return b, err
}

// Code returns the code stored for the contract at addr (nil if none).
func (c *Chain) Code(addr address.Address) ([]byte, error) {
	code, err := storage.Root{T: storage.NewTx(slots{c.Store, addr}, nil)}.ReadCode()
	if err != nil || len(code) == 0 {
		return nil, err
	}
	return code, nil
}

// Execute runs tx and applies its effects if it returns: its storage
// writes, its value (credited to the contract) and the value its messages
// carry (debited from it), in one store transaction. Then the messages are
// delivered as child transactions (messages.go), each applied on its own.
func (c *Chain) Execute(ctx context.Context, tx *Tx) (*exec.Result, error) {
	res, err := c.execute(ctx, tx)
	if err != nil || res.Kind != exec.Return || tx.View {
		return res, err
	}
	c.deliver(ctx, tx, res)
	return res, nil
}

// execute runs tx and applies its effects if it returns, without
// delivering its messages.
func (c *Chain) execute(ctx context.Context, tx *Tx) (*exec.Result, error) {
	overlay := storage.NewTx(slots{c.Store, tx.Contract}, nil)
	code := tx.Code
	if code == nil {
		stored, err := c.Code(tx.Contract)
		if err != nil {
			return nil, err
		}
		if stored == nil {
			return nil, fmt.Errorf("%s: %w", tx.Contract.Hex(), ErrNoContract)
		}
		code = stored
	} else {
		stored, err := c.Code(tx.Contract)
		if err != nil {
			return nil, err
		}
		if string(stored) != string(code) {
			root := storage.Root{T: overlay}
			if len(stored) > 0 {
				// replace: the code VLA is rewritten from length 0
				if err := overlay.Write(storage.CodeSlot, 0, []byte{0, 0, 0, 0}); err != nil {
					return nil, err
				}
			}
			if err := root.WriteCode(code); err != nil {
				return nil, err
			}
		}
	}
	if msg := runnerError(code); msg != "" {
		return &exec.Result{Kind: exec.VMError, Message: msg}, nil
	}
	art, err := c.Resolve(ctx, code)
	if err != nil {
		return nil, err
	}
	msg := &hostio.Message{
		ContractAddress: tx.Contract, SenderAddress: tx.Sender, OriginAddress: tx.Origin,
		ChainID: orZero(tx.ChainID), Value: orZero(tx.Value), IsInit: tx.IsInit,
		Datetime: tx.Datetime, EntryKind: hostio.EntryMain, EntryData: tx.Calldata,
	}
	if msg.Datetime == "" {
		msg.Datetime = DefaultDatetime
	}
	run := c.Run
	if run == nil {
		run = exec.Run
	}
	res, err := run(ctx, art, &exec.Request{
		Message: msg, State: &state{c.Store, tx.Contract, overlay, tx.Contract, orZero(tx.Value)},
		Fuel: c.Fuel, Memory: c.Memory, Timeout: c.Timeout, Nondet: tx.Nondet,
		Calls: &calls{c: c, ctx: ctx, payee: tx.Contract, incoming: orZero(tx.Value)},
	})
	if err != nil || res.Kind != exec.Return || tx.View {
		return res, err
	}
	// The artifact checks the lock policy on every write; the host checks
	// again rather than trust it.
	policy, err := storage.LoadLockPolicy(slots{c.Store, tx.Contract}, tx.Sender)
	if err != nil {
		return nil, err
	}
	for _, w := range res.Writes {
		if policy.Forbids(w.Slot) {
			res.Kind, res.Message, res.Data, res.Writes = exec.VMError, "forbidden", nil, nil
			return res, nil
		}
	}
	err = c.Store.Update(func(st *store.Tx) error {
		err := overlay.Writes(func(id storage.SlotID, off uint32, data []byte) error {
			return st.WriteSlot(tx.Contract, id, off, data)
		})
		if err != nil {
			return err
		}
		for _, w := range res.Writes {
			if err := st.WriteSlot(tx.Contract, w.Slot, w.Off, w.Data); err != nil {
				return err
			}
		}
		delta := new(big.Int).Sub(orZero(tx.Value), exec.SentValue(res.Messages))
		if delta.Sign() != 0 {
			return st.AddBalance(tx.Contract, delta)
		}
		return nil
	})
	return res, err
}

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// DeployAddress is the address genvmc deploy gives the nonce-th contract
// of sender: the last 20 bytes of keccak256(sender ‖ nonce as u64 BE).
func DeployAddress(sender address.Address, nonce uint64) address.Address {
	h := sha3.NewLegacyKeccak256()
	h.Write(sender[:])
	h.Write(binary.BigEndian.AppendUint64(nil, nonce))
	sum := h.Sum(nil)
	var a address.Address
	copy(a[:], sum[len(sum)-len(a):])
	return a
}

// Deploy deploys code from sender at the next address, runs __init__ with
// calldata and returns the address and the result; on anything but Return
// the nonce is still consumed and nothing else is stored.
func (c *Chain) Deploy(ctx context.Context, tx *Tx) (address.Address, *exec.Result, error) {
	var addr address.Address
	err := c.Store.Update(func(st *store.Tx) error {
		n, err := st.NextNonce(tx.Sender)
		addr = DeployAddress(tx.Sender, n)
		return err
	})
	if err != nil {
		return addr, nil, err
	}
	if existing, err := c.Code(addr); err != nil || existing != nil {
		if err == nil {
			err = fmt.Errorf("a contract already exists at %s", addr.Hex())
		}
		return addr, nil, err
	}
	d := *tx
	d.Contract, d.IsInit = addr, true
	res, err := c.Execute(ctx, &d)
	return addr, res, err
}
