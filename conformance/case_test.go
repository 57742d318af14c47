package conformance

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

func TestParseNondetFields(t *testing.T) {
	src := `# a validator step
-- contract.py --
x
-- contracts/0x0300000000000000000000000000000000000000.py --
callee
-- mocks.yaml --
web:
  - match: '^https://example\.com/'
    body: hi
-- 0.tx --
{"calldata": "{\"method\": \"m\"}", "leader_nondet": [{"kind": "return", "value": {"a": [1, "x"]}}, {"kind": "rollback", "value": "no"}], "sync": true,
 "balances": {"0x0200000000000000000000000000000000000000": 7, "AQAAAAAAAAAAAAAAAAAAAAAAAAA=": 100000000000000000000000}}
-- 0.stdout --
-- 1.tx --
{"leader_nondet": []}
-- 1.stdout --
-- 2.tx --
{}
`
	c, err := Parse("x.txtar", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Contracts) != 1 || c.Contracts[0].Addr != mustHex("0x0300000000000000000000000000000000000000") || string(c.Contracts[0].Code) != "callee\n" {
		t.Errorf("contracts: %+v", c.Contracts)
	}
	if c.MockRules == nil || len(c.MockRules.Web) != 1 || !strings.Contains(string(c.Mocks), "example") {
		t.Errorf("mocks: %+v", c.MockRules)
	}
	s0, s1, s2 := c.Steps[0], c.Steps[1], c.Steps[2]
	var l []any
	if err := json.Unmarshal(s0.LeaderNondet, &l); err != nil || len(l) != 2 || !s0.Sync {
		t.Errorf("step 0 leader_nondet %s sync %v", s0.LeaderNondet, s0.Sync)
	}
	big1e23, _ := new(big.Int).SetString("100000000000000000000000", 10)
	if len(s0.Balances) != 2 || s0.Balances[0].Addr[0] != 1 || s0.Balances[0].Value.Cmp(big1e23) != 0 ||
		s0.Balances[1].Addr[0] != 2 || s0.Balances[1].Value.Int64() != 7 {
		t.Errorf("balances (want address order): %+v", s0.Balances)
	}
	// 0x00 + calldata {"a": [1, "x"]}; 0x01 + the rollback message
	if len(s0.Leader) != 2 || string(s0.Leader[0]) != "\x00\x0e\x01a\x15\x09\x0cx" || string(s0.Leader[1]) != "\x01no" {
		t.Errorf("step 0 encoded leader results: %q", s0.Leader)
	}
	if string(s1.LeaderNondet) != "[]" || s1.Sync || s1.Leader == nil || len(s1.Leader) != 0 {
		t.Errorf("step 1: an empty list is kept (every result absent): %q", s1.LeaderNondet)
	}
	if s2.LeaderNondet != nil || s2.Balances != nil {
		t.Errorf("step 2: absent leader_nondet means this node leads: %q", s2.LeaderNondet)
	}
}

func TestParseNondetErrors(t *testing.T) {
	const head = "-- contract.py --\n"
	for _, c := range []struct{ src, want string }{
		{head + "-- 0.tx --\n{\"leader_nondet\": {}}\n", "leader_nondet: expected a JSON array"},
		{head + "-- 0.tx --\n{\"leader_nondet\": [{\"kind\": \"ok\", \"value\": 1}]}\n", `kind "ok"`},
		{head + "-- 0.tx --\n{\"leader_nondet\": [{\"kind\": \"rollback\", \"value\": 1}]}\n", "leader_nondet[0]: the value of a rollback must be a string"},
		{head + "-- 0.tx --\n{\"leader_nondet\": [{\"kind\": \"return\"}]}\n", "leader_nondet[0]: no value"},
		{head + "-- 0.tx --\n{\"leader_nondet\": [{\"kind\": \"return\", \"value\": 1, \"x\": 2}]}\n", `leader_nondet[0]: json: unknown field "x"`},
		{head + "-- 0.tx --\n{\"sync\": true}\n", "sync needs leader_nondet"},
		{head + "-- 0.tx --\n{\"balances\": {\"0x01\": 1}}\n", "balances"},
		{head + "-- 0.tx --\n{\"balances\": {\"AQAAAAAAAAAAAAAAAAAAAAAAAAA=\": -1}}\n", "not a non-negative integer"},
		{head + "-- 0.tx --\n{\"balances\": {\"AQAAAAAAAAAAAAAAAAAAAAAAAAA=\": 1.5}}\n", "not a non-negative integer"},
		{head + "-- 0.tx --\n{\"balances\": {\"AQAAAAAAAAAAAAAAAAAAAAAAAAA=\": 1, \"0x0100000000000000000000000000000000000000\": 2}}\n", "given twice"},
		{head + "-- 0.tx --\n{} {}\n", "trailing data"},
		{head + "-- contracts/0x03.py --\n-- 0.tx --\n{}\n", "contracts/0x03.py"},
		{head + "-- contracts/0x0300000000000000000000000000000000000000.go --\n-- 0.tx --\n{}\n", "want contracts/0x<40 hex digits>.py"},
		{head + "-- contracts/0x0300000000000000000000000000000000000000.py --\n-- contracts/0x0300000000000000000000000000000000000000.py --\n-- 0.tx --\n{}\n", "a second contract"},
		{head + "-- mocks.yaml --\nweb:\n  - match: '('\n-- 0.tx --\n{}\n", "mocks.yaml"},
		{head + "-- mocks.yaml --\n-- mocks.yaml --\n-- 0.tx --\n{}\n", "more than one mocks.yaml"},
	} {
		_, err := Parse("x.txtar", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.src, err, c.want)
		}
	}
}

func mustHex(s string) address.Address {
	a, err := address.FromHex(s)
	if err != nil {
		panic(err)
	}
	return a
}

// TestPending runs the cases kept outside the suite until their features
// land (pending/*/*.txtar), each contract built on its own. Opt-in with
// GENVM_PENDING=1: they are expected to fail.
func TestPending(t *testing.T) {
	if os.Getenv("GENVM_PENDING") != "1" {
		t.Skip("GENVM_PENDING=1 runs the pending cases")
	}
	eng := &ChainEngine{Resolve: codegen.NewTestBuilder("test").Resolve}
	RunFiles(t, "pending/*/*.txtar", eng)
}

// TestStepNondet: a step's Node leads without leader_nondet, validates
// (absent past the list) with it, and answers web/LLM requests from the
// case's rules, every request failing with a fatal MOCK_NOT_FOUND when
// the case has none.
func TestStepNondet(t *testing.T) {
	const head = "-- contract.py --\nx\n"
	prompt := calldata.Map{{Key: "ExecPrompt", Value: calldata.Map{
		{Key: "images", Value: []calldata.Value{}}, {Key: "prompt", Value: "hello"}, {Key: "response_format", Value: "text"}}}}
	for _, c := range []struct {
		src, answer string
		validate    bool
		leader      []hostio.Status
	}{
		{head + "-- 0.tx --\n{}\n", `{"error":{"causes":["MOCK_NOT_FOUND"]`, false, []hostio.Status{hostio.StatusIAmLeader}},
		{head + "-- mocks.yaml --\nllm:\n  - match: hel+o\n    reply: hi\n-- 0.tx --\n{\"leader_nondet\": [{\"kind\": \"return\", \"value\": 1}]}\n",
			`{"ok":"hi"}`, true, []hostio.Status{hostio.StatusOK, hostio.StatusAbsent}},
	} {
		cs, err := Parse("x.txtar", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		nd := cs.nondet(&cs.Steps[0])
		for i, want := range c.leader {
			if st, _ := nd.LeaderResult(uint32(i)); st != want {
				t.Errorf("%q: block %d: status %v, want %v", c.src, i, st, want)
			}
		}
		v, err := nd.Call(context.Background(), prompt)
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		if got := calldata.DebugString(v); !strings.HasPrefix(got, c.answer) {
			t.Errorf("%q: answer %s, want %s...", c.src, got, c.answer)
		}
		if strings.Contains(c.answer, "MOCK_NOT_FOUND") && !strings.Contains(calldata.DebugString(v), `"fatal":true`) {
			t.Errorf("a mock miss must be fatal: %s", calldata.DebugString(v))
		}
	}
}
