package exec_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/host/web"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
)

// serveNondet is serve, reading the artifact's stderr only after it has
// finished (after a protocol violation the artifact writes to it while
// the host has already returned).
func serveNondet(t testing.TB, c *hostio.Contract, req *exec.Request) (*exec.Result, string) {
	toHost, fromArtifact := io.Pipe()
	toArtifact, fromHost := io.Pipe()
	var stderr bytes.Buffer
	done := make(chan struct{})
	go func() {
		defer close(done)
		hostio.Run(c, toArtifact, fromArtifact, &stderr)
		fromArtifact.Close()
	}()
	res := exec.Serve(toHost, fromHost, req)
	fromHost.Close()
	toHost.Close()
	<-done
	return res, stderr.String()
}

// fakeNondet is an exec.Nondet with fixed answers.
type fakeNondet struct {
	leader map[uint32][]byte // nil: this node leads
	sync   bool
	web    providers.Web
	err    error // returned by Call when set
	calls  int
}

func (f *fakeNondet) LeaderResult(n uint32) (hostio.Status, []byte) {
	if f.leader == nil {
		return hostio.StatusIAmLeader, nil
	}
	if r, ok := f.leader[n]; ok {
		return hostio.StatusOK, r
	}
	return hostio.StatusAbsent, nil
}

func (f *fakeNondet) SyncMode() bool { return f.sync }

func (f *fakeNondet) Call(ctx context.Context, req calldata.Map) (calldata.Value, error) {
	f.calls++
	if f.err != nil {
		return nil, f.err
	}
	return providers.Call(ctx, nil, f.web, req)
}

func webGet(url string) calldata.Map {
	return calldata.Map{{Key: "WebRequest", Value: calldata.Map{
		{Key: "body", Value: nil}, {Key: "headers", Value: calldata.Map{}},
		{Key: "method", Value: "GET"}, {Key: "url", Value: url},
	}}}
}

// strictEqFetch is a hand-written artifact of one strict_eq block over a
// web page, speaking the nondet protocol as compiled code does: as leader
// it fetches and posts the body; as validator it fetches again and agrees
// only on the same body (in sync mode it takes the leader's); it prints
// the block's value, then returns it.
func strictEqFetch(url string) *hostio.Contract {
	return &hostio.Contract{Module: func(env *hostio.Env) {
		out := &rt.Current().Stdout
		fetch := func() string {
			st, v := env.Conn.Request(hostio.OpGLCall, webGet(url))
			if st != hostio.StatusOK {
				panic(&hostio.Trap{Msg: st.String()})
			}
			ok, _ := v.(calldata.Map).Get("ok")
			resp, _ := ok.(calldata.Map).Get("response")
			body, _ := resp.(calldata.Map).Get("body")
			return string(body.([]byte))
		}
		if env.Conn.Sync {
			out.WriteString("sync\n")
		}
		st, lead := env.Conn.Request(hostio.OpNondetLeader, big.NewInt(0))
		var val string
		switch st {
		case hostio.StatusIAmLeader:
			val = fetch()
			res := append([]byte{hostio.ResultReturn}, calldata.MustEncode(val)...)
			if st, _ := env.Conn.Request(hostio.OpNondetPost, []calldata.Value{big.NewInt(0), res}); st != hostio.StatusOK {
				panic(&hostio.Trap{Msg: st.String()})
			}
		case hostio.StatusOK:
			b := lead.([]byte)
			if b[0] != hostio.ResultReturn {
				panic(&hostio.Trap{Msg: string(b[1:])})
			}
			v, err := calldata.Decode(b[1:])
			if err != nil {
				panic(err)
			}
			val = v.(string)
			if !env.Conn.Sync && fetch() != val {
				panic(&hostio.Trap{Msg: "validator_disagrees call 0"})
			}
		default:
			panic(&hostio.Trap{Msg: st.String()})
		}
		out.WriteString(val + "\n")
		storage.U64.Set(env.Root().ContractInstance(), uint64(len(val)))
	}}
}

func leaderBytes(s string) []byte {
	return append([]byte{hostio.ResultReturn}, calldata.MustEncode(s)...)
}

// TestNondetProtocol: leader, agreeing and disagreeing validator, sync and
// absent results, against a web service fetching from a loopback server.
func TestNondetProtocol(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("Hello world!"))
	}))
	defer srv.Close()
	cfg := web.DefaultConfig()
	cfg.AlwaysAllowHosts = []string{"127.0.0.1"}
	svc := web.New(cfg)
	defer svc.Close()
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	c := strictEqFetch(srv.URL + "/page")
	for _, tc := range []struct {
		name   string
		nd     *fakeNondet
		line   string
		stdout string
		posted [][]byte
		calls  int
	}{
		{"leader", &fakeNondet{web: svc}, "executed with `Return(\"\\x00\")`", "Hello world!\n", [][]byte{leaderBytes("Hello world!")}, 1},
		{"agree", &fakeNondet{web: svc, leader: map[uint32][]byte{0: leaderBytes("Hello world!")}}, "executed with `Return(\"\\x00\")`", "Hello world!\n", nil, 1},
		{"disagree", &fakeNondet{web: svc, leader: map[uint32][]byte{0: leaderBytes("Hello world~")}}, "executed with `VMError(\"validator_disagrees call 0\")`", "", nil, 1},
		{"sync", &fakeNondet{web: svc, sync: true, leader: map[uint32][]byte{0: leaderBytes("123")}}, "executed with `Return(\"\\x00\")`", "sync\n123\n", nil, 0},
		{"absent", &fakeNondet{web: svc, leader: map[uint32][]byte{}}, "executed with `VMError(\"absent\")`", "", nil, 0},
		{"leader error", &fakeNondet{web: svc, leader: map[uint32][]byte{0: append([]byte{hostio.ResultVMError}, "leader_err"...)}}, "executed with `VMError(\"leader_err\")`", "", nil, 0},
	} {
		res, stderr := serveNondet(t, c, &exec.Request{Message: message(t, `{}`, false, 0), State: st, Nondet: tc.nd})
		if res.Line() != tc.line || string(res.Stdout) != tc.stdout || tc.nd.calls != tc.calls {
			t.Errorf("%s: %s %q calls %d (%s; stderr %s)", tc.name, res.Line(), res.Stdout, tc.nd.calls, res.Message, stderr)
		}
		if len(res.NondetResults) != len(tc.posted) || len(tc.posted) > 0 && string(res.NondetResults[0]) != string(tc.posted[0]) {
			t.Errorf("%s: posted %q, want %q", tc.name, res.NondetResults, tc.posted)
		}
		if res.Kind == exec.Return && len(res.Writes) == 0 {
			t.Errorf("%s: no writes", tc.name)
		}
	}
}

// TestNondetRefusals: web/LLM requests without a Nondet are forbidden,
// malformed ones inval, provider module errors reach the contract as
// {"error": ...}, and other provider failures, posts for blocks the node
// did not lead and bad leader results are internal errors.
func TestNondetRefusals(t *testing.T) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	// request sends req and prints the status and answer.
	request := func(op hostio.Op, args calldata.Value) *hostio.Contract {
		return &hostio.Contract{Module: func(env *hostio.Env) {
			s, v := env.Conn.Request(op, args)
			rt.Current().Stdout.WriteString(s.String() + " " + calldata.DebugString(v) + "\n")
		}}
	}
	policyErr := &fakeNondet{web: &mockWeb{}}
	for _, tc := range []struct {
		name string
		c    *hostio.Contract
		nd   exec.Nondet
		want string // stdout, or the internal error's reason
	}{
		{"no nondet", request(hostio.OpGLCall, webGet("https://example.com/")), nil, "forbidden null\n"},
		{"inval", request(hostio.OpGLCall, calldata.Map{{Key: "WebRender", Value: calldata.Map{{Key: "mode", Value: "pdf"}, {Key: "url", Value: "u"}}}}), &fakeNondet{web: &mockWeb{}}, "inval null\n"},
		{"module error", request(hostio.OpGLCall, webGet("ftp://example.com/")), policyErr,
			`ok {"error":{"causes":["SCHEMA_FORBIDDEN"],"ctx":{"url":"ftp://example.com/"},"fatal":false}}` + "\n"},
		{"ok", request(hostio.OpGLCall, webGet("https://example.com/")), &fakeNondet{web: &mockWeb{}}, `ok {"ok":{"response":{"body":b#6869,"headers":{},"status":200}}}` + "\n"},
		{"fatal module error", request(hostio.OpGLCall, webGet("https://example.com/fatal")), &fakeNondet{web: &mockWeb{}},
			`WebRequest request: fatal module error {"causes":["MOCK_NOT_FOUND"],"ctx":{},"fatal":true}`},
		{"provider failure", request(hostio.OpGLCall, webGet("https://example.com/")), &fakeNondet{err: errors.New("backend exploded")}, "WebRequest request: backend exploded"},
		{"post not led", request(hostio.OpNondetPost, []calldata.Value{big.NewInt(0), []byte{0, 0}}), nil, "post_nondet_result request: nondet block 0 was not led by this node"},
		{"bad leader result", request(hostio.OpNondetLeader, big.NewInt(1)), &fakeNondet{leader: map[uint32][]byte{1: {7}}}, "leader result of nondet block 1: not a code byte"},
		{"bad call_no", request(hostio.OpNondetLeader, "x"), nil, "get_leader_nondet_result request: call_no is not a u32"},
		{"sync leader", request(hostio.OpNondetLeader, big.NewInt(2)), &fakeNondet{sync: true}, "nondet block 2: absent leader result in sync mode"},
		{"led", &hostio.Contract{Module: func(env *hostio.Env) {
			env.Conn.Request(hostio.OpNondetLeader, big.NewInt(3))
			s, _ := env.Conn.Request(hostio.OpNondetPost, []calldata.Value{big.NewInt(3), []byte{9}})
			rt.Current().Stdout.WriteString(s.String())
		}}, nil, "post_nondet_result request: result code 9 is not Return, UserError or VMError"},
	} {
		req := &exec.Request{Message: message(t, `{}`, false, 0), State: st}
		if tc.nd != nil {
			req.Nondet = tc.nd
		}
		res, stderr := serveNondet(t, tc.c, req)
		got := string(res.Stdout)
		if res.Kind == exec.InternalError {
			got = res.Message
		}
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: got %q (%s), want %q; stderr %s", tc.name, got, res.Line(), tc.want, stderr)
		}
	}
}

// mockWeb answers every request with 200 "hi" after GenVM's scheme check,
// and URLs ending in /fatal with a fatal module error.
type mockWeb struct{}

func (*mockWeb) Render(context.Context, providers.WebRender) (providers.RenderAnswer, error) {
	return providers.RenderAnswer{Text: "hi"}, nil
}

func (*mockWeb) Request(_ context.Context, r providers.WebRequest) (providers.Response, error) {
	if strings.HasSuffix(r.URL, "/fatal") {
		return providers.Response{}, providers.NewError(providers.CauseMockNotFound, true)
	}
	if !strings.HasPrefix(r.URL, "https://") {
		return providers.Response{}, providers.NewError(providers.CauseSchemaForbidden, false, "url", r.URL)
	}
	return providers.Response{Status: 200, Body: []byte("hi")}, nil
}

// TestNondetHelloSync: the hello carries "sync": true only in sync mode.
func TestNondetHelloSync(t *testing.T) {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	c := &hostio.Contract{Module: func(env *hostio.Env) {
		if env.Conn.Sync {
			rt.Current().Stdout.WriteString("sync")
		}
	}}
	for _, nd := range []*fakeNondet{nil, {}, {sync: true}} {
		req := &exec.Request{Message: message(t, `{}`, false, 0), State: st}
		want := ""
		if nd != nil {
			req.Nondet = nd
			if nd.sync {
				want = "sync"
			}
		}
		res, _ := serveNondet(t, c, req)
		if string(res.Stdout) != want || res.Kind != exec.Return {
			t.Errorf("%+v: %q %s", nd, res.Stdout, res.Line())
		}
	}
}
