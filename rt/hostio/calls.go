package hostio

import (
	"fmt"
	"math/big"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/fuel"
)

// This file is the artifact side of calls into other contracts and of the
// messages that carry value: GenVM's CallContract and EthCall gl_calls,
// and the WASI layer's value accounting (spec §1.4: a transfer needs
// value + already sent ≤ balance, else errno inbalance; self balance is
// the host's minus what this transaction has sent so far).

// SystemError is the exception GenVM's _genlayer_wasi module raises for a
// WASI errno: SystemError("<n>: <name>").
func SystemError(st Status) *rt.Exception {
	switch st {
	case StatusForbidden:
		return rt.NewException(rt.SystemError, "6: forbidden")
	case StatusInval:
		return rt.NewException(rt.SystemError, "2: inval")
	case StatusInbalance:
		return rt.NewException(rt.SystemError, "7: inbalance")
	}
	return nil
}

// raiseStatus turns a refused gl_call into what the SDK sees: the WASI
// errnos as a catchable SystemError, any other status as the VMError
// GenVM traps with.
func raiseStatus(st Status) {
	if e := SystemError(st); e != nil {
		panic(e)
	}
	panic(&Trap{st.String()})
}

// GLCallAnswer sends a gl_call request that has an answer (CallContract,
// EthCall) and returns the answer's bytes. A refusal raises as GenVM's
// SDK raises it (see raiseStatus).
func (c *Conn) GLCallAnswer(req calldata.Value) []byte {
	fuel.Charge(fuel.HostCall)
	st, v := c.Request(OpGLCall, req)
	if st != StatusOK {
		raiseStatus(st)
	}
	b, ok := v.([]byte)
	if !ok {
		panic(&ProtocolError{fmt.Errorf("gl_call: the answer is not bytes")})
	}
	return b
}

// GLCallEffect sends a gl_call request with an effect and no answer
// (EmitEvent, PostMessage, DeployContract, EthSend). A refusal raises as
// GenVM's SDK raises it (see raiseStatus).
func (c *Conn) GLCallEffect(req calldata.Value) {
	fuel.Charge(fuel.HostCall)
	st, _ := c.Request(OpGLCall, req)
	if st != StatusOK {
		raiseStatus(st)
	}
}

// sentState is the value the running transaction has emitted with
// messages so far. One transaction runs per process, so it is keyed by
// the transaction's Env and reset when another Env appears (tests run
// several in one process).
var sentState struct {
	env  *Env
	sent big.Int
}

// Sent returns the value this transaction has emitted so far (GenVM's
// messages_decremented).
func (e *Env) Sent() *big.Int {
	if sentState.env != e {
		return new(big.Int)
	}
	return new(big.Int).Set(&sentState.sent)
}

// HostBalance returns the balance of addr as the host reported it at the
// first query of this transaction, without subtracting what the
// transaction has sent: get_balance, and the balance of a proxy.
func (e *Env) HostBalance(addr address.Address) *big.Int {
	b := e.Balance(addr)
	if addr == e.Msg.ContractAddress && !e.Conn.Readonly {
		b.Add(b, e.Sent())
	}
	return b
}

// CheckSend checks that the transaction may emit value more, as GenVM's
// WASI layer does before PostMessage, DeployContract and EthSend:
// value + already sent ≤ the contract's balance, else
// SystemError("7: inbalance"). A zero value is never checked.
func (e *Env) CheckSend(value *big.Int) {
	if value.Sign() == 0 {
		return
	}
	need := new(big.Int).Add(value, e.Sent())
	if need.Cmp(e.HostBalance(e.Msg.ContractAddress)) > 0 {
		panic(SystemError(StatusInbalance))
	}
}

// RecordSend records value as sent by an emitted message. Afterwards the
// contract's own balance (Env.Balance of its address, self.balance) is the
// host's minus everything sent, as GenVM's get_self_balance reports it in
// the main VM; a view call (Readonly) keeps the host's balance.
func (e *Env) RecordSend(value *big.Int) {
	if value.Sign() == 0 {
		return
	}
	if sentState.env != e {
		sentState.env = e
		sentState.sent.SetInt64(0)
	}
	self := e.Msg.ContractAddress
	if !e.Conn.Readonly {
		e.Balance(self) // cache the host's balance before adjusting it
		for i := range e.balances {
			if e.balances[i].addr == self {
				e.balances[i].bal = new(big.Int).Sub(e.balances[i].bal, value)
			}
		}
	}
	sentState.sent.Add(&sentState.sent, value)
}
