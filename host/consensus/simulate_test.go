package consensus_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/consensus"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/llm"
	"github.com/genvm-go/genvm/host/mock"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/host/web"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
)

// inProcess runs contract c in this process for every transaction of a
// chain. The runtime's state is per process, so runs are serialised.
func inProcess(c *hostio.Contract) func(context.Context, string, *exec.Request) (*exec.Result, error) {
	var mu sync.Mutex
	return func(_ context.Context, _ string, req *exec.Request) (*exec.Result, error) {
		mu.Lock()
		defer mu.Unlock()
		toHost, fromArtifact := io.Pipe()
		toArtifact, fromHost := io.Pipe()
		done := make(chan struct{})
		go func() {
			defer close(done)
			hostio.Run(c, toArtifact, fromArtifact, io.Discard)
			fromArtifact.Close()
		}()
		res := exec.Serve(toHost, fromHost, req)
		fromHost.Close()
		toHost.Close()
		<-done
		return res, nil
	}
}

// fetcher is a hand-written artifact with one strict_eq block over
// https://example.com/page, speaking the nondet protocol as compiled code
// does. Its method stores the page's length and returns the page; "fail"
// raises gl.vm.UserError after the block; "det" has no nondet block.
var fetcher = &hostio.Contract{Module: func(env *hostio.Env) {
	if env.Msg.IsInit {
		return
	}
	v, _ := calldata.Decode(env.Msg.EntryData)
	method, _ := v.(calldata.Map).Get("method")
	inst := env.Root().ContractInstance()
	if method == "det" {
		storage.U64.Set(inst, 7)
		return
	}
	fetch := func() string {
		st, v := env.Conn.Request(hostio.OpGLCall, calldata.Map{{Key: "WebRender", Value: calldata.Map{
			{Key: "mode", Value: "text"}, {Key: "url", Value: "https://example.com/page"}, {Key: "wait_after_loaded", Value: "0ms"},
		}}})
		if st != hostio.StatusOK {
			panic(&hostio.Trap{Msg: st.String()})
		}
		ok, _ := v.(calldata.Map).Get("ok")
		text, _ := ok.(calldata.Map).Get("text")
		return text.(string)
	}
	st, lead := env.Conn.Request(hostio.OpNondetLeader, big.NewInt(0))
	var page string
	switch st {
	case hostio.StatusIAmLeader:
		page = fetch()
		env.Conn.Request(hostio.OpNondetPost, []calldata.Value{big.NewInt(0), append([]byte{0}, calldata.MustEncode(page)...)})
	case hostio.StatusOK:
		v, _ := calldata.Decode(lead.([]byte)[1:])
		page = v.(string)
		if !env.Conn.Sync && fetch() != page {
			panic(&hostio.Trap{Msg: "validator_disagrees call 0"})
		}
	default:
		panic(&hostio.Trap{Msg: st.String()})
	}
	rt.Current().Stdout.WriteString(page + "\n")
	if method == "fail" {
		panic(&hostio.Rollback{Msg: "after " + page})
	}
	storage.U64.Set(inst, uint64(len(page)))
}}

func page(t *testing.T, text string) *consensus.Node {
	f, err := mock.Parse("rules", []byte("web:\n  - match: 'example\\.com/page'\n    body: '"+text+"'\n"))
	if err != nil {
		t.Fatal(err)
	}
	return &consensus.Node{Web: &mock.Web{Rules: f.Web, Policy: web.DefaultConfig()}}
}

func newChain(t *testing.T) (*chain.Chain, address.Address) { return newChainOf(t, fetcher) }

func newChainOf(t *testing.T, contract *hostio.Contract) (*chain.Chain, address.Address) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c := &chain.Chain{Store: st, Run: inProcess(contract),
		Resolve: func(context.Context, []byte) (string, error) { return "in-process", nil }}
	addr, res, err := c.Deploy(context.Background(), &chain.Tx{Sender: address.Address{2}, Code: []byte("# fetcher"), Calldata: calldata.MustEncode(calldata.Map{})})
	if err != nil || res.Kind != exec.Return {
		t.Fatalf("deploy: %v %v", err, res)
	}
	return c, addr
}

func stored(t *testing.T, c *chain.Chain, addr address.Address) uint64 {
	v, err := storage.U64.Get(storage.Root{T: storage.NewTx(slotsOf{c.Store, addr}, nil)}.ContractInstance())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

type slotsOf struct {
	st   *store.Store
	addr address.Address
}

func (s slotsOf) Read(id storage.SlotID, off uint32, dst []byte) error {
	return s.st.ReadSlot(s.addr, id, off, dst)
}
func (s slotsOf) Write(storage.SlotID, uint32, []byte) error { panic("read only") }

func TestSimulate(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name       string
		method     string
		validators []string // page text each validator sees; "-" has no web provider
		verdicts   string
		outcome    consensus.Outcome
		applied    bool
		stored     uint64
	}{
		{"all agree", "m", []string{"Hello world!", "Hello world!", "Hello world!"}, "agree|agree|agree", consensus.Accepted, true, 12},
		{"majority", "m", []string{"Hello world!", "Hello world~", "Hello world!"}, "agree|disagree: validator_disagrees call 0|agree", consensus.Accepted, true, 12},
		{"minority", "m", []string{"Hello world~", "Hello world!", "Hi"}, "disagree: validator_disagrees call 0|agree|disagree: validator_disagrees call 0", consensus.Undetermined, false, 0},
		{"tie", "m", []string{"Hello world!", "Hi"}, "agree|disagree: validator_disagrees call 0", consensus.Undetermined, false, 0},
		{"one", "m", []string{"Hello world!"}, "agree", consensus.Accepted, true, 12},
		{"failed", "m", []string{"-", "Hello world!", "Hello world!"}, "error: internal error: WebRender request: this node has no web provider|agree|agree", consensus.Accepted, true, 12},
		{"user error", "fail", []string{"Hello world!"}, "agree", consensus.Accepted, false, 0},
		{"user error disagree", "fail", []string{"Hi"}, "disagree: validator_disagrees call 0", consensus.Undetermined, false, 0},
		{"deterministic", "det", []string{"Hi", "Hi"}, "agree|agree", consensus.Accepted, true, 7},
	} {
		c, addr := newChain(t)
		cfg := consensus.Config{Leader: page(t, "Hello world!")}
		for _, v := range tc.validators {
			n := page(t, v)
			if v == "-" {
				n.Web = nil
			}
			cfg.Validators = append(cfg.Validators, n)
		}
		tx := &chain.Tx{Contract: addr, Sender: address.Address{2}, Calldata: calldata.MustEncode(calldata.Map{{Key: "method", Value: tc.method}})}
		rep, err := consensus.Simulate(ctx, c, tx, cfg)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var vs []string
		for _, v := range rep.Verdicts {
			vs = append(vs, v.String())
		}
		if got := strings.Join(vs, "|"); got != tc.verdicts || rep.Outcome != tc.outcome || rep.Applied != tc.applied {
			t.Errorf("%s: verdicts %s, outcome %s, applied %v", tc.name, got, rep.Outcome, rep.Applied)
		}
		if got := stored(t, c, addr); got != tc.stored {
			t.Errorf("%s: stored %d, want %d", tc.name, got, tc.stored)
		}
		if tc.applied != (len(rep.Changes) == 1) {
			t.Errorf("%s: changes %v", tc.name, rep.Changes)
		} else if tc.applied {
			ch := rep.Changes[0]
			if !bytes.Equal(ch.Old, make([]byte, 8)) || ch.New[0] != byte(tc.stored) || ch.Off != 0 {
				t.Errorf("%s: change %+v", tc.name, ch)
			}
		}
		if tc.method != "det" && (len(rep.Leader.NondetResults) != 1 || string(rep.Leader.Stdout) != "Hello world!\n") {
			t.Errorf("%s: leader %q %q", tc.name, rep.Leader.NondetResults, rep.Leader.Stdout)
		}
		if tc.name == "majority" && rep.Verdicts[1].Block != 0 || rep.Verdicts[0].Kind == consensus.Agree && rep.Verdicts[0].Block != -1 {
			t.Errorf("%s: blocks %d %d", tc.name, rep.Verdicts[0].Block, rep.Verdicts[1].Block)
		}
	}
}

// TestSimulateNondetOnly: without nondet blocks genvmc call's path runs
// no validator; with them it does.
func TestSimulateNondetOnly(t *testing.T) {
	ctx := context.Background()
	c, addr := newChain(t)
	cfg := consensus.Config{Leader: page(t, "Hello world!"), Validators: []*consensus.Node{page(t, "Hi")}, NondetOnly: true}
	tx := &chain.Tx{Contract: addr, Sender: address.Address{2}, Calldata: calldata.MustEncode(calldata.Map{{Key: "method", Value: "det"}})}
	rep, err := consensus.Simulate(ctx, c, tx, cfg)
	if err != nil || rep.Verdicts != nil || !rep.Applied || stored(t, c, addr) != 7 {
		t.Fatalf("det: %v %+v", err, rep)
	}
	tx.Calldata = calldata.MustEncode(calldata.Map{{Key: "method", Value: "m"}})
	rep, err = consensus.Simulate(ctx, c, tx, cfg)
	if err != nil || len(rep.Verdicts) != 1 || rep.Outcome != consensus.Undetermined || rep.Applied || stored(t, c, addr) != 7 {
		t.Fatalf("nondet: %v %+v", err, rep)
	}
	// a second write that does not change a byte is no change
	tx.Calldata = calldata.MustEncode(calldata.Map{{Key: "method", Value: "det"}})
	rep, err = consensus.Simulate(ctx, c, tx, cfg)
	if err != nil || !rep.Applied || len(rep.Changes) != 0 {
		t.Fatalf("rewrite: %v %+v", err, rep.Changes)
	}
	if _, err := consensus.Simulate(ctx, c, tx, consensus.Config{Leader: page(t, "x")}); err == nil {
		t.Fatal("no validators accepted")
	}
}

// TestNode: leading, validating, absent results and sync.
func TestNode(t *testing.T) {
	n := &consensus.Node{}
	if st, _ := n.LeaderResult(5); st != hostio.StatusIAmLeader || n.SyncMode() {
		t.Fatal("leader")
	}
	n = &consensus.Node{Validate: true, Sync: true, Leader: [][]byte{{0, 0}, nil}}
	for i, want := range []hostio.Status{hostio.StatusOK, hostio.StatusAbsent, hostio.StatusAbsent} {
		if st, _ := n.LeaderResult(uint32(i)); st != want {
			t.Errorf("block %d: %s", i, st)
		}
	}
	if !n.SyncMode() {
		t.Fatal("sync")
	}
	if _, err := n.Call(context.Background(), calldata.Map{{Key: "ExecPrompt", Value: calldata.Map{}}}); err == nil || !strings.Contains(err.Error(), "no LLM provider") {
		t.Fatal(err)
	}
}

// asker is a hand-written artifact with one block that asks an LLM and
// agrees only on the same text.
var asker = &hostio.Contract{Module: func(env *hostio.Env) {
	if env.Msg.IsInit {
		return
	}
	ask := func() string {
		st, v := env.Conn.Request(hostio.OpGLCall, calldata.Map{{Key: "ExecPrompt", Value: calldata.Map{
			{Key: "images", Value: []calldata.Value{}}, {Key: "prompt", Value: "capital of France?"}, {Key: "response_format", Value: "text"},
		}}})
		if st != hostio.StatusOK {
			panic(&hostio.Trap{Msg: st.String()})
		}
		ok, found := v.(calldata.Map).Get("ok")
		if !found {
			panic(&hostio.Trap{Msg: calldata.DebugString(v)})
		}
		return ok.(string)
	}
	st, lead := env.Conn.Request(hostio.OpNondetLeader, big.NewInt(0))
	var answer string
	switch st {
	case hostio.StatusIAmLeader:
		answer = ask()
		env.Conn.Request(hostio.OpNondetPost, []calldata.Value{big.NewInt(0), append([]byte{0}, calldata.MustEncode(answer)...)})
	case hostio.StatusOK:
		v, _ := calldata.Decode(lead.([]byte)[1:])
		answer = v.(string)
		if ask() != answer {
			panic(&hostio.Trap{Msg: "validator_disagrees call 0"})
		}
	}
	storage.U64.Set(env.Root().ContractInstance(), uint64(len(answer)))
}}

// openAI is a loopback OpenAI-wire server answering every chat with reply.
func openAI(t *testing.T, reply string) *consensus.Node {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v1/chat/completions" {
			http.NotFound(w, r)
			return
		}
		b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"message": map[string]any{"role": "assistant", "content": reply}}}})
		w.Header().Set("Content-Type", "application/json")
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	cfg, err := llm.ParseConfig("test.yaml", []byte("backends:\n  fake:\n    host: "+srv.URL+"\n    provider: openai-compatible\n    key: k\n    models: {m: {}}\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	return &consensus.Node{LLM: llm.New(cfg, nil)}
}

// TestSimulateLLM: validators with their own LLM backends (loopback
// OpenAI-wire fakes) judge a leader's answer.
func TestSimulateLLM(t *testing.T) {
	c, addr := newChainOf(t, asker)
	cfg := consensus.Config{Leader: openAI(t, "Paris"), Validators: []*consensus.Node{openAI(t, "Paris"), openAI(t, "Lyon"), openAI(t, "Paris")}}
	tx := &chain.Tx{Contract: addr, Sender: address.Address{2}, Calldata: calldata.MustEncode(calldata.Map{})}
	rep, err := consensus.Simulate(context.Background(), c, tx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var vs []string
	for _, v := range rep.Verdicts {
		vs = append(vs, v.String())
	}
	if got := strings.Join(vs, "|"); got != "agree|disagree: validator_disagrees call 0|agree" || !rep.Applied || stored(t, c, addr) != 5 {
		t.Fatalf("%s applied %v stored %d (leader %s %s)", got, rep.Applied, stored(t, c, addr), rep.Leader.Line(), rep.Leader.Message)
	}
}
