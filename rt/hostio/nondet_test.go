package hostio

import (
	"bytes"
	"errors"
	"io"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/fuel"
)

// scripted is a connection whose host answers are given in advance; the
// requests the artifact sent are decoded from out.
func scripted(t *testing.T, answers ...[]byte) (*Conn, *bytes.Buffer) {
	t.Helper()
	var in, out bytes.Buffer
	for _, a := range answers {
		in.Write(a)
	}
	return NewConn(&in, &out), &out
}

func answer(st Status, v calldata.Value, has bool) []byte {
	var payload []byte
	if has {
		payload = calldata.MustEncode(v)
	}
	return AppendFrame(nil, byte(st), payload)
}

func requests(t *testing.T, out *bytes.Buffer) []string {
	t.Helper()
	r := NewFrameReader(out)
	var got []string
	for {
		k, p, err := r.Read()
		if err == ErrClosed {
			return got
		}
		if err != nil {
			t.Fatal(err)
		}
		v, err := calldata.Decode(p)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, Op(k).String()+" "+calldata.DebugString(v))
	}
}

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func TestNondetProtocol(t *testing.T) {
	fuel.Reset(1<<40, 1<<40)
	rt.Reset()
	leaderRes := []byte{ResultReturn, 0x10}
	c, out := scripted(t,
		answer(StatusIAmLeader, nil, false),
		answer(StatusOK, nil, false),
		answer(StatusOK, leaderRes, true),
		answer(StatusAbsent, nil, false),
		answer(StatusOK, []byte{9, 1}, true),
		answer(StatusOK, "not bytes", true),
	)
	if lead, res := c.NondetLeader(0); !lead || res != nil {
		t.Fatalf("leader: %v %v", lead, res)
	}
	c.NondetPost(0, []byte{ResultUserError, 'n', 'o'})
	if lead, res := c.NondetLeader(1); lead || !bytes.Equal(res, leaderRes) {
		t.Fatalf("validator: %v % x", lead, res)
	}
	if r := catch(func() { c.NondetLeader(2) }); r == nil || r.(*Trap).Msg != "absent" {
		t.Fatalf("absent: %v", r)
	}
	for n := 3; n < 5; n++ {
		var pe *ProtocolError
		r := catch(func() { c.NondetLeader(n) })
		if e, ok := r.(error); !ok || !errors.As(e, &pe) || !strings.Contains(e.Error(), "not a code byte and payload") {
			t.Errorf("call %d: %v", n, r)
		}
	}
	want := []string{
		"get_leader_nondet_result 0",
		`post_nondet_result [0,b#016e6f]`,
		"get_leader_nondet_result 1",
		"get_leader_nondet_result 2",
		"get_leader_nondet_result 3",
		"get_leader_nondet_result 4",
	}
	if got := requests(t, out); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSubVMOutcome(t *testing.T) {
	var stderr bytes.Buffer
	defer func(w io.Writer) { SubVMStderr = w }(SubVMStderr)
	SubVMStderr = &stderr
	ue := rt.NewException(UserError, "bad")
	exit := func(v rt.Value) *rt.Exception { return &rt.Exception{Cls: rt.SystemExit, Args: []rt.Value{v}} }
	for _, c := range []struct {
		r    any
		code int
		data string
	}{
		{ue, ResultUserError, "bad"},
		{&Rollback{"imm"}, ResultUserError, "imm"},
		{exit(rt.IntFromInt64(0)), ResultReturn, "\x00"},
		{exit(rt.IntFromInt64(3)), ResultVMError, "exit_code 3"},
		{rt.NewException(rt.ValueError, "v"), ResultVMError, "exit_code 1"},
		{&Trap{"forbidden"}, ResultVMError, "forbidden"},
	} {
		code, data, ok := SubVMOutcome(c.r)
		if !ok || code != c.code || string(data) != c.data {
			t.Errorf("%v: %d %q %v", c.r, code, data, ok)
		}
	}
	if !strings.Contains(stderr.String(), "ValueError: v") {
		t.Errorf("traceback not written: %q", stderr.String())
	}
	for _, r := range []any{&fuel.Exhausted{}, &ProtocolError{errors.New("x")}, "go panic", big.NewInt(1)} {
		if _, _, ok := SubVMOutcome(r); ok {
			t.Errorf("%v caught by a sub-VM", r)
		}
	}
}
