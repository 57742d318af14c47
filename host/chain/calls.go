package chain

import (
	"context"
	"fmt"
	"math/big"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/hostio"
)

// MaxCallDepth is the default bound of nested view calls (a contract
// calling itself through view() forever); the call past it ends the caller
// with VMError("call depth exceeded").
const MaxCallDepth = 64

// calls serves the view calls of one transaction (exec.Calls): each
// runs the callee's artifact as its own process, read-only, over the
// chain's state as it was before the transaction, with the caller's nondet
// blocks' state.
type calls struct {
	c     *Chain
	ctx   context.Context
	depth int
	// the transaction's value, part of payee's balance in callees too
	payee    address.Address
	incoming *big.Int
}

// CallContract implements exec.Calls as GenVM forks its
// message for a CallContract sub-VM: the callee's address, the caller's
// sender, origin, chain id and datetime, value 0, not a deploy, the caller
// pushed on the stack; the callee's nondet blocks are the transaction's
// (nd: the caller's Nondet, numbered on from nd.Base). The callee's code
// passes runnerError first: an address without code, or code without a
// runner comment, gives GenVM's VMError("invalid_contract ...").
func (k *calls) CallContract(caller *hostio.Message, addr address.Address, cd []byte, mode int, nd exec.CalleeNondet) (*exec.Result, error) {
	_ = mode // the local chain keeps one state: finalized and non-final reads agree
	limit := k.c.MaxCallDepth
	if limit == 0 {
		limit = MaxCallDepth
	}
	if k.depth >= limit {
		return &exec.Result{Kind: exec.VMError, Message: "call depth exceeded"}, nil
	}
	code, err := k.c.Code(addr)
	if err != nil {
		return nil, err
	}
	if msg := runnerError(code); msg != "" { // empty code included, as in GenVM
		return &exec.Result{Kind: exec.VMError, Message: msg}, nil
	}
	art, err := k.c.Resolve(k.ctx, code)
	if err != nil {
		return nil, fmt.Errorf("the code of %s: %w", addr.Hex(), err)
	}
	msg := &hostio.Message{
		ContractAddress: addr,
		SenderAddress:   caller.SenderAddress,
		OriginAddress:   caller.OriginAddress,
		Stack:           append(append([]address.Address(nil), caller.Stack...), caller.ContractAddress),
		ChainID:         caller.ChainID,
		Value:           new(big.Int),
		Datetime:        caller.Datetime,
		EntryKind:       hostio.EntryMain,
		EntryData:       cd,
	}
	run := k.c.Run
	if run == nil {
		run = exec.Run
	}
	return run(k.ctx, art, &exec.Request{
		Message: msg, State: &state{st: k.c.Store, self: addr, payee: k.payee, incoming: k.incoming},
		Fuel: k.c.Fuel, Memory: k.c.Memory, Timeout: k.c.Timeout,
		Calls:    &calls{c: k.c, ctx: k.ctx, depth: k.depth + 1, payee: k.payee, incoming: k.incoming},
		Readonly: true,
		Nondet:   nd.Nondet, NondetBase: nd.Base,
	})
}

// EthCall implements exec.Calls with Chain.EthCall (refused without it:
// the local chain has no EVM).
func (k *calls) EthCall(addr address.Address, cd []byte) ([]byte, error) {
	if k.c.EthCall == nil {
		return nil, exec.ErrRefused
	}
	return k.c.EthCall(addr, cd)
}
