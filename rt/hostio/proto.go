// Package hostio is the artifact side of the protocol between a compiled
// contract (a native executable) and its host, and the transaction boundary
// of compiled code: it reads the transaction's message, dispatches the
// called method as GenVM's Python runner does, reads storage through the
// host with a per-transaction cache, and returns the result, the storage
// writes and the contract's stdout.
//
// # Protocol
//
// One transaction per process. The artifact's stdin and stdout carry
// frames; its stderr is free text (tracebacks) the host captures. A frame
// is a 4-byte little-endian length n (1 ≤ n ≤ MaxFrame) followed by n
// bytes: one kind byte and a payload that is a single calldata-encoded
// value (absent when n == 1). The artifact sends requests (kind = an Op),
// the host answers each with exactly one response (kind = a Status; the
// payload is present only with StatusOK and only when the op returns a
// value). Requests and responses strictly alternate; the artifact speaks
// first (OpHello) and last (OpResult), then exits with status 0.
//
//	op              request payload                     OK response payload
//	OpHello         —                                   {"message": extended message, "fuel": int, "memory": int, ["sync": bool], ["readonly": bool]}
//	OpStorageRead   [mode, address, slot: bytes32, offset, length]  bytes (exactly length)
//	OpStorageWrite  [slot: bytes32, offset, data: bytes]            —
//	OpStdout        bytes (print output, in order)      —
//	OpResult        [code, data]                        —
//	OpGLCall        a GenVM gl_call request map         the request's answer, if it has one
//	OpNondetLeader  call_no: int                        bytes: the leader's result (code byte + payload)
//	OpNondetPost    [call_no: int, bytes]               —
//	OpNondetNext    —                                   int: the call number of the next nondet block
//	OpGetBalance    address                             int
//
// OpGLCall carries GenVM's gl_call requests (spec §1.4). Those whose effect
// is a message to the chain ({"EmitEvent": …}, {"PostMessage": …},
// {"DeployContract": …}, {"EthSend": …}) have no answer: the host records
// them in order and keeps them only for a Return, as a node discards a
// failed transaction's messages. The others are answered with a value:
// web and LLM requests ({"WebRender": …}, {"WebRequest": …},
// {"ExecPrompt": …}, {"ExecPromptTemplate": …}) with GenVM's
// {"ok": answer} or {"error": {causes, fatal, ctx}} map; {"CallContract": …}
// and {"EthCall": …} with the callee's result bytes (code byte + payload,
// raw EVM bytes for EthCall). A request the host refuses is answered with
// a non-OK status (forbidden, inval, ...).
//
// OpNondetLeader is GenVM's get_leader_nondet_result: the host answers
// StatusIAmLeader when this node leads (the artifact then runs the leader
// function and reports its result with OpNondetPost), StatusOK with the
// leader's encoded result when it validates, StatusAbsent when the result
// it should have is missing. In sync mode (the hello's "sync": true) the
// artifact uses the leader's result directly without running the
// validator.
//
// Nondet blocks are numbered per transaction across view calls, as GenVM's
// executor numbers them with one counter shared by every VM of a
// transaction (nondet_call_no), and the host keeps that counter: before a
// block the artifact asks OpNondetNext for the block's number, then asks
// OpNondetLeader for that number (the host counts a block as started by
// its OpNondetLeader: the next number is one past the highest asked). A
// transaction's first block is 0; a view call's callee runs the caller's
// transaction's blocks: its first number is the caller's next, it shares
// the caller's leader results, web and LLM providers and sync mode, the
// results it posts as leader are the transaction's, and after the call
// the caller's next number follows the callee's blocks. So the caller's
// blocks around a view call whose callee runs one are 0 and 2, the
// callee's 1, as in GenVM. Asking OpNondetLeader for a number below the
// callee's first is a protocol violation. The hello and the result frame
// are unchanged: the host's count (exec.Result.NondetBlocks) says how many
// numbers a callee used, and the artifact asks for each number rather than
// counting from one given in its hello because a caller's process cannot
// otherwise learn how many its callees used.
//
// Storage writes are sent only for a Return, just before OpResult; the host
// buffers them and applies them only when the result is Return. OpResult
// codes are GenVM's (ResultReturn ... ResultInternalError); data is the
// calldata bytes of a Return and the message string of the others.
//
// A non-OK status ends the transaction with VMError(status name), as in
// GenVM ("absent", "forbidden", ...).
package hostio

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// MaxFrame is the largest frame (kind byte + payload) either side accepts.
const MaxFrame = 64 << 20

// Op is a request kind.
type Op byte

// Requests of the artifact.
const (
	OpHello        Op = 0
	OpStorageRead  Op = 1
	OpStorageWrite Op = 2
	OpStdout       Op = 3
	OpResult       Op = 4
	OpGLCall       Op = 5
	OpNondetLeader Op = 6
	OpNondetPost   Op = 7
	OpNondetNext   Op = 8
	OpGetBalance   Op = 12
)

func (o Op) String() string {
	switch o {
	case OpHello:
		return "hello"
	case OpStorageRead:
		return "storage_read"
	case OpStorageWrite:
		return "storage_write"
	case OpStdout:
		return "stdout"
	case OpResult:
		return "result"
	case OpGLCall:
		return "gl_call"
	case OpNondetLeader:
		return "get_leader_nondet_result"
	case OpNondetPost:
		return "post_nondet_result"
	case OpNondetNext:
		return "nondet_next"
	case OpGetBalance:
		return "get_balance"
	}
	return fmt.Sprintf("op(%d)", byte(o))
}

// Status is a response kind: GenVM's host error codes (spec §1.3).
type Status byte

// Response statuses.
const (
	StatusOK              Status = 0
	StatusAbsent          Status = 1
	StatusForbidden       Status = 2
	StatusIAmLeader       Status = 3
	StatusOutOfStorageGas Status = 4
	// genvm-go's statuses for WASI errnos a gl_call may give (the SDK
	// raises them as SystemError("2: inval") / SystemError("7: inbalance")).
	StatusInval     Status = 5
	StatusInbalance Status = 6
)

// String returns GenVM's snake-case name, the VMError message a non-OK
// status produces.
func (s Status) String() string {
	switch s {
	case StatusOK:
		return "ok"
	case StatusAbsent:
		return "absent"
	case StatusForbidden:
		return "forbidden"
	case StatusIAmLeader:
		return "i_am_leader"
	case StatusOutOfStorageGas:
		return "out_of_storage_gas"
	case StatusInval:
		return "inval"
	case StatusInbalance:
		return "inbalance"
	}
	return fmt.Sprintf("status(%d)", byte(s))
}

// Result codes of OpResult (GenVM's public-abi.json).
const (
	ResultReturn        = 0
	ResultUserError     = 1
	ResultVMError       = 2
	ResultInternalError = 3
)

// Storage read modes (GenVM's storage_read mode byte).
const (
	ReadDefault        = 0
	ReadLatestFinal    = 1
	ReadLatestNonFinal = 2
)

// FrameError reports a malformed frame.
type FrameError struct {
	Offset int64 // byte offset of the frame in the stream
	Msg    string
}

func (e *FrameError) Error() string {
	return fmt.Sprintf("hostio: frame at byte %d: %s", e.Offset, e.Msg)
}

// ErrClosed is returned by ReadFrame when the stream ends cleanly between
// frames.
var ErrClosed = errors.New("hostio: stream closed")

// FrameReader reads frames, tracking the stream offset for errors.
type FrameReader struct {
	r   io.Reader
	off int64
	buf []byte
}

// NewFrameReader returns a reader of frames from r.
func NewFrameReader(r io.Reader) *FrameReader { return &FrameReader{r: r} }

// Read returns the next frame's kind and payload. The payload is valid
// until the next call. A stream that ends between frames gives ErrClosed;
// anything else malformed gives a *FrameError.
func (f *FrameReader) Read() (kind byte, payload []byte, err error) {
	var hdr [4]byte
	start := f.off
	n, err := io.ReadFull(f.r, hdr[:])
	f.off += int64(n)
	if err != nil {
		if err == io.EOF {
			return 0, nil, ErrClosed
		}
		return 0, nil, &FrameError{start, "truncated length prefix"}
	}
	size := binary.LittleEndian.Uint32(hdr[:])
	if size == 0 {
		return 0, nil, &FrameError{start, "empty frame"}
	}
	if size > MaxFrame {
		return 0, nil, &FrameError{start, fmt.Sprintf("frame of %d bytes exceeds the limit of %d", size, MaxFrame)}
	}
	if cap(f.buf) < int(size) {
		f.buf = make([]byte, size)
	}
	b := f.buf[:size]
	n, err = io.ReadFull(f.r, b)
	f.off += int64(n)
	if err != nil {
		return 0, nil, &FrameError{start, fmt.Sprintf("truncated: %d of %d bytes", n, size)}
	}
	return b[0], b[1:], nil
}

// AppendFrame appends a frame of kind with payload to dst.
func AppendFrame(dst []byte, kind byte, payload []byte) []byte {
	dst = binary.LittleEndian.AppendUint32(dst, uint32(1+len(payload)))
	dst = append(dst, kind)
	return append(dst, payload...)
}

// WriteFrame writes one frame to w in a single Write.
func WriteFrame(w io.Writer, kind byte, payload []byte) error {
	if 1+len(payload) > MaxFrame {
		return fmt.Errorf("hostio: frame of %d bytes exceeds the limit of %d", 1+len(payload), MaxFrame)
	}
	_, err := w.Write(AppendFrame(make([]byte, 0, 5+len(payload)), kind, payload))
	return err
}
