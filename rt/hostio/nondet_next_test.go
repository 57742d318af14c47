package hostio

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
)

// TestNondetNext: OpNondetNext carries no payload and returns the host's
// u32 without charging fuel; a refusal traps with its status, a response
// that is not a u32 breaks the protocol.
func TestNondetNext(t *testing.T) {
	fuel.Reset(1<<40, 1<<40)
	rt.Reset()
	c, out := scripted(t,
		answer(StatusOK, big.NewInt(7), true),
		answer(StatusOK, big.NewInt(1<<32-1), true),
		answer(StatusForbidden, nil, false),
		answer(StatusOK, "7", true),
		answer(StatusOK, big.NewInt(1<<32), true),
		answer(StatusOK, big.NewInt(-1), true),
		answer(StatusOK, nil, false),
	)
	before := fuel.Remaining()
	if n := c.NondetNext(); n != 7 {
		t.Errorf("got %d, want 7", n)
	}
	if n := c.NondetNext(); n != 1<<32-1 {
		t.Errorf("got %d, want 2^32-1", n)
	}
	if fuel.Remaining() != before {
		t.Errorf("nondet_next charged %d fuel", before-fuel.Remaining())
	}
	if r := catch(func() { c.NondetNext() }); r == nil || r.(*Trap).Msg != "forbidden" {
		t.Errorf("refused: %v", r)
	}
	for i := range 4 {
		var pe *ProtocolError
		r := catch(func() { c.NondetNext() })
		if e, ok := r.(error); !ok || !errors.As(e, &pe) || !strings.Contains(e.Error(), "nondet_next: response is not a u32") {
			t.Errorf("bad response %d: %v", i, r)
		}
	}
	r := NewFrameReader(out)
	for i := range 7 {
		k, p, err := r.Read()
		if err != nil || Op(k) != OpNondetNext || len(p) != 0 {
			t.Fatalf("request %d: %v %d % x", i, err, k, p)
		}
	}
	if _, _, err := r.Read(); err != ErrClosed {
		t.Errorf("more requests than calls: %v", err)
	}
}
