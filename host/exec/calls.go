package exec

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// Calls is the host's side of calls into other contracts, for one
// transaction. Implementations run the callee (host/chain runs its
// compiled artifact as another process) and may be called several times,
// in the order of the caller's requests.
type Calls interface {
	// CallContract runs calldata (an encoded calldata map) on the contract
	// at addr as GenVM's CallContract does: read-only (Request.Readonly),
	// value 0, not a deploy, with the caller's sender, origin, chain id and
	// datetime, and the caller's address pushed on the message's stack;
	// state is the storage mode the callee reads (hostio.ReadLatestFinal
	// or hostio.ReadLatestNonFinal). The callee's result, stdout and
	// messages come back in the Result. The callee's nondet blocks are
	// the caller's transaction's, as GenVM's CallContract sub-VMs may
	// spawn them under the transaction's one counter: it runs with
	// Request.Nondet = nd.Nondet and Request.NondetBase = nd.Base, and the
	// Result's NondetBlocks and NondetResults (by transaction call number)
	// come back to the caller, whose next block follows the callee's. An
	// error ends the caller's transaction as an internal error.
	CallContract(caller *hostio.Message, addr address.Address, calldata []byte, state int, nd CalleeNondet) (*Result, error)
	// EthCall answers an EVM view call (raw ABI calldata in, raw bytes
	// out). ErrRefused refuses it (the SDK raises SystemError("6:
	// forbidden")).
	EthCall(addr address.Address, calldata []byte) ([]byte, error)
}

// CalleeNondet is what a view callee shares with its caller's transaction.
type CalleeNondet struct {
	// Nondet is the caller's Request.Nondet: the same leader results,
	// providers and sync mode (nil: the callee leads every block and its
	// web and LLM requests are refused, as the caller's are).
	Nondet Nondet
	// Base is the call number of the callee's first nondet block: the
	// caller's next.
	Base uint32
}

// ErrRefused is returned by a Calls method that this host does not serve;
// the artifact sees StatusForbidden.
var ErrRefused = errors.New("exec: call refused by the host")

// glContract answers CallContract and EthCall. A request the SDK could
// not have made from valid arguments is answered StatusInval, as GenVM's
// deserialisation of gl_call requests fails with errno inval.
func (s *session) glContract(req calldata.Map) (hostio.Status, calldata.Value, error) {
	body, ok := req[0].Value.(calldata.Map)
	if !ok {
		return hostio.StatusInval, nil, nil
	}
	if s.req.Calls == nil {
		return hostio.StatusForbidden, nil, nil
	}
	switch req[0].Key {
	case "EthCall":
		if !onlyKeys(body, "address", "calldata") {
			return hostio.StatusInval, nil, nil
		}
		addr, ok1 := get(body, "address").(address.Address)
		data, ok2 := get(body, "calldata").([]byte)
		if !ok1 || !ok2 {
			return hostio.StatusInval, nil, nil
		}
		out, err := s.req.Calls.EthCall(addr, data)
		if errors.Is(err, ErrRefused) {
			return hostio.StatusForbidden, nil, nil
		}
		if err != nil {
			return 0, nil, fmt.Errorf("eth_call: %w", err)
		}
		if out == nil {
			out = []byte{}
		}
		return hostio.StatusOK, out, nil
	}
	if !onlyKeys(body, "address", "calldata", "state") {
		return hostio.StatusInval, nil, nil
	}
	addr, ok := get(body, "address").(address.Address)
	if !ok {
		return hostio.StatusInval, nil, nil
	}
	st, ok := get(body, "state").(*big.Int)
	if !ok || !st.IsInt64() || st.Int64() < 0 || st.Int64() > hostio.ReadLatestNonFinal {
		return hostio.StatusInval, nil, nil
	}
	state := int(st.Int64())
	if state == hostio.ReadDefault {
		state = hostio.ReadLatestNonFinal
	}
	cd, err := calldata.Encode(get(body, "calldata"))
	if err != nil {
		return hostio.StatusInval, nil, nil
	}
	base := s.nd.next
	res, err := s.req.Calls.CallContract(s.req.Message, addr, cd, state, CalleeNondet{Nondet: s.req.Nondet, Base: base})
	if err != nil {
		return 0, nil, fmt.Errorf("call_contract %s: %w", addr.Hex(), err)
	}
	// the callee's blocks count even when it failed: a leader's posted
	// results are kept whatever the result
	if err := s.calleeNondet(res, base); err != nil {
		return 0, nil, fmt.Errorf("call_contract %s: %w", addr.Hex(), err)
	}
	if res.Kind == InternalError {
		return 0, nil, fmt.Errorf("call_contract %s: internal error of the callee: %s", addr.Hex(), res.Message)
	}
	// The callee's prints appear in the caller's stdout at the call, as
	// GenVM's sub-VMs write to the same stdout.
	if s.stdout.Len()+len(res.Stdout) > MaxStdout {
		return 0, nil, violation("stdout exceeds %d bytes", MaxStdout)
	}
	s.stdout.Write(res.Stdout)
	// Messages a view callee emits reach the host as the caller's: GenVM's
	// sub-VM posts them to the same host.
	s.res.Messages = append(s.res.Messages, res.Messages...)
	return hostio.StatusOK, res.Result().Raw(), nil
}

// checkMessage checks a message request (PostMessage, DeployContract,
// EthSend) as GenVM's WASI layer does before forwarding it: fields of the
// right types (else inval) and value + value already sent in this
// transaction ≤ the contract's balance (else inbalance).
func (s *session) checkMessage(m Message) (hostio.Status, error) {
	var keys []string
	switch m.Kind {
	case "PostMessage":
		keys = []string{"address", "calldata", "on", "value"}
	case "DeployContract":
		keys = []string{"calldata", "code", "on", "salt_nonce", "value"}
	case "EthSend":
		keys = []string{"address", "calldata", "value"}
	default:
		return hostio.StatusOK, nil
	}
	if !onlyKeys(m.Args, keys...) {
		return hostio.StatusInval, nil
	}
	if a, ok := m.Args.Get("address"); ok {
		if _, ok := a.(address.Address); !ok {
			return hostio.StatusInval, nil
		}
	}
	if on, ok := m.Args.Get("on"); ok && on != "finalized" && on != "accepted" {
		return hostio.StatusInval, nil
	}
	for _, k := range []string{"code", "calldata"} {
		if v, ok := m.Args.Get(k); ok && (k == "code" || m.Kind == "EthSend") {
			if _, ok := v.([]byte); !ok {
				return hostio.StatusInval, nil
			}
		}
	}
	if v, ok := m.Args.Get("salt_nonce"); ok && !isU256(v) {
		return hostio.StatusInval, nil
	}
	value := get(m.Args, "value")
	if !isU256(value) {
		return hostio.StatusInval, nil
	}
	v := value.(*big.Int)
	if v.Sign() == 0 {
		return hostio.StatusOK, nil
	}
	need := new(big.Int).Set(v)
	need.Add(need, SentValue(s.res.Messages))
	bal, err := s.req.State.Balance(s.req.Message.ContractAddress)
	if err != nil {
		return 0, fmt.Errorf("reading balance: %w", err)
	}
	if need.Cmp(bal) > 0 {
		return hostio.StatusInbalance, nil
	}
	return hostio.StatusOK, nil
}

// SentValue sums the value carried by messages (PostMessage,
// DeployContract, EthSend).
func SentValue(msgs []Message) *big.Int {
	sum := new(big.Int)
	for _, m := range msgs {
		if m.Kind == "EmitEvent" {
			continue
		}
		if v, ok := get(m.Args, "value").(*big.Int); ok {
			sum.Add(sum, v)
		}
	}
	return sum
}

var maxU256 = new(big.Int).Lsh(big.NewInt(1), 256)

func isU256(v calldata.Value) bool {
	i, ok := v.(*big.Int)
	return ok && i.Sign() >= 0 && i.Cmp(maxU256) < 0
}

func get(m calldata.Map, key string) calldata.Value {
	v, _ := m.Get(key)
	return v
}

// onlyKeys reports whether m has exactly the given keys (GenVM's request
// structs deny unknown fields and require every field).
func onlyKeys(m calldata.Map, keys ...string) bool {
	if len(m) != len(keys) {
		return false
	}
	for _, k := range keys {
		if _, ok := m.Get(k); !ok {
			return false
		}
	}
	return true
}
