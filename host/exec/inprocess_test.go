package exec_test

import (
	"bytes"
	"io"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/result"
	"github.com/genvm-go/genvm/rt/storage"
)

// serve runs contract c in this process against the host side of the
// protocol, over pipes.
func serve(t testing.TB, c *hostio.Contract, req *exec.Request) (*exec.Result, string, int) {
	toHost, fromArtifact := io.Pipe()
	toArtifact, fromHost := io.Pipe()
	var stderr bytes.Buffer
	status := make(chan int, 1)
	go func() {
		st := hostio.Run(c, toArtifact, fromArtifact, &stderr)
		fromArtifact.Close()
		status <- st
	}()
	res := exec.Serve(toHost, fromHost, req)
	fromHost.Close()
	toHost.Close()
	st := <-status // the artifact's goroutine is done with stderr only now
	return res, stderr.String(), st
}

func printing(s string) func(*hostio.Env) {
	return func(*hostio.Env) { rt.Current().Stdout.WriteString(s) }
}

func TestInProcess(t *testing.T) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	exit := func(code rt.Value) func(*hostio.Env) {
		return func(*hostio.Env) {
			panic(&rt.Exception{Cls: rt.SystemExit, Args: []rt.Value{code}})
		}
	}
	chained := func(*hostio.Env) {
		inner := rt.NewException(rt.KeyError, "")
		inner.Args = []rt.Value{"k"}
		inner.Traceback = []rt.Frame{{File: "/contract.py", Line: 3, Func: "<module>"}}
		outer := rt.NewException(rt.RuntimeError, "wrapped")
		outer.Cause = inner
		outer.Notes = []string{"a note"}
		outer.Traceback = []rt.Frame{{File: "/contract.py", Line: 5, Func: "<module>"}, {File: "/contract.py", Line: 2, Func: "f"}}
		panic(outer)
	}
	for _, c := range []struct {
		name   string
		module func(*hostio.Env)
		line   string
		stdout string
		stderr string
	}{
		// a script (no contract class): the module body is the transaction
		{"script", printing("hello\n"), "executed with `Return(\"\\x00\")`", "hello\n", ""},
		{"exit0", exit(rt.IntFromInt64(0)), "executed with `Return(\"\\x00\")`", "", ""},
		{"exitNone", exit(rt.None), "executed with `Return(\"\\x00\")`", "", ""},
		{"exit7", exit(rt.IntFromInt64(7)), "executed with `VMError(\"exit_code 7\")`", "", ""},
		{"exitTrue", exit(true), "executed with `VMError(\"exit_code 1\")`", "", ""},
		{"exitStr", exit("bye"), "executed with `VMError(\"exit_code 1\")`", "", "bye\n"},
		{"chained", chained, "executed with `VMError(\"exit_code 1\")`", "",
			"Traceback (most recent call last):\n  File \"/contract.py\", line 3, in <module>\nKeyError: 'k'\n" +
				"\nThe above exception was the direct cause of the following exception:\n\n" +
				"Traceback (most recent call last):\n  File \"/contract.py\", line 5, in <module>\n  File \"/contract.py\", line 2, in f\n" +
				"RuntimeError: wrapped\na note\n"},
		{"panic", func(*hostio.Env) { var m map[string]int; m["x"] = 1 }, "executed with `InternalError(\"\")`", "", "internal error: assignment to entry in nil map"},
	} {
		res, stderr, status := serve(t, &hostio.Contract{Module: c.module}, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
		if res.Line() != c.line || string(res.Stdout) != c.stdout || status != 0 {
			t.Errorf("%s: %s %q status %d (stderr %s)", c.name, res.Line(), res.Stdout, status, stderr)
		}
		if c.stderr != "" && !strings.Contains(stderr, c.stderr) || c.stderr == "" && stderr != "" {
			t.Errorf("%s: stderr %q, want %q", c.name, stderr, c.stderr)
		}
	}
}

// TestInProcessBadMessage: a contract class with a non-main entry kind is
// refused as GenVM's runner refuses it.
func TestInProcessEntryKind(t *testing.T) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	msg := message(t, `{}`, false, 0)
	msg.EntryKind = hostio.EntrySandbox
	res, stderr, _ := serve(t, &hostio.Contract{Class: &hostio.Class{Name: "C"}}, &exec.Request{Message: msg, State: st})
	if res.Line() != "executed with `VMError(\"exit_code 1\")`" || !strings.Contains(stderr, "ValueError: invalid entry kind 1") {
		t.Fatalf("%s %s", res.Line(), stderr)
	}
}

// BenchmarkTransactionInProcess measures the protocol and dispatch cost of
// one write transaction (a storage read and write, a print) without a
// process start.
func BenchmarkTransactionInProcess(b *testing.B) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	c := &hostio.Contract{Class: &hostio.Class{Name: "C", Methods: []hostio.Method{{
		Name: "inc", Public: true,
		Call: func(env *hostio.Env, _ []calldata.Value, _ calldata.Map) calldata.Value {
			l := env.Root().ContractInstance()
			v, _ := storage.U64.Get(l)
			storage.U64.Set(l, v+1)
			rt.Current().Stdout.WriteString("inc\n")
			return new(big.Int).SetUint64(v + 1)
		},
	}}}}
	msg := message(b, `{"method":"inc"}`, false, 0)
	b.ReportAllocs()
	for b.Loop() {
		res, _, _ := serve(b, c, &exec.Request{Message: msg, State: st})
		if res.Kind != exec.Return {
			b.Fatal(res.Line())
		}
		st.apply(res.Writes)
	}
}

// BenchmarkTransactionProcess measures a whole transaction of the counter
// artifact: process start, protocol, dispatch, storage.
func BenchmarkTransactionProcess(b *testing.B) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	msg := message(b, `{"method":"inc","args":[1]}`, false, 0)
	b.ReportAllocs()
	for b.Loop() {
		res, err := exec.Run(b.Context(), counterPath, &exec.Request{Message: msg, State: st})
		if err != nil || res.Kind != exec.Return {
			b.Fatal(err, res.Line())
		}
		st.apply(res.Writes)
	}
}

// TestInProcessReceive: an empty method goes to a public __receive__
// (payable checked), else to __handle_undefined_method__, else fails with
// both reasons.
func TestInProcessReceive(t *testing.T) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	ret := func(v string) func(*hostio.Env, []calldata.Value, calldata.Map) calldata.Value {
		return func(*hostio.Env, []calldata.Value, calldata.Map) calldata.Value { return v }
	}
	recvPayable := hostio.Method{Name: "__receive__", Public: true, Payable: true, Call: ret("received")}
	recvPlain := hostio.Method{Name: "__receive__", Public: true, Call: ret("received")}
	onErr := hostio.Method{Name: "__on_errored_message__", Public: true, Call: ret("errored")}
	for _, c := range []struct {
		methods []hostio.Method
		cd      string
		value   int64
		line    string
		stderr  string
	}{
		{[]hostio.Method{recvPayable}, `{}`, 5, "executed with `Return(\"Dreceived\")`", ""},
		{[]hostio.Method{recvPlain}, `{}`, 0, "executed with `Return(\"Dreceived\")`", ""},
		{[]hostio.Method{recvPlain}, `{}`, 5, "executed with `VMError(\"exit_code 1\")`",
			"ValueError: call to private method `<function C.__handle_undefined_method__>`\ncalled non-payable method `<function C.__receive__> with non-zero value`\n"},
		{nil, `{"method":"#error"}`, 5, "executed with `Return(\"\\x00\")`", ""},
		{[]hostio.Method{onErr}, `{"method":"#error"}`, 0, "executed with `Return(\"<errored\")`", ""},
	} {
		msg := message(t, c.cd, false, c.value)
		res, stderr, _ := serve(t, &hostio.Contract{Class: &hostio.Class{Name: "C", Methods: c.methods}}, &exec.Request{Message: msg, State: st})
		if res.Line() != c.line || !strings.Contains(stderr, c.stderr) {
			t.Errorf("%v %s: %s\n%s", c.methods, c.cd, res.Line(), stderr)
		}
	}
}

// countingState counts balance queries.
type countingState struct {
	memState
	queries int
}

func (s *countingState) Balance(a address.Address) (*big.Int, error) {
	s.queries++
	return big.NewInt(int64(a[0]) * 100), nil
}

func TestInProcessBalance(t *testing.T) {
	st := &countingState{memState: memState{slots: storage.NewMemStore(), addr: contractAddr}}
	c := &hostio.Contract{Module: func(env *hostio.Env) {
		out := &rt.Current().Stdout
		for _, a := range []address.Address{{3}, {4}, {3}} {
			out.WriteString(env.Balance(a).String() + "\n")
		}
	}}
	res, stderr, _ := serve(t, c, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
	if string(res.Stdout) != "300\n400\n300\n" || res.Kind != exec.Return || st.queries != 2 {
		t.Fatalf("%q %s %d %s", res.Stdout, res.Line(), st.queries, stderr)
	}
}

// TestInProcessMessages: gl_call messages are recorded in order and kept
// only for a Return; malformed or unsupported requests end the transaction
// as an InternalError.
func TestInProcessMessages(t *testing.T) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	ev := result.NewEvent("Transfer", []string{"to"})
	blob := calldata.Map{{Key: "to", Value: "bob"}, {Key: "x", Value: big.NewInt(1)}}
	topics, err := ev.Topics(blob)
	if err != nil {
		t.Fatal(err)
	}
	post := calldata.Map{{Key: "PostMessage", Value: calldata.Map{
		{Key: "address", Value: address.Address{9}}, {Key: "calldata", Value: calldata.Map{}},
		{Key: "on", Value: "finalized"}, {Key: "value", Value: big.NewInt(0)},
	}}}
	emit := func(fail bool, reqs ...calldata.Value) func(*hostio.Env) {
		return func(env *hostio.Env) {
			for _, r := range reqs {
				env.Conn.GLCall(r)
			}
			if fail {
				rt.Raise(rt.ValueError, "after")
			}
		}
	}
	res, stderr, _ := serve(t, &hostio.Contract{Module: emit(false, result.EmitEventRequest(topics, blob), post)},
		&exec.Request{Message: message(t, `{}`, false, 0), State: st})
	if res.Kind != exec.Return || len(res.Messages) != 2 || res.Messages[0].Kind != "EmitEvent" || res.Messages[1].Kind != "PostMessage" {
		t.Fatalf("%s %v %s", res.Line(), res.Messages, stderr)
	}
	if ts, _ := res.Messages[0].Args.Get("topics"); len(ts.([]calldata.Value)) != 2 {
		t.Fatalf("topics %v", ts)
	}
	res, _, _ = serve(t, &hostio.Contract{Module: emit(true, post)}, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
	if res.Kind != exec.VMError || res.Messages != nil {
		t.Fatalf("failed transaction kept messages: %s %v", res.Line(), res.Messages)
	}
	for _, c := range []struct {
		req  calldata.Value
		want string
	}{
		{calldata.Map{{Key: "Bogus", Value: calldata.Map{}}}, "gl_call Bogus is not supported by this host yet"},
		{calldata.Map{{Key: "EmitEvent", Value: calldata.Map{{Key: "blob", Value: calldata.Map{}}, {Key: "topics", Value: []calldata.Value{[]byte{1}}}}}}, "a topic is not 32 bytes"},
		{calldata.Map{{Key: "PostMessage", Value: calldata.Map{}}}, "gl_call PostMessage: no address"},
		{"x", "not a map with one key"},
	} {
		res, _, _ := serve(t, &hostio.Contract{Module: emit(false, c.req)}, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
		if res.Kind != exec.InternalError || !strings.Contains(res.Message, c.want) || res.Messages != nil {
			t.Errorf("%v: %s %q", c.req, res.Line(), res.Message)
		}
	}
}
