package exec

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// Nondet is the host's side of nondet blocks for one transaction: the
// leader/validator protocol and the web and LLM providers. host/consensus's
// Node is the implementation; a Nondet is used by one transaction at a
// time, and by its view callees in turn (they run the same transaction's
// blocks, numbered on from the caller's; see Calls.CallContract).
type Nondet interface {
	// LeaderResult answers get_leader_nondet_result(callNo):
	// hostio.StatusIAmLeader when this node leads the block (it then runs
	// the leader function and posts its result), hostio.StatusOK with the
	// leader's result (code byte + payload, GenVM's encodings) when it
	// validates, hostio.StatusAbsent when the result it should have is
	// missing (the transaction then ends with VMError("absent")).
	LeaderResult(callNo uint32) (hostio.Status, []byte)
	// SyncMode reports whether this node validates in sync mode: the
	// artifact uses the leader's results directly, without running its
	// validator functions (the hello's "sync": true).
	SyncMode() bool
	// Call serves one web or LLM gl_call request (a map with one key:
	// WebRender, WebRequest, ExecPrompt or ExecPromptTemplate) and returns
	// GenVM's {"ok": answer} or {"error": {causes, ctx, fatal}} value, as
	// providers.Call does. A *providers.InvalError is answered with
	// StatusInval (SystemError("2: inval") in the contract); any other error
	// ends the transaction as an InternalError, and so does a fatal module
	// error ("fatal": true), as in GenVM; non-fatal ones reach the contract.
	Call(ctx context.Context, req calldata.Map) (calldata.Value, error)
}

// nondetState is a session's record of the nondet protocol: which blocks
// this node was told to lead, so that a result posted for any other block
// is refused, and the transaction's next call number.
type nondetState struct {
	led map[uint32]bool
	// next is one past the highest call number the artifact asked for, or
	// past its view callees' blocks (at least Request.NondetBase): the
	// number of the next block, which a view callee starts at.
	next uint32
}

// started records that the artifact started nondet block n.
func (s *session) started(n uint32) error {
	if n < s.req.NondetBase {
		return violation("get_leader_nondet_result request: call_no %d precedes this view callee's first block %d", n, s.req.NondetBase)
	}
	if n == math.MaxUint32 {
		return violation("get_leader_nondet_result request: call_no %d leaves no number for the next block", n)
	}
	s.nd.next = max(s.nd.next, n+1)
	return nil
}

// calleeNondet takes the nondet blocks of a view callee that started at
// base into this transaction: this artifact's next block follows them, and
// the results the callee posted as leader are the transaction's.
func (s *session) calleeNondet(res *Result, base uint32) error {
	end := uint64(base) + uint64(res.NondetBlocks)
	if end >= math.MaxUint32 {
		return fmt.Errorf("the callee's %d nondet blocks from %d exhaust the call numbers", res.NondetBlocks, base)
	}
	for i, r := range res.NondetResults {
		if r == nil {
			continue
		}
		if uint64(i) < uint64(base) || uint64(i) >= end {
			return fmt.Errorf("the callee posted a result for nondet block %d, not one of its blocks [%d, %d)", i, base, end)
		}
		for len(s.res.NondetResults) <= i {
			s.res.NondetResults = append(s.res.NondetResults, nil)
		}
		s.res.NondetResults[i] = r
	}
	s.nd.next = max(s.nd.next, uint32(end))
	return nil
}

// nondetOp answers nondet_next, get_leader_nondet_result and
// post_nondet_result.
// Without Request.Nondet this node leads every block. A node in sync mode
// that would lead a block ends the transaction as an internal error, as
// GenVM does ("absent leader result in sync mode").
func (s *session) nondetOp(op hostio.Op, args calldata.Value) (hostio.Status, calldata.Value, error) {
	if op == hostio.OpNondetNext {
		if args != nil {
			return 0, nil, violation("%s request: takes no arguments", op)
		}
		return hostio.StatusOK, new(big.Int).SetUint64(uint64(s.nd.next)), nil
	}
	if op == hostio.OpNondetLeader {
		n, err := u32Arg(args, "call_no", op)
		if err != nil {
			return 0, nil, err
		}
		if err := s.started(n); err != nil {
			return 0, nil, err
		}
		st, data := hostio.StatusIAmLeader, []byte(nil)
		if s.req.Nondet != nil {
			st, data = s.req.Nondet.LeaderResult(n)
		}
		switch st {
		case hostio.StatusIAmLeader:
			if s.req.Nondet != nil && s.req.Nondet.SyncMode() {
				// GenVM traps: a synced node must have every result
				return 0, nil, fmt.Errorf("nondet block %d: absent leader result in sync mode", n)
			}
			if s.nd.led == nil {
				s.nd.led = map[uint32]bool{}
			}
			s.nd.led[n] = true
			return st, nil, nil
		case hostio.StatusOK:
			if len(data) == 0 || data[0] > hostio.ResultVMError {
				return 0, nil, fmt.Errorf("leader result of nondet block %d: not a code byte (0, 1 or 2) and payload", n)
			}
			return st, data, nil
		}
		return st, nil, nil
	}
	l, err := argList(args, 2, op)
	if err != nil {
		return 0, nil, err
	}
	n, err := u32Arg(l[0], "call_no", op)
	if err != nil {
		return 0, nil, err
	}
	data, ok := l[1].([]byte)
	if !ok || len(data) == 0 {
		return 0, nil, violation("%s request: result is not a code byte and payload", op)
	}
	if !s.nd.led[n] {
		return 0, nil, violation("%s request: nondet block %d was not led by this node", op, n)
	}
	if data[0] > hostio.ResultVMError {
		return 0, nil, violation("%s request: result code %d is not Return, UserError or VMError", op, data[0])
	}
	if data[0] == hostio.ResultReturn {
		if _, err := calldata.Decode(data[1:]); err != nil {
			return 0, nil, violation("%s request: Return data is not calldata: %v", op, err)
		}
	}
	for uint32(len(s.res.NondetResults)) <= n {
		s.res.NondetResults = append(s.res.NondetResults, nil)
	}
	s.res.NondetResults[n] = data
	return hostio.StatusOK, nil, nil
}

// glNondet answers a web or LLM request of a nondet block. Without
// Request.Nondet such requests are forbidden.
func (s *session) glNondet(req calldata.Map) (hostio.Status, calldata.Value, error) {
	if s.req.Nondet == nil {
		return hostio.StatusForbidden, nil, nil
	}
	v, err := s.req.Nondet.Call(s.ctx, req)
	if err != nil {
		var inval *providers.InvalError
		if errors.As(err, &inval) {
			return hostio.StatusInval, nil, nil
		}
		return 0, nil, fmt.Errorf("%s request: %w", req[0].Key, err)
	}
	if e, fatal := fatalError(v); fatal {
		// GenVM's modules report fatal errors apart from user errors; the
		// executor fails the transaction (an internal error) instead of
		// handing them to the contract as NondetException
		return 0, nil, fmt.Errorf("%s request: fatal module error %s", req[0].Key, calldata.DebugString(e))
	}
	return hostio.StatusOK, v, nil
}

// fatalError returns the error of an {"error": {..., "fatal": true}}
// answer.
func fatalError(v calldata.Value) (calldata.Value, bool) {
	m, ok := v.(calldata.Map)
	if !ok || len(m) != 1 || m[0].Key != "error" {
		return nil, false
	}
	e, _ := m[0].Value.(calldata.Map)
	fatal, _ := e.Get("fatal")
	return e, fatal == true
}
