package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/holiman/uint256"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/result"
)

// MaxDeliveries bounds the child transactions one top-level transaction
// may cause (messages that emit messages forever); the rest are dropped
// and reported with ErrTooManyMessages.
const MaxDeliveries = 1024

// ErrTooManyMessages reports a message dropped past MaxDeliveries.
var ErrTooManyMessages = errors.New("chain: too many messages from one transaction")

// Delivery reports one message delivered on the local chain.
type Delivery struct {
	// From is the contract that emitted the message.
	From address.Address
	// Kind is the message's gl_call kind (PostMessage, DeployContract,
	// EthSend), or "#error" for the refund of a failed message's value to
	// From's __on_errored_message__.
	Kind string
	// Tx is the child transaction (nil for EthSend, which the local chain
	// only records, and for a transfer to an address without code, which
	// only credits it).
	Tx *Tx
	// Result is the child's result (nil when Tx is nil or Err is set).
	Result *exec.Result
	Err    error
}

// pending is a message waiting for delivery.
type pending struct {
	from, origin address.Address
	parent       *Tx
	msg          exec.Message
}

// deliver delivers the messages of an applied transaction as child
// transactions, in order: a parent's messages emitted with on='accepted'
// first (the local chain accepts and finalises at once, and acceptance
// comes first), then those with on='finalized'; messages of children
// after all messages of their parents (breadth first).
//
//   - PostMessage: a transaction to the address with the message's
//     calldata and value, sender = the emitting contract, origin kept. To
//     an address without code, a message without a method (a transfer)
//     credits the address; anything else fails.
//   - DeployContract: deploys the code at the create2 address of the
//     emitter when salt_nonce ≠ 0 (rt/result.Create2Address, as the SDK
//     returns it), otherwise at DeployAddress(emitter, the emitter's next
//     nonce); __init__ runs with the message's calldata and value. An
//     address that already has code fails.
//   - EthSend: recorded only (the local chain has no EVM); its value has
//     left the contract.
//
// A failed message with value returns it to the emitter through a
// transaction calling __on_errored_message__ (method "#error", sender =
// the message's recipient); should that fail too, the value is credited
// to the emitter directly so that no value is lost.
func (c *Chain) deliver(ctx context.Context, parent *Tx, res *exec.Result) {
	var queue []pending
	enqueue := func(p *Tx, msgs []exec.Message) {
		for _, on := range []string{"accepted", "finalized"} {
			for _, m := range msgs {
				if m.Kind == "EmitEvent" {
					continue
				}
				if o, _ := m.Args.Get("on"); o != nil && o != on || o == nil && on != "finalized" {
					continue
				}
				queue = append(queue, pending{from: p.Contract, origin: p.Origin, parent: p, msg: m})
			}
		}
	}
	enqueue(parent, res.Messages)
	for n := 0; len(queue) > 0; n++ {
		p := queue[0]
		queue = queue[1:]
		if n >= MaxDeliveries {
			c.report(&Delivery{From: p.from, Kind: p.msg.Kind, Err: ErrTooManyMessages})
			continue
		}
		d := c.deliverOne(ctx, p)
		c.report(d)
		if d.Result != nil && d.Result.Kind == exec.Return {
			enqueue(d.Tx, d.Result.Messages)
			continue
		}
		value, _ := p.msg.Args.Get("value")
		v, _ := value.(*big.Int)
		if d.Kind == "EthSend" || v == nil || v.Sign() == 0 || d.Tx == nil && d.Err == nil {
			continue
		}
		// the message failed: return its value to the emitter
		to := p.from
		if d.Tx != nil {
			to = d.Tx.Contract
		}
		refund := &Tx{Contract: p.from, Sender: to, Origin: p.origin, Value: v,
			ChainID: p.parent.ChainID, Datetime: p.parent.Datetime,
			Calldata: calldata.MustEncode(calldata.Map{{Key: "method", Value: "#error"}})}
		r, err := c.execute(ctx, refund)
		rd := &Delivery{From: to, Kind: "#error", Tx: refund, Result: r, Err: err}
		c.report(rd)
		if err == nil && r.Kind == exec.Return {
			enqueue(refund, r.Messages)
			continue
		}
		if err := c.Store.Update(func(st *store.Tx) error { return st.AddBalance(p.from, v) }); err != nil {
			c.report(&Delivery{From: to, Kind: "#error", Err: err})
		}
	}
}

func (c *Chain) report(d *Delivery) {
	if c.OnDelivery != nil {
		c.OnDelivery(d)
	}
}

// deliverOne runs one message as a child transaction.
func (c *Chain) deliverOne(ctx context.Context, p pending) *Delivery {
	d := &Delivery{From: p.from, Kind: p.msg.Kind}
	args := p.msg.Args
	get := func(k string) calldata.Value { v, _ := args.Get(k); return v }
	value, _ := get("value").(*big.Int)
	child := &Tx{Sender: p.from, Origin: p.origin, Value: value,
		ChainID: p.parent.ChainID, Datetime: p.parent.Datetime}
	cd, err := calldata.Encode(get("calldata"))
	if err != nil {
		d.Err = err
		return d
	}
	child.Calldata = cd
	switch p.msg.Kind {
	case "EthSend":
		return d
	case "PostMessage":
		addr, _ := get("address").(address.Address)
		child.Contract = addr
		code, err := c.Code(addr)
		if err != nil {
			d.Err = err
			return d
		}
		if code == nil {
			m, _ := get("calldata").(calldata.Map)
			if _, hasMethod := m.Get("method"); hasMethod || value == nil {
				d.Tx, d.Err = child, fmt.Errorf("%s: %w", addr.Hex(), ErrNoContract)
				return d
			}
			d.Err = c.Store.Update(func(st *store.Tx) error { return st.AddBalance(addr, value) })
			return d
		}
	case "DeployContract":
		code, _ := get("code").([]byte)
		salt, _ := get("salt_nonce").(*big.Int)
		child.Code, child.IsInit = code, true
		if salt != nil && salt.Sign() != 0 {
			s, _ := uint256.FromBig(salt)
			ch, _ := uint256.FromBig(orZero(child.ChainID))
			child.Contract = result.Create2Address(p.from, s, ch)
		} else {
			err := c.Store.Update(func(st *store.Tx) error {
				n, err := st.NextNonce(p.from)
				child.Contract = DeployAddress(p.from, n)
				return err
			})
			if err != nil {
				d.Err = err
				return d
			}
		}
		d.Tx = child
		if existing, err := c.Code(child.Contract); err != nil || existing != nil {
			if err == nil {
				err = fmt.Errorf("a contract already exists at %s", child.Contract.Hex())
			}
			d.Err = err
			return d
		}
	}
	d.Tx = child
	d.Result, d.Err = c.execute(ctx, child)
	return d
}
