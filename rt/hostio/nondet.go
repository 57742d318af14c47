package hostio

import (
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/fuel"
)

// The artifact side of GenVM's leader/validator protocol for nondet blocks
// (OpNondetLeader, OpNondetPost) and the mapping of how a sub-VM ended to
// its result.

// SubVMStderr receives the tracebacks of sub-VMs that end with an uncaught
// exception (GenVM's sub-VMs write them to the node's stderr). The
// artifact's standard error by default.
var SubVMStderr io.Writer = os.Stderr

// SubVMOutcome maps a panic that ended a sub-VM (a nondet block or a
// sandbox) to GenVM's result code and payload: an uncaught gl.vm.UserError
// or user_error_immediate is a UserError with its message; exit(n) is a
// Return of None (n == 0) or VMError("exit_code n"); any other uncaught
// exception is VMError("exit_code 1") with its traceback on SubVMStderr; a
// host trap is a VMError with its message. ok is false for what a sub-VM
// does not catch (fuel or memory exhaustion, a broken protocol, a runtime
// bug): the caller re-panics and the transaction ends.
func SubVMOutcome(r any) (code int, data []byte, ok bool) {
	switch r.(type) {
	case *rt.Exception, *Rollback, *Trap:
	default:
		// fuel or memory exhaustion, a broken protocol, a runtime bug
		return 0, nil, false
	}
	c, v := outcome(r, SubVMStderr)
	switch p := v.(type) {
	case []byte:
		return c, p, true
	case string:
		return c, []byte(p), true
	}
	return c, nil, true
}

// NondetNext asks the host for the call number of the next nondet block
// (OpNondetNext): blocks are numbered per transaction across view calls,
// so a view callee's blocks continue its caller's and a caller's continue
// after its callees'. It is bookkeeping of the block NondetLeader then
// starts and costs no fuel, so a transaction's fuel does not depend on
// where its blocks are numbered.
func (c *Conn) NondetNext() int {
	st, v := c.Request(OpNondetNext, nil)
	if st != StatusOK {
		panic(&Trap{st.String()})
	}
	i, ok := v.(*big.Int)
	if !ok || i.Sign() < 0 || !i.IsUint64() || i.Uint64() >= 1<<32 {
		panic(&ProtocolError{fmt.Errorf("nondet_next: response is not a u32")})
	}
	return int(i.Uint64())
}

// NondetLeader asks the host for the leader's result of nondet block
// callNo (GenVM's get_leader_nondet_result): lead is true when this node
// leads the block; otherwise result is the leader's encoded result (code
// byte + payload). A missing result ends the transaction with
// VMError("absent").
func (c *Conn) NondetLeader(callNo int) (lead bool, result []byte) {
	fuel.Charge(fuel.HostCall)
	st, v := c.Request(OpNondetLeader, big.NewInt(int64(callNo)))
	switch st {
	case StatusIAmLeader:
		return true, nil
	case StatusOK:
		b, ok := v.([]byte)
		if !ok || len(b) == 0 || b[0] > ResultVMError {
			panic(&ProtocolError{fmt.Errorf("get_leader_nondet_result %d: response is not a code byte and payload", callNo)})
		}
		return false, b
	}
	panic(&Trap{st.String()})
}

// NondetPost reports this node's result of nondet block callNo as its
// leader (GenVM's post_nondet_result).
func (c *Conn) NondetPost(callNo int, result []byte) {
	fuel.Charge(fuel.HostCall)
	c.call(OpNondetPost, []calldata.Value{big.NewInt(int64(callNo)), result}, true)
}

// ModuleFatal ends the transaction as an internal error: an LLM or web
// module answered a request with a fatal error ({"error": {..., "fatal":
// true}}), which GenVM's executor does not hand to the contract (no
// NondetException) but turns into the transaction's InternalError. A
// sub-VM does not catch it.
type ModuleFatal struct{ Err string }

func (e *ModuleFatal) Error() string { return "fatal module error: " + e.Err }
