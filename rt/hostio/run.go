package hostio

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"runtime/debug"
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/rt/storage"
)

// Env is the running transaction as compiled code sees it.
type Env struct {
	Msg     *Message
	Storage *storage.Tx // this contract's slots: cached reads, journaled writes
	Conn    *Conn

	balances []balanceEntry
}

// Balance returns the balance of addr as the host reports it at the first
// query in this transaction (GenVM caches balances per transaction; the SDK
// subtracts value sent so far from the contract's own).
func (e *Env) Balance(addr address.Address) *big.Int {
	for _, b := range e.balances {
		if b.addr == addr {
			return new(big.Int).Set(b.bal)
		}
	}
	bal := e.Conn.Balance(addr)
	e.balances = append(e.balances, balanceEntry{addr, bal})
	return new(big.Int).Set(bal)
}

type balanceEntry struct {
	addr address.Address
	bal  *big.Int
}

// Root returns the storage root record of the running contract.
func (e *Env) Root() storage.Root { return storage.Root{T: e.Storage} }

// UserError is gl.vm.UserError: raised and not caught, it ends the
// transaction with UserError(message) and its storage writes discarded.
// The SDK's gl.vm module exposes this class.
var UserError = rt.NewExceptionClass("UserError", "genlayer.gl.vm")

// Process exit statuses of an artifact. The result travels in OpResult, so
// only a broken protocol gives a non-zero status.
const (
	ExitOK       = 0
	ExitProtocol = 3
)

// Main runs one transaction of c over stdin/stdout and exits.
func Main(c *Contract) {
	os.Exit(Run(c, os.Stdin, os.Stdout, os.Stderr))
}

// Run runs one transaction of c, talking to the host over in and out and
// writing tracebacks to errw; it returns the process exit status.
func Run(c *Contract, in io.Reader, out io.Writer, errw io.Writer) (status int) {
	conn := NewConn(in, out)
	SubVMStderr = errw
	defer func() {
		if r := recover(); r != nil {
			var pe *ProtocolError
			if e, ok := r.(error); ok && errors.As(e, &pe) {
				fmt.Fprintln(errw, "genvm artifact:", pe)
				status = ExitProtocol
				return
			}
			panic(r)
		}
	}()
	msg, fuelBudget, memBudget, err := conn.Hello()
	if err != nil {
		panic(&ProtocolError{err})
	}
	rt.Reset()
	fuel.Reset(fuelBudget, memBudget)
	base := store{conn, msg.ContractAddress}
	env := &Env{Msg: msg, Conn: conn}
	code, data := execute(c, env, base, errw)
	conn.flushStdout()
	if code == ResultReturn {
		if err := conn.sendWrites(env.Storage); err != nil {
			panic(&ProtocolError{err})
		}
	}
	conn.SendResult(code, data)
	return ExitOK
}

// execute runs the module and the called method and maps how it ended to a
// result code and its data (calldata bytes or a message).
func execute(c *Contract, env *Env, base store, errw io.Writer) (code int, data calldata.Value) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		code, data = outcome(r, errw)
	}()
	policy, err := storage.LoadLockPolicy(base, env.Msg.SenderAddress)
	if err != nil {
		panic(storageTrap(err))
	}
	env.Storage = storage.NewTx(base, policy)
	var res calldata.Value
	if c.Module != nil {
		c.Module(env)
	}
	if c.Class != nil {
		if env.Msg.EntryKind != EntryMain {
			rt.Raise(rt.ValueError, fmt.Sprintf("invalid entry kind %d", env.Msg.EntryKind))
		}
		res = c.Class.dispatch(env)
	}
	b, err := calldata.Encode(res)
	if err != nil {
		rt.Raise(rt.TypeError, strings.TrimPrefix(err.Error(), "calldata: "))
	}
	return ResultReturn, b
}

// Must raises what GenVM gives when a storage operation fails. A write to a
// locked slot is refused by GenVM's WASI layer with errno 6, which the SDK
// raises as SystemError('6: forbidden'): a Python exception the contract
// may catch (GenVM's storage/locking/default-frozen prints it and returns).
// Any other storage error ends the transaction as a VMError with its text.
// Generated code calls Must on the error of every storage operation; a nil
// error does nothing.
func Must(err error) {
	if err == nil {
		return
	}
	if errors.Is(err, storage.ErrForbidden) {
		panic(rt.NewException(rt.SystemError, "6: forbidden"))
	}
	panic(storageTrap(err))
}

// storageTrap maps a storage error to the VMError GenVM gives.
func storageTrap(err error) *Trap {
	if errors.Is(err, storage.ErrForbidden) {
		return &Trap{"forbidden"}
	}
	return &Trap{err.Error()}
}

// outcome maps a panic at the transaction boundary to a result.
func outcome(r any, errw io.Writer) (int, calldata.Value) {
	switch x := r.(type) {
	case *rt.Exception:
		if x.Cls.IsSubclass(rt.SystemExit) {
			return exitOutcome(x, errw)
		}
		if x.Cls.IsSubclass(UserError) {
			msg := ""
			if len(x.Args) > 0 {
				msg = rt.Str(x.Args[0])
			}
			return ResultUserError, msg
		}
		io.WriteString(errw, FormatTraceback(x))
		return ResultVMError, "exit_code 1"
	case *Rollback:
		return ResultUserError, x.Msg
	case *Trap:
		return ResultVMError, x.Msg
	case *fuel.Exhausted:
		return ResultVMError, x.VMError()
	case *ModuleFatal:
		// GenVM's executor reports it as an internal error, whose message
		// `executed with` does not show; the host logs it from stderr.
		fmt.Fprintln(errw, "genvm artifact:", x)
		return ResultInternalError, x.Error()
	case *ProtocolError:
		panic(x)
	}
	// A Go runtime panic is a bug of the runtime or the compiler, not of
	// the contract: report it as an internal error with its stack.
	fmt.Fprintf(errw, "genvm artifact: internal error: %v\n%s", r, debug.Stack())
	return ResultInternalError, fmt.Sprint(r)
}

// exitOutcome maps SystemExit (exit(n), sys.exit) as CPython's exit status
// reaches GenVM: 0 or None is a Return of None, an int n is
// VMError("exit_code n"), anything else is printed to stderr and is 1.
func exitOutcome(e *rt.Exception, errw io.Writer) (int, calldata.Value) {
	code, _ := rt.ExceptionAttr(e, "code")
	var n *big.Int
	switch v := code.(type) {
	case rt.NoneType:
		n = new(big.Int)
	case bool:
		n = new(big.Int)
		if v {
			n.SetInt64(1)
		}
	case rt.Int:
		n, _ = new(big.Int).SetString(rt.Str(v), 10)
	default:
		fmt.Fprintln(errw, rt.Str(code))
		n = big.NewInt(1)
	}
	if n.Sign() == 0 {
		return ResultReturn, []byte{0}
	}
	// CPython passes the status to exit() as a C int, which WASI's
	// proc_exit receives as an unsigned 32-bit value.
	return ResultVMError, "exit_code " + fmt.Sprint(uint32(n.Int64()))
}
