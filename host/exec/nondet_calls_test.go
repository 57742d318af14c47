package exec_test

import (
	"fmt"
	"io"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/result"
	"github.com/genvm-go/genvm/rt/storage"
)

// Nondet blocks across view calls: one transaction's blocks are numbered
// by one counter over the caller and its callees (GenVM's shared
// nondet_call_no), the host keeps it (OpNondetNext), and a callee shares
// the caller's exec.Nondet.

// ncArtifact is a hand-written artifact speaking the protocol as compiled
// code does, driven by steps:
//
//	"block:v"  a strict_eq block of value v: asks the host its number,
//	           leads (posts v) or validates (agrees iff the leader's value
//	           is v; in sync mode takes the leader's); prints "n:value"
//	"call:i"   a view call of the contract at address {i}; prints what it
//	           returned (a VMError ends this transaction with it, as the
//	           SDK does)
//	"web"      a web request; prints the status and answer
//	"ask:n"    get_leader_nondet_result(n) without asking for the number
//	"rollback" ends with UserError("rb")
//
// Each print is sent at once (OpStdout), so a callee's output lands
// between its caller's lines. It does not use hostio.Run, whose fresh
// runtime state would clobber a caller's running in the same process.
func ncArtifact(steps []string, in io.Reader, out io.Writer) {
	conn := hostio.NewConn(in, out)
	if _, _, _, err := conn.Hello(); err != nil {
		return
	}
	say := func(s string) { conn.Request(hostio.OpStdout, []byte(s+"\n")) }
	defer func() {
		switch r := recover().(type) {
		case nil:
		case *hostio.Trap:
			conn.SendResult(hostio.ResultVMError, r.Msg)
		case *hostio.ProtocolError:
			// the host ended the session
		default:
			panic(r)
		}
	}()
	for _, s := range steps {
		op, arg, _ := strings.Cut(s, ":")
		switch op {
		case "block":
			n := conn.NondetNext()
			lead, res := conn.NondetLeader(n)
			if lead {
				conn.NondetPost(n, leaderBytes(arg))
				say(fmt.Sprintf("%d:%s", n, arg))
				continue
			}
			if res[0] != hostio.ResultReturn {
				panic(&hostio.Trap{Msg: string(res[1:])})
			}
			v, err := calldata.Decode(res[1:])
			if err != nil {
				panic(err)
			}
			if !conn.Sync && v != arg {
				panic(&hostio.Trap{Msg: fmt.Sprintf("validator_disagrees call %d", n)})
			}
			say(fmt.Sprintf("%d:%v", n, v))
		case "call":
			var i int
			fmt.Sscan(arg, &i)
			raw := conn.GLCallAnswer(calldata.Map{{Key: "CallContract", Value: calldata.Map{
				{Key: "address", Value: address.Address{byte(i)}},
				{Key: "calldata", Value: calldata.Map{{Key: "method", Value: "m"}}},
				{Key: "state", Value: big.NewInt(hostio.ReadLatestNonFinal)},
			}}})
			r, err := result.ParseRaw(raw)
			if err != nil {
				panic(err)
			}
			if r.Code == hostio.ResultVMError {
				panic(&hostio.Trap{Msg: r.Message})
			}
			say("called: " + r.ExecutedWith())
		case "web":
			st, v := conn.Request(hostio.OpGLCall, webGet("https://example.com/"))
			say("web: " + st.String() + " " + calldata.DebugString(v))
		case "ask":
			var n int64
			fmt.Sscan(arg, &n)
			st, _ := conn.Request(hostio.OpNondetLeader, big.NewInt(n))
			say("asked: " + st.String())
		case "rollback":
			conn.SendResult(hostio.ResultUserError, "rb")
			return
		}
	}
	conn.SendResult(hostio.ResultReturn, calldata.MustEncode(nil))
}

// ncServe runs the artifact of steps against the host side over pipes.
func ncServe(steps []string, req *exec.Request) *exec.Result {
	toHost, fromArtifact := io.Pipe()
	toArtifact, fromHost := io.Pipe()
	done := make(chan struct{})
	go func() {
		defer close(done)
		ncArtifact(steps, toArtifact, fromArtifact)
		fromArtifact.Close()
	}()
	res := exec.Serve(toHost, fromHost, req)
	fromHost.Close()
	toHost.Close()
	<-done
	return res
}

// ncCalls serves view calls by running the callee's steps in process, as
// host/chain runs a callee's artifact: read-only, with the caller's
// Nondet and first call number. It records what each
// callee was given.
type ncCalls struct {
	callees map[byte][]string
	given   []string
	// lie, if set, replaces a callee's result (a broken Calls)
	lie func(*exec.Result)
}

func (k *ncCalls) CallContract(caller *hostio.Message, addr address.Address, cd []byte, state int, nd exec.CalleeNondet) (*exec.Result, error) {
	k.given = append(k.given, fmt.Sprintf("%d base %d nondet %v", addr[0], nd.Base, nd.Nondet != nil))
	msg := *caller
	msg.ContractAddress = addr
	msg.EntryData = cd
	res := ncServe(k.callees[addr[0]], &exec.Request{
		Message: &msg, State: &memState{slots: storage.NewMemStore(), addr: addr},
		Readonly: true, Nondet: nd.Nondet, NondetBase: nd.Base, Calls: k,
	})
	if k.lie != nil {
		k.lie(res)
	}
	return res, nil
}

func (k *ncCalls) EthCall(address.Address, []byte) ([]byte, error) { return nil, exec.ErrRefused }

// ncFresh gives the in-process artifacts a fresh runtime state (their
// prints and fuel go through the process-wide one).
func ncFresh() {
	rt.Reset()
	fuel.Reset(fuel.DefaultFuel, fuel.DefaultMemory)
}

func posted(res *exec.Result) string {
	var s []string
	for _, r := range res.NondetResults {
		if r == nil {
			s = append(s, "-")
			continue
		}
		v, _ := calldata.Decode(r[1:])
		s = append(s, fmt.Sprintf("%d:%v", r[0], v))
	}
	return strings.Join(s, " ")
}

// TestNondetAcrossViewCalls: a caller block, a view call whose callee runs
// a block, another caller block are blocks 0, 1 and 2 of the transaction
// as leader (the callee's posted result is the transaction's), as
// validator (agreeing; a disagreement in the callee is reported as
// GenVM reports it, "validator_disagrees call 1", and ends the caller),
// in sync mode (the callee takes the leader's result without validating),
// with nested callees, and with a callee that fails after its block.
func TestNondetAcrossViewCalls(t *testing.T) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	abc := [][]byte{leaderBytes("a"), leaderBytes("b"), leaderBytes("c")}
	axc := [][]byte{leaderBytes("a"), leaderBytes("x"), leaderBytes("c")}
	byNo := func(rs [][]byte) map[uint32][]byte {
		m := map[uint32][]byte{}
		for i, r := range rs {
			m[uint32(i)] = r
		}
		return m
	}
	mainSteps := []string{"block:a", "call:3", "block:c"}
	for _, tc := range []struct {
		name    string
		steps   []string
		callees map[byte][]string
		nd      *fakeNondet // nil: no Nondet (this node leads every block)
		stdout  string
		line    string
		posted  string
		blocks  uint32
		given   string
	}{
		{"leader", mainSteps, map[byte][]string{3: {"block:b"}}, &fakeNondet{},
			"0:a\n1:b\ncalled: executed with `Return(\"\\x00\")`\n2:c\n", "executed with `Return(\"\\x00\")`",
			"0:a 0:b 0:c", 3, "3 base 1 nondet true"},
		{"leader without Nondet", mainSteps, map[byte][]string{3: {"block:b"}}, nil,
			"0:a\n1:b\ncalled: executed with `Return(\"\\x00\")`\n2:c\n", "executed with `Return(\"\\x00\")`",
			"0:a 0:b 0:c", 3, "3 base 1 nondet false"},
		{"validator agrees", mainSteps, map[byte][]string{3: {"block:b"}}, &fakeNondet{leader: byNo(abc)},
			"0:a\n1:b\ncalled: executed with `Return(\"\\x00\")`\n2:c\n", "executed with `Return(\"\\x00\")`",
			"", 3, "3 base 1 nondet true"},
		{"validator disagrees in the callee", mainSteps, map[byte][]string{3: {"block:b"}}, &fakeNondet{leader: byNo(axc)},
			"0:a\n", "executed with `VMError(\"validator_disagrees call 1\")`", "", 2, "3 base 1 nondet true"},
		{"sync through the callee", mainSteps, map[byte][]string{3: {"block:b"}}, &fakeNondet{leader: byNo(axc), sync: true},
			"0:a\n1:x\ncalled: executed with `Return(\"\\x00\")`\n2:c\n", "executed with `Return(\"\\x00\")`",
			"", 3, "3 base 1 nondet true"},
		{"absent in the callee", mainSteps, map[byte][]string{3: {"block:b"}}, &fakeNondet{leader: byNo(abc[:1])},
			"0:a\n", "executed with `VMError(\"absent\")`", "", 2, "3 base 1 nondet true"},
		{"nested callees", []string{"block:a", "call:3", "block:f"},
			map[byte][]string{3: {"block:b", "call:4", "block:e"}, 4: {"block:c", "block:d"}}, &fakeNondet{},
			"0:a\n1:b\n2:c\n3:d\ncalled: executed with `Return(\"\\x00\")`\n4:e\ncalled: executed with `Return(\"\\x00\")`\n5:f\n",
			"executed with `Return(\"\\x00\")`", "0:a 0:b 0:c 0:d 0:e 0:f", 6, "3 base 1 nondet true\n4 base 2 nondet true"},
		{"callees without blocks", []string{"block:a", "call:3", "call:3", "block:b"}, map[byte][]string{3: nil}, &fakeNondet{},
			"0:a\ncalled: executed with `Return(\"\\x00\")`\ncalled: executed with `Return(\"\\x00\")`\n1:b\n",
			"executed with `Return(\"\\x00\")`", "0:a 0:b", 2, "3 base 1 nondet true\n3 base 1 nondet true"},
		// the blocks of a callee that fails still count, and what it posted
		// as leader is kept, as for any leader
		{"failing callee", []string{"call:3", "block:b"}, map[byte][]string{3: {"block:a", "rollback"}}, &fakeNondet{},
			"0:a\ncalled: executed with `UserError(\"rb\")`\n1:b\n", "executed with `Return(\"\\x00\")`",
			"0:a 0:b", 2, "3 base 0 nondet true"},
		{"web in the callee", []string{"call:3"}, map[byte][]string{3: {"web"}}, &fakeNondet{web: &mockWeb{}},
			"web: ok {\"ok\":{\"response\":{\"body\":b#6869,\"headers\":{},\"status\":200}}}\ncalled: executed with `Return(\"\\x00\")`\n",
			"executed with `Return(\"\\x00\")`", "", 0, "3 base 0 nondet true"},
		{"web in the callee without Nondet", []string{"call:3"}, map[byte][]string{3: {"web"}}, nil,
			"web: forbidden null\ncalled: executed with `Return(\"\\x00\")`\n",
			"executed with `Return(\"\\x00\")`", "", 0, "3 base 0 nondet false"},
	} {
		ncFresh()
		calls := &ncCalls{callees: tc.callees}
		req := &exec.Request{Message: message(t, `{}`, false, 0), State: st, Calls: calls}
		if tc.nd != nil {
			req.Nondet = tc.nd
		}
		res := ncServe(tc.steps, req)
		if string(res.Stdout) != tc.stdout || res.Line() != tc.line {
			t.Errorf("%s: %q %s (%s)", tc.name, res.Stdout, res.Line(), res.Message)
		}
		if got := posted(res); got != tc.posted || res.NondetBlocks != tc.blocks {
			t.Errorf("%s: posted %q, %d blocks; want %q, %d", tc.name, got, res.NondetBlocks, tc.posted, tc.blocks)
		}
		if got := strings.Join(calls.given, "\n"); got != tc.given {
			t.Errorf("%s: callees given %q, want %q", tc.name, got, tc.given)
		}
	}
}

// TestNondetCalleeNumbering: OpNondetNext answers the request's first
// number before any block and one past the highest number asked after;
// a callee asking a number below its first, a broken Calls returning
// results outside the callee's blocks and arguments to nondet_next are
// internal errors.
func TestNondetCalleeNumbering(t *testing.T) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	next := func(env *hostio.Env) { rt.Current().Stdout.WriteString(fmt.Sprint(env.Conn.NondetNext(), " ")) }
	c := &hostio.Contract{Module: func(env *hostio.Env) {
		next(env)
		env.Conn.NondetLeader(7)
		next(env)
		env.Conn.NondetLeader(5)
		next(env)
	}}
	for _, base := range []uint32{0, 5} {
		res, stderr := serveNondet(t, c, &exec.Request{Message: message(t, `{}`, false, 0), State: st, NondetBase: base})
		want := fmt.Sprint(base, " 8 8 ")
		if string(res.Stdout) != want || res.Kind != exec.Return || res.NondetBlocks != 8-base {
			t.Errorf("base %d: %q %s %d blocks (%s)", base, res.Stdout, res.Line(), res.NondetBlocks, stderr)
		}
	}
	res, _ := serveNondet(t, c, &exec.Request{Message: message(t, `{}`, false, 0), State: st, NondetBase: 6})
	if res.Kind != exec.InternalError || !strings.Contains(res.Message, "call_no 5 precedes this view callee's first block 6") {
		t.Errorf("below the base: %s %q", res.Line(), res.Message)
	}
	bad := &hostio.Contract{Module: func(env *hostio.Env) { env.Conn.Request(hostio.OpNondetNext, big.NewInt(1)) }}
	res, _ = serveNondet(t, bad, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
	if res.Kind != exec.InternalError || !strings.Contains(res.Message, "nondet_next request: takes no arguments") {
		t.Errorf("nondet_next with an argument: %s %q", res.Line(), res.Message)
	}

	ncFresh()
	calls := &ncCalls{callees: map[byte][]string{3: {"ask:0"}}}
	res = ncServe([]string{"block:a", "call:3"}, &exec.Request{Message: message(t, `{}`, false, 0), State: st, Calls: calls})
	if res.Kind != exec.InternalError || !strings.Contains(res.Message, "internal error of the callee: artifact protocol violation: get_leader_nondet_result request: call_no 0 precedes this view callee's first block 1") {
		t.Errorf("callee below its base: %s %q", res.Line(), res.Message)
	}
	for _, c := range []struct {
		lie  func(*exec.Result)
		want string
	}{
		{func(r *exec.Result) { r.NondetResults = [][]byte{leaderBytes("z")} }, "the callee posted a result for nondet block 0, not one of its blocks [1, 2)"},
		{func(r *exec.Result) { r.NondetResults = [][]byte{nil, nil, leaderBytes("z")} }, "the callee posted a result for nondet block 2, not one of its blocks [1, 2)"},
		{func(r *exec.Result) { r.NondetBlocks = 1<<32 - 1 }, "exhaust the call numbers"},
	} {
		ncFresh()
		calls := &ncCalls{callees: map[byte][]string{3: {"block:b"}}, lie: c.lie}
		res = ncServe([]string{"block:a", "call:3"}, &exec.Request{Message: message(t, `{}`, false, 0), State: st, Calls: calls})
		if res.Kind != exec.InternalError || !strings.Contains(res.Message, c.want) {
			t.Errorf("%s %q, want %q", res.Line(), res.Message, c.want)
		}
	}
}

// TestNondetPlainCalls: through a Calls that does not run the callee itself the
// caller's numbering still follows the blocks the callee reports.
func TestNondetPlainCalls(t *testing.T) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	fc := &fakeCalls{t: t, answer: func(address.Address, calldata.Value) *exec.Result {
		return &exec.Result{Kind: exec.Return, Data: []byte{0}, NondetBlocks: 2}
	}}
	ncFresh()
	res := ncServe([]string{"block:a", "call:3", "block:b"}, &exec.Request{Message: message(t, `{}`, false, 0), State: st, Calls: fc})
	if string(res.Stdout) != "0:a\ncalled: executed with `Return(\"\\x00\")`\n3:b\n" || res.NondetBlocks != 4 || posted(res) != "0:a - - 0:b" {
		t.Errorf("%q %s %d %q", res.Stdout, res.Line(), res.NondetBlocks, posted(res))
	}
}
