package hostio

import (
	"bufio"
	"fmt"
	"io"
	"math/big"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/rt/storage"
)

// Trap ends the transaction with VMError(Msg) when raised as a panic value:
// a host error, a forbidden write, a broken invariant. Python code cannot
// catch it (rt.Catch lets it pass).
type Trap struct{ Msg string }

func (t *Trap) Error() string { return "VMError(" + t.Msg + ")" }

// Rollback ends the transaction with UserError(Msg) without unwinding
// through Python handlers: gl.advanced.user_error_immediate.
type Rollback struct{ Msg string }

func (r *Rollback) Error() string { return "UserError(" + r.Msg + ")" }

// Conn is the artifact's connection to its host. It is used by one
// goroutine; every call is one request and one response.
type Conn struct {
	r   *FrameReader
	w   *bufio.Writer
	out []byte // frame buffer
	// Sync is the hello's "sync": validators use the leader's nondet
	// results without running their own functions.
	Sync bool
	// Readonly is the hello's "readonly": the transaction is a view call
	// from another contract, whose storage writes GenVM refuses.
	Readonly bool
}

// NewConn returns a connection that reads responses from r and writes
// requests to w.
func NewConn(r io.Reader, w io.Writer) *Conn {
	return &Conn{r: NewFrameReader(r), w: bufio.NewWriterSize(w, 64<<10)}
}

// ProtocolError is a broken host connection; the artifact cannot report a
// result any more and exits with ExitProtocol.
type ProtocolError struct{ Err error }

func (e *ProtocolError) Error() string { return "hostio: protocol: " + e.Err.Error() }
func (e *ProtocolError) Unwrap() error { return e.Err }

// call sends op with args (nil: no payload) and returns the decoded OK
// payload (nil if absent). A non-OK status panics with *Trap; a transport
// or decoding failure panics with *ProtocolError.
func (c *Conn) call(op Op, args calldata.Value, hasArgs bool) calldata.Value {
	if op != OpStdout && op != OpHello {
		c.flushStdout()
	}
	return c.roundTrip(op, args, hasArgs)
}

func (c *Conn) roundTrip(op Op, args calldata.Value, hasArgs bool) calldata.Value {
	st, v := c.exchange(op, args, hasArgs)
	if st != StatusOK {
		panic(&Trap{st.String()})
	}
	return v
}

// Request sends op with args (nil: no payload) and returns the host's
// status and decoded payload (nil if absent), leaving non-OK statuses to
// the caller. Pending stdout is flushed first, so prints stay ordered
// with the request's effects. A transport or decoding failure panics with
// *ProtocolError.
func (c *Conn) Request(op Op, args calldata.Value) (Status, calldata.Value) {
	c.flushStdout()
	return c.exchange(op, args, args != nil)
}

func (c *Conn) exchange(op Op, args calldata.Value, hasArgs bool) (Status, calldata.Value) {
	var payload []byte
	if hasArgs {
		var err error
		payload, err = calldata.Encode(args)
		if err != nil {
			panic(&ProtocolError{fmt.Errorf("encoding %s request: %w", op, err)})
		}
	}
	if 1+len(payload) > MaxFrame {
		panic(&ProtocolError{fmt.Errorf("%s request of %d bytes exceeds the frame limit", op, len(payload))})
	}
	c.out = AppendFrame(c.out[:0], byte(op), payload)
	if _, err := c.w.Write(c.out); err != nil {
		panic(&ProtocolError{err})
	}
	if err := c.w.Flush(); err != nil {
		panic(&ProtocolError{err})
	}
	kind, resp, err := c.r.Read()
	if err != nil {
		panic(&ProtocolError{fmt.Errorf("reading %s response: %w", op, err)})
	}
	if st := Status(kind); st != StatusOK {
		return st, nil
	}
	if len(resp) == 0 {
		return StatusOK, nil
	}
	v, err := calldata.Decode(resp)
	if err != nil {
		panic(&ProtocolError{fmt.Errorf("decoding %s response: %w", op, err)})
	}
	return StatusOK, v
}

// flushStdout sends what print() wrote since the last flush.
func (c *Conn) flushStdout() {
	out := &rt.Current().Stdout
	for out.Len() > 0 {
		chunk := out.Next(MaxFrame / 2)
		c.roundTrip(OpStdout, append([]byte(nil), chunk...), true)
	}
}

// Hello returns the transaction's message and budgets.
func (c *Conn) Hello() (msg *Message, fuelBudget, memBudget uint64, err error) {
	v := c.call(OpHello, nil, false)
	mp, ok := v.(calldata.Map)
	if !ok {
		return nil, 0, 0, &MessageError{"", "hello response is not a map"}
	}
	raw, _ := mp.Get("message")
	if msg, err = ParseMessage(raw); err != nil {
		return nil, 0, 0, err
	}
	u64 := func(key string) (uint64, error) {
		x, _ := mp.Get(key)
		i, ok := x.(*big.Int)
		if !ok || i.Sign() < 0 || !i.IsUint64() {
			return 0, &MessageError{key, "not a u64"}
		}
		return i.Uint64(), nil
	}
	if fuelBudget, err = u64("fuel"); err != nil {
		return nil, 0, 0, err
	}
	if memBudget, err = u64("memory"); err != nil {
		return nil, 0, 0, err
	}
	for _, f := range []struct {
		key string
		dst *bool
	}{{"sync", &c.Sync}, {"readonly", &c.Readonly}} {
		if v, ok := mp.Get(f.key); ok {
			b, isBool := v.(bool)
			if !isBool {
				return nil, 0, 0, &MessageError{f.key, "not a bool"}
			}
			*f.dst = b
		}
	}
	return msg, fuelBudget, memBudget, nil
}

// Balance returns the balance of addr.
func (c *Conn) Balance(addr address.Address) *big.Int {
	fuel.Charge(fuel.HostCall)
	v := c.call(OpGetBalance, addr, true)
	i, ok := v.(*big.Int)
	if !ok {
		panic(&ProtocolError{fmt.Errorf("get_balance: response is not an int")})
	}
	return i
}

// GLCall sends a gl_call request that emits a message (EmitEvent,
// PostMessage, DeployContract, EthSend; see OpGLCall).
func (c *Conn) GLCall(req calldata.Value) {
	fuel.Charge(fuel.HostCall)
	c.call(OpGLCall, req, true)
}

// SendResult reports the transaction's result; it is the last request.
func (c *Conn) SendResult(code int, data calldata.Value) {
	c.call(OpResult, []calldata.Value{big.NewInt(int64(code)), data}, true)
}

// store reads the running contract's slots through the host; it is the
// base of the transaction's storage.Tx, which caches and journals.
type store struct {
	c    *Conn
	self address.Address
}

// Read implements storage.Store.
func (s store) Read(slot storage.SlotID, off uint32, dst []byte) error {
	fuel.Charge(fuel.StorageSlot)
	v := s.c.call(OpStorageRead, []calldata.Value{
		big.NewInt(ReadDefault), s.self, slot[:], big.NewInt(int64(off)), big.NewInt(int64(len(dst))),
	}, true)
	b, ok := v.([]byte)
	if !ok || len(b) != len(dst) {
		panic(&ProtocolError{fmt.Errorf("storage_read: response is not %d bytes", len(dst))})
	}
	copy(dst, b)
	return nil
}

// Write implements storage.Store; writes reach the host only through
// sendWrites, so this is never called on the base.
func (s store) Write(storage.SlotID, uint32, []byte) error {
	return fmt.Errorf("hostio: direct storage write")
}

// sendWrites sends the journal of tx to the host.
func (c *Conn) sendWrites(tx *storage.Tx) error {
	return tx.Writes(func(slot storage.SlotID, off uint32, data []byte) error {
		for len(data) > 0 {
			n := min(len(data), MaxFrame/2)
			c.call(OpStorageWrite, []calldata.Value{slot[:], big.NewInt(int64(off)), append([]byte(nil), data[:n]...)}, true)
			data, off = data[n:], off+uint32(n)
		}
		return nil
	})
}
