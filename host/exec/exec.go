// Package exec runs one transaction of a compiled contract artifact: it
// starts the artifact as a process, serves its requests over the framed
// protocol of rt/hostio (message, storage reads, stdout, result), and
// collects the result, the storage writes, stdout and stderr. It applies
// nothing: the caller decides what to do with the writes (the local chain
// applies them only for a Return).
//
// A misbehaving artifact (bad frames, oversized frames, an early exit, an
// unknown request, a crash) ends in a Result of kind InternalError naming
// the problem, never a panic of the host and never writes.
package exec

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os/exec"
	"time"

	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/result"
	"github.com/genvm-go/genvm/rt/storage"
)

// State is what a transaction may read from the chain.
type State interface {
	// ReadSlot fills dst with bytes [off, off+len(dst)) of slot of the
	// contract at addr; unwritten bytes read as zeros.
	ReadSlot(addr address.Address, slot storage.SlotID, off uint32, dst []byte) error
	// Balance returns the balance of addr.
	Balance(addr address.Address) (*big.Int, error)
}

// Kind is a result kind (GenVM's result codes).
type Kind = result.Code

// Result kinds.
const (
	Return        = result.Return
	UserError     = result.UserError
	VMError       = result.VMError
	InternalError = result.InternalError
)

// Write is one run of bytes written to a slot of the running contract.
type Write struct {
	Slot storage.SlotID
	Off  uint32
	Data []byte
}

// Message is one recorded gl_call request: Kind is its key (EmitEvent,
// PostMessage, DeployContract, EthSend), Args the map under it.
type Message struct {
	Kind string
	Args calldata.Map
}

// Request is one transaction to run.
type Request struct {
	Message *hostio.Message
	State   State
	// Fuel and Memory are the budgets (zero: the defaults of rt/fuel).
	Fuel, Memory uint64
	// Timeout bounds the wall-clock time of the process, a safety net
	// behind the deterministic fuel budget (zero: one minute).
	Timeout time.Duration
	// MaxProcessMemory caps the artifact's heap (Linux: RLIMIT_DATA), a
	// safety net behind the logical memory budget for the machine's sake
	// (zero: DefaultMaxProcessMemory).
	MaxProcessMemory uint64
	// Nondet serves the leader/validator protocol and the web and LLM
	// requests of nondet blocks (nondet.go); nil: this node leads every
	// block and web/LLM requests are refused.
	Nondet Nondet
	// Calls serves calls into other contracts (calls.go); nil: refused.
	Calls Calls
	// Readonly runs the transaction as the callee of a view call: the
	// hello says "readonly" and the artifact refuses storage writes.
	Readonly bool
	// NondetBase is the call number of the transaction's first nondet
	// block (what OpNondetNext answers before any block): 0 for a
	// transaction, the caller's next number for a view callee, whose
	// blocks are its caller's transaction's (see Calls.CallContract).
	NondetBase uint32
}

// DefaultMaxProcessMemory is 4 GiB, the memory limit of the original
// GenVM's deterministic VMs.
const DefaultMaxProcessMemory = 4 << 30

// Result is how a transaction ended.
type Result struct {
	Kind Kind
	// Data is the calldata of a Return.
	Data []byte
	// Message is the message of a UserError or VMError, and the reason of
	// an InternalError.
	Message string
	// Stdout is what the contract printed; Stderr what the artifact wrote
	// to its standard error (tracebacks), capped at MaxStderr.
	Stdout, Stderr []byte
	// Writes are the storage writes of a Return, in the order to apply.
	Writes []Write
	// Messages are the gl_call requests with effects on the chain (events,
	// messages, deployments, EVM sends) of a Return, in emission order.
	Messages []Message
	// NondetResults are the results this node posted as leader of the
	// transaction's nondet blocks, indexed by call number (code byte +
	// payload; nil for a block it did not lead). They are kept whatever
	// the result kind: validators need them to judge the leader. Numbers
	// are the transaction's: a view callee's start at its
	// Request.NondetBase, and a caller's include its callees' posts.
	NondetResults [][]byte
	// NondetBlocks is how many nondet blocks the run started, its view
	// callees' included: its blocks are numbered Request.NondetBase to
	// NondetBase+NondetBlocks-1 (the host's count: one past the highest
	// call number the artifact asked get_leader_nondet_result for).
	NondetBlocks uint32
	// Status is the artifact's exit status (-1 if it was killed).
	Status int
}

// Limits on what the host accepts from an artifact.
const (
	MaxStdout = 64 << 20
	MaxStderr = 1 << 20
)

type cappedBuffer struct {
	bytes.Buffer
	max int
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if room := c.max - c.Len(); room > 0 {
		c.Buffer.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

// Run runs the transaction of req in the artifact at path. The error is
// non-nil only when the artifact cannot be started; everything the
// artifact does wrong is an InternalError result.
func Run(ctx context.Context, path string, req *Request) (*Result, error) {
	timeout := req.Timeout
	if timeout == 0 {
		timeout = time.Minute
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.Command(path)
	cmd.Env = []string{"GOGC=400"}
	// Stop waiting for output pipes shortly after the process ends, even
	// if a child it spawned still holds them.
	cmd.WaitDelay = time.Second
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	stderr := &cappedBuffer{max: MaxStderr}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("starting artifact: %w", err)
	}
	maxMem := req.MaxProcessMemory
	if maxMem == 0 {
		maxMem = DefaultMaxProcessMemory
	}
	if err := limitMemory(cmd.Process.Pid, maxMem); err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		return nil, fmt.Errorf("limiting the artifact's memory: %w", err)
	}
	s := newSession(ctx, req, hostio.NewFrameReader(stdout), stdin)
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.serve()
	}()
	timedOut := false
	select {
	case <-done:
	case <-ctx.Done():
		timedOut = true
		cmd.Process.Kill()
		stdout.Close() // a child of the artifact may still hold the pipe
		<-done
	}
	stdin.Close()
	if s.err != nil || timedOut {
		cmd.Process.Kill()
	}
	waitErr := waitWithin(cmd, 5*time.Second)
	res := s.finish(timedOut, waitErr)
	res.Stderr = stderr.Bytes()
	if res.Kind == InternalError && !s.gotResult && outOfMemory(res.Stderr) {
		// the process memory cap, not a protocol problem
		res.Kind, res.Message = VMError, "OOM"
	}
	res.Status = cmd.ProcessState.ExitCode()
	return res, nil
}

// Serve serves one transaction of an artifact that reads the host's
// responses from out's other end and writes its requests to in: the
// protocol without a process, for artifacts linked into the same program
// (tests, benchmarks, in-process engines). It returns when the artifact
// has sent its result or broken the protocol; Stderr and Status are not set.
func Serve(in io.Reader, out io.Writer, req *Request) *Result {
	s := newSession(context.Background(), req, hostio.NewFrameReader(in), out)
	s.serve()
	return s.finish(false, nil)
}

// finish turns the session's state into the result.
func (s *session) finish(timedOut bool, waitErr error) *Result {
	res := s.res
	res.Stdout = s.stdout.Bytes()
	res.NondetBlocks = s.nd.next - s.req.NondetBase
	switch {
	case timedOut:
		res.Kind, res.Message, res.Data, res.Writes = VMError, "timeout", nil, nil
	case s.err != nil:
		msg := s.err.Error()
		if waitErr != nil && !s.gotResult {
			msg += " (artifact " + waitErr.Error() + ")"
		}
		res.Kind, res.Message, res.Data, res.Writes = InternalError, msg, nil, nil
	}
	if res.Kind != Return {
		res.Writes, res.Messages = nil, nil
	}
	return &res
}

// outOfMemory reports whether a Go program's stderr shows it died of a
// failed allocation ("fatal error: runtime: out of memory", "...: cannot
// allocate memory", "fatal error: out of memory").
func outOfMemory(stderr []byte) bool {
	for _, line := range bytes.Split(stderr, []byte("\n")) {
		if bytes.HasPrefix(line, []byte("fatal error: ")) &&
			(bytes.Contains(line, []byte("out of memory")) || bytes.Contains(line, []byte("cannot allocate memory"))) {
			return true
		}
	}
	return false
}

func waitWithin(cmd *exec.Cmd, d time.Duration) error {
	ch := make(chan error, 1)
	go func() { ch <- cmd.Wait() }()
	select {
	case err := <-ch:
		return err
	case <-time.After(d):
		cmd.Process.Kill()
		return <-ch
	}
}

// session serves one artifact's requests.
type session struct {
	ctx       context.Context // bounds provider and host calls (Run: the timeout)
	req       *Request
	in        *hostio.FrameReader
	out       io.Writer
	stdout    bytes.Buffer
	res       Result
	gotResult bool
	err       error
	resp      []byte
	nd        nondetState // nondet.go
}

func newSession(ctx context.Context, req *Request, in *hostio.FrameReader, out io.Writer) *session {
	return &session{ctx: ctx, req: req, in: in, out: out, nd: nondetState{next: req.NondetBase}}
}

// errProtocol marks a violation by the artifact.
type errProtocol struct{ msg string }

func (e *errProtocol) Error() string { return "artifact protocol violation: " + e.msg }

func violation(format string, args ...any) error { return &errProtocol{fmt.Sprintf(format, args...)} }

func (s *session) serve() {
	for !s.gotResult {
		kind, payload, err := s.in.Read()
		if err != nil {
			if errors.Is(err, hostio.ErrClosed) {
				s.err = violation("the artifact ended without reporting a result")
			} else {
				s.err = violation("%v", err)
			}
			return
		}
		var args calldata.Value
		if len(payload) > 0 {
			if args, err = calldata.Decode(payload); err != nil {
				s.err = violation("%s request: %v", hostio.Op(kind), err)
				return
			}
		}
		st, resp, err := s.handle(hostio.Op(kind), args)
		if err != nil {
			s.err = err
			return
		}
		var body []byte
		if st == hostio.StatusOK && resp != nil {
			body = calldata.MustEncode(resp)
		}
		s.resp = hostio.AppendFrame(s.resp[:0], byte(st), body)
		if _, err := s.out.Write(s.resp); err != nil {
			if s.gotResult {
				return // the artifact may exit right after its result
			}
			s.err = violation("writing response: %v", err)
			return
		}
	}
}

func argList(args calldata.Value, n int, op hostio.Op) ([]calldata.Value, error) {
	l, ok := args.([]calldata.Value)
	if !ok || len(l) != n {
		return nil, violation("%s request: want an array of %d values", op, n)
	}
	return l, nil
}

func u32Arg(v calldata.Value, what string, op hostio.Op) (uint32, error) {
	i, ok := v.(*big.Int)
	if !ok || i.Sign() < 0 || i.Cmp(big.NewInt(1<<32)) >= 0 {
		return 0, violation("%s request: %s is not a u32", op, what)
	}
	return uint32(i.Uint64()), nil
}

func slotArg(v calldata.Value, op hostio.Op) (storage.SlotID, error) {
	b, ok := v.([]byte)
	var id storage.SlotID
	if !ok || len(b) != len(id) {
		return id, violation("%s request: slot is not 32 bytes", op)
	}
	copy(id[:], b)
	return id, nil
}

// handle answers one request; a non-nil error ends the session.
func (s *session) handle(op hostio.Op, args calldata.Value) (hostio.Status, calldata.Value, error) {
	switch op {
	case hostio.OpHello:
		f, m := s.req.Fuel, s.req.Memory
		if f == 0 {
			f = fuel.DefaultFuel
		}
		if m == 0 {
			m = fuel.DefaultMemory
		}
		hello := calldata.Map{
			{Key: "fuel", Value: new(big.Int).SetUint64(f)},
			{Key: "memory", Value: new(big.Int).SetUint64(m)},
			{Key: "message", Value: s.req.Message.Calldata()},
		}
		if s.req.Nondet != nil && s.req.Nondet.SyncMode() {
			hello = append(hello, calldata.Entry{Key: "sync", Value: true})
		}
		if s.req.Readonly {
			hello = append(hello, calldata.Entry{Key: "readonly", Value: true})
		}
		return hostio.StatusOK, hello, nil
	case hostio.OpStorageRead:
		l, err := argList(args, 5, op)
		if err != nil {
			return 0, nil, err
		}
		addr, ok := l[1].(address.Address)
		if !ok {
			return 0, nil, violation("storage_read request: not an address")
		}
		slot, err := slotArg(l[2], op)
		if err != nil {
			return 0, nil, err
		}
		off, err := u32Arg(l[3], "offset", op)
		if err != nil {
			return 0, nil, err
		}
		n, err := u32Arg(l[4], "length", op)
		if err != nil {
			return 0, nil, err
		}
		if n > hostio.MaxFrame/2 {
			return 0, nil, violation("storage_read request: length %d exceeds the frame limit", n)
		}
		if addr != s.req.Message.ContractAddress {
			return hostio.StatusForbidden, nil, nil
		}
		buf := make([]byte, n)
		if err := s.req.State.ReadSlot(addr, slot, off, buf); err != nil {
			return 0, nil, fmt.Errorf("reading storage: %w", err)
		}
		return hostio.StatusOK, buf, nil
	case hostio.OpStorageWrite:
		l, err := argList(args, 3, op)
		if err != nil {
			return 0, nil, err
		}
		slot, err := slotArg(l[0], op)
		if err != nil {
			return 0, nil, err
		}
		off, err := u32Arg(l[1], "offset", op)
		if err != nil {
			return 0, nil, err
		}
		data, ok := l[2].([]byte)
		if !ok {
			return 0, nil, violation("storage_write request: data is not bytes")
		}
		if uint64(off)+uint64(len(data)) > 1<<32 {
			return 0, nil, violation("storage_write request: write past the end of the slot")
		}
		s.res.Writes = append(s.res.Writes, Write{slot, off, data})
		return hostio.StatusOK, nil, nil
	case hostio.OpStdout:
		b, ok := args.([]byte)
		if !ok {
			return 0, nil, violation("stdout request: not bytes")
		}
		if s.stdout.Len()+len(b) > MaxStdout {
			return 0, nil, violation("stdout exceeds %d bytes", MaxStdout)
		}
		s.stdout.Write(b)
		return hostio.StatusOK, nil, nil
	case hostio.OpGLCall:
		return s.glCall(args)
	case hostio.OpNondetLeader, hostio.OpNondetPost, hostio.OpNondetNext:
		return s.nondetOp(op, args)
	case hostio.OpGetBalance:
		a, ok := args.(address.Address)
		if !ok {
			return 0, nil, violation("get_balance request: not an address")
		}
		bal, err := s.req.State.Balance(a)
		if err != nil {
			return 0, nil, fmt.Errorf("reading balance: %w", err)
		}
		return hostio.StatusOK, bal, nil
	case hostio.OpResult:
		l, err := argList(args, 2, op)
		if err != nil {
			return 0, nil, err
		}
		code, ok := l[0].(*big.Int)
		if !ok || !code.IsInt64() || code.Int64() < 0 || code.Int64() > 3 {
			return 0, nil, violation("result request: bad result code")
		}
		s.res.Kind = Kind(code.Int64())
		switch d := l[1].(type) {
		case []byte:
			if s.res.Kind != Return {
				return 0, nil, violation("result request: bytes for a non-Return result")
			}
			if _, err := calldata.Decode(d); err != nil {
				return 0, nil, violation("result request: Return data is not calldata: %v", err)
			}
			s.res.Data = d
		case string:
			if s.res.Kind == Return {
				return 0, nil, violation("result request: a str for a Return result")
			}
			s.res.Message = d
		default:
			return 0, nil, violation("result request: data is neither bytes nor str")
		}
		s.gotResult = true
		return hostio.StatusOK, nil, nil
	}
	return 0, nil, violation("unknown request %s", op)
}

// Result returns the result in rt/result's form.
func (r *Result) Result() result.Result {
	return result.Result{Code: r.Kind, Data: r.Data, Message: r.Message}
}

// Line returns GenVM's final line, without newline: executed with `...`.
// An internal error prints as GenVM does, without its reason.
func (r *Result) Line() string {
	x := r.Result()
	if x.Code == InternalError {
		x.Message = ""
	}
	return x.ExecutedWith()
}
