package exec_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
)

// FuzzServe feeds arbitrary artifact output to the host side: it must
// never panic, and whatever does not end in a well-formed result must be
// an InternalError without writes.
func FuzzServe(f *testing.F) {
	frame := func(kind byte, payload ...byte) []byte { return hostio.AppendFrame(nil, kind, payload) }
	f.Add([]byte{})
	f.Add(frame(0))
	f.Add(append(frame(0), frame(4, 0x15, 0x01, 0x1c, 0x61)...))           // result [0, "a"]: str for a Return
	f.Add(append(frame(0), frame(4, 0x15, 0x01, 0x0b, 0x00)...))           // result [0, b"\x00"]
	f.Add(append(frame(3, 0x0b, 'h'), frame(4, 0x15, 0x11, 0x0c, 'x')...)) // stdout then VMError("x")
	f.Add(frame(2, 0x1d, 0x03, 0x00))
	f.Fuzz(func(t *testing.T, out []byte) {
		st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
		var responses bytes.Buffer
		res := exec.Serve(bytes.NewReader(out), &responses, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
		if res.Kind == exec.InternalError && res.Writes != nil {
			t.Fatal("writes with an internal error")
		}
		if res.Kind != exec.Return && res.Writes != nil {
			t.Fatal("writes without a Return")
		}
		// every response is a well-formed frame
		r := hostio.NewFrameReader(&responses)
		for {
			if _, _, err := r.Read(); err != nil {
				if err != hostio.ErrClosed {
					t.Fatalf("host wrote a bad frame: %v", err)
				}
				break
			}
		}
		_ = io.Discard
	})
}
