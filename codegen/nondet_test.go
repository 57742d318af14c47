package codegen_test

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// fakeNondet is a node for the nondet protocol: it leads every block
// (leader == nil) or validates with the given leader results, and answers
// web and LLM requests from a table keyed by the request's debug text.
type fakeNondet struct {
	leader   [][]byte
	sync     bool
	requests []string
}

func (f *fakeNondet) LeaderResult(n uint32) (hostio.Status, []byte) {
	if f.leader == nil {
		return hostio.StatusIAmLeader, nil
	}
	if int(n) >= len(f.leader) {
		return hostio.StatusAbsent, nil
	}
	return hostio.StatusOK, f.leader[n]
}

func (f *fakeNondet) SyncMode() bool { return f.sync }

func (f *fakeNondet) Call(_ context.Context, req calldata.Map) (calldata.Value, error) {
	s := calldata.DebugString(req)
	f.requests = append(f.requests, s)
	ok := func(v calldata.Value) calldata.Value { return calldata.Map{{Key: "ok", Value: v}} }
	switch {
	case strings.Contains(s, `"WebRequest"`):
		return ok(calldata.Map{{Key: "response", Value: calldata.Map{
			{Key: "body", Value: []byte("hello")}, {Key: "headers", Value: calldata.Map{}}, {Key: "status", Value: bigInt(200)}}}}), nil
	case strings.Contains(s, `"prompt":"say hi"`):
		return ok("hi"), nil
	case strings.Contains(s, `"prompt":"json please"`):
		return ok(calldata.Map{{Key: "a", Value: bigInt(1)}}), nil
	case strings.Contains(s, `"prompt":"fail"`):
		return calldata.Map{{Key: "error", Value: calldata.Map{{Key: "causes", Value: []calldata.Value{"BOOM"}},
			{Key: "ctx", Value: calldata.Map{}}, {Key: "fatal", Value: false}}}}, nil
	case strings.Contains(s, `"prompt":"fatal"`):
		return calldata.Map{{Key: "error", Value: calldata.Map{{Key: "causes", Value: []calldata.Value{"DOWN"}},
			{Key: "ctx", Value: calldata.Map{}}, {Key: "fatal", Value: true}}}}, nil
	case strings.Contains(s, `"EqNonComparativeLeader"`):
		return ok("sum"), nil
	case strings.Contains(s, `"template":"Eq`):
		return ok(true), nil
	}
	return nil, fmt.Errorf("unexpected request %s", s)
}

func ret(t *testing.T, readable string) []byte {
	return append([]byte{hostio.ResultReturn}, cd(t, readable)...)
}

func bigInt(n int64) *big.Int { return big.NewInt(n) }

func userErr(msg string) []byte { return append([]byte{hostio.ResultUserError}, msg...) }
func vmErr(msg string) []byte   { return append([]byte{hostio.ResultVMError}, msg...) }

// TestContractNondet runs nondet blocks and sandboxes of a compiled
// contract as leader, as validator (agreeing and disagreeing), in sync mode
// and with a missing leader result. The expected outputs follow GenVM's
// SDK (gl/vm.py, eq_principle.py, nondet/) and executor: every sub-VM
// imports the module afresh (module-level prints repeat), captured
// variables, module globals and stdlib modules mutated in a block keep
// the caller's values, and results cross the sub-VM boundary as calldata.
func TestContractNondet(t *testing.T) {
	ctx, sender := context.Background(), testSender
	c, addr, res := deployFile(t, "nondet.py", `{}`)
	if res.Line() != "executed with `Return(\"\\x00\")`" {
		t.Fatalf("deploy: %s %s", res.Line(), res.Stderr)
	}
	const initMod = "init module\n"
	// the web and LLM requests of some runs, as the SDK builds them
	wantRequests := map[string][]string{
		"modes leader": {`{"WebRequest":{"body":null,"headers":{},"method":"GET","url":"https://example.com/"}}`},
		"llm leader": {`{"ExecPrompt":{"images":[],"prompt":"say hi","response_format":"text"}}`,
			`{"ExecPrompt":{"images":[],"prompt":"json please","response_format":"json"}}`,
			`{"ExecPrompt":{"images":[],"prompt":"fail","response_format":"text"}}`,
			`{"ExecPromptTemplate":{"criteria":"short","input":"text","task":"summarize","template":"EqNonComparativeLeader"}}`},
		"llm validator": {`{"ExecPromptTemplate":{"leader_answer":"hi","principle":"same","template":"EqComparative","validator_answer":"hi"}}`,
			`{"ExecPromptTemplate":{"criteria":"short","input":"text","output":"sum","task":"summarize","template":"EqNonComparativeValidator"}}`},
	}
	for _, tc := range []struct {
		name, method string
		nd           *fakeNondet
		want         string
		posted       []string // leader results posted, as calldata debug text
	}{
		{"isolation leader", "isolation", &fakeNondet{},
			initMod + initMod + "block [1, 2] [1, 3] 6 True 3\nafter [[1, 2], 6] [1] [1] 5 False\n" +
				"executed with `Return(\"\\x15\\x15\\x09\\x111\")`", []string{"00[[1,2],6]"}},
		{"isolation validator agrees", "isolation", &fakeNondet{leader: [][]byte{ret(t, `[[1,2],6]`)}},
			initMod + initMod + initMod + "block [1, 2] [1, 3] 6 True 3\nafter [[1, 2], 6] [1] [1] 5 False\n" +
				"executed with `Return(\"\\x15\\x15\\x09\\x111\")`", nil},
		{"isolation validator disagrees", "isolation", &fakeNondet{leader: [][]byte{ret(t, `[[1,2],7]`)}},
			initMod + initMod + initMod + "block [1, 2] [1, 3] 6 True 3\nexecuted with `VMError(\"validator_disagrees call 0\")`", nil},
		{"isolation validator disagrees with an error", "isolation", &fakeNondet{leader: [][]byte{vmErr("exit_code 1")}},
			initMod + initMod + initMod + "block [1, 2] [1, 3] 6 True 3\nexecuted with `VMError(\"validator_disagrees call 0\")`", nil},
		{"isolation sync", "isolation", &fakeNondet{leader: [][]byte{ret(t, `[[1,2],7]`)}, sync: true},
			initMod + "after [[1, 2], 7] [1] [1] 5 False\nexecuted with `Return(\"\\x15\\x15\\x09\\x119\")`", nil},
		{"isolation absent", "isolation", &fakeNondet{leader: [][]byte{}},
			initMod + "executed with `VMError(\"absent\")`", nil},
		{"isolation leader VMError", "isolation", &fakeNondet{leader: [][]byte{vmErr("exit_code 9")}, sync: true},
			initMod + "executed with `VMError(\"exit_code 9\")`", nil},
		{"kinds leader", "kinds", &fakeNondet{},
			initMod + initMod + "UserError(message='nope')\n" + initMod + "VMError(message='exit_code 3')\n" +
				initMod + "VMError(message='exit_code 1')\n" + initMod + "Return(calldata=[1, 'a', b'b'])\n" +
				initMod + "VMError(message='exit_code 1')\n" + initMod + "8\n" + initMod + "caught vm error: exit_code 2\n" +
				initMod + "Lazy True False\n" + initMod + "leader user error UserError(message='nope')\n" +
				"executed with `Return(\"\\x00\")`", []string{"01nope"}},
		{"kinds validator agrees on a UserError", "kinds", &fakeNondet{leader: [][]byte{userErr("nope")}},
			initMod + initMod + "UserError(message='nope')\n" + initMod + "VMError(message='exit_code 3')\n" +
				initMod + "VMError(message='exit_code 1')\n" + initMod + "Return(calldata=[1, 'a', b'b'])\n" +
				initMod + "VMError(message='exit_code 1')\n" + initMod + "8\n" + initMod + "caught vm error: exit_code 2\n" +
				initMod + "Lazy True False\n" + initMod + initMod + "leader user error UserError(message='nope')\n" +
				"executed with `Return(\"\\x00\")`", nil},
		{"kinds validator disagrees on another UserError", "kinds", &fakeNondet{leader: [][]byte{userErr("other")}},
			initMod + initMod + "UserError(message='nope')\n" + initMod + "VMError(message='exit_code 3')\n" +
				initMod + "VMError(message='exit_code 1')\n" + initMod + "Return(calldata=[1, 'a', b'b'])\n" +
				initMod + "VMError(message='exit_code 1')\n" + initMod + "8\n" + initMod + "caught vm error: exit_code 2\n" +
				initMod + "Lazy True False\n" + initMod + initMod + "executed with `VMError(\"validator_disagrees call 0\")`", nil},
		{"modes leader", "modes", &fakeNondet{},
			initMod + initMod + "write 6: forbidden\nread 0\nb'hello'\noutside 6: forbidden\n" +
				initMod + "VMError(message='exit_code 1')\n" + initMod + "Return(calldata=7)\n7\n" +
				initMod + "UserError(message='undo')\n7\n" +
				"executed with `Return(\"\\x00\")`", []string{"00b#68656c6c6f"}},
		{"llm leader", "llm", &fakeNondet{},
			initMod + initMod + "llm error ({'causes': ['BOOM'], 'ctx': {}, 'fatal': False},)\nimages 2: inval\n" +
				"['hi', {'a': 1}]\n" + initMod + "hi\n" + initMod + "sum\nexecuted with `Return(\"\\x00\")`",
			[]string{`00["hi",{"a":1}]`, `00"hi"`, `00"sum"`}},
		{"llm validator", "llm", &fakeNondet{leader: [][]byte{ret(t, `["hi",{"a":1}]`), ret(t, `"hi"`), ret(t, `"sum"`)}},
			initMod + initMod + initMod + "['hi', {'a': 1}]\n" + initMod + "hi\n" + initMod + "sum\nexecuted with `Return(\"\\x00\")`", nil},
		// a fatal module error is no NondetException: the transaction
		// ends as an internal error (docs/providers.md)
		{"fatal module error", "fatal", &fakeNondet{}, initMod + initMod + "executed with `InternalError(\"\")`", nil},
		{"llm validator run_nondet disagrees", "llm", &fakeNondet{leader: [][]byte{ret(t, `["ho",{"a":1}]`)}},
			initMod + initMod + initMod + "executed with `VMError(\"validator_disagrees call 0\")`", nil},
		{"llm validator run_nondet: error kinds differ", "llm", &fakeNondet{leader: [][]byte{userErr("x")}},
			initMod + initMod + initMod + "executed with `VMError(\"validator_disagrees call 0\")`", nil},
	} {
		res, err := c.Execute(ctx, &chain.Tx{Contract: addr, Sender: sender, Origin: sender,
			Calldata: cd(t, `{"method":"`+tc.method+`"}`), Nondet: tc.nd})
		if err != nil {
			t.Fatal(err)
		}
		if got := string(res.Stdout) + res.Line(); got != tc.want {
			t.Errorf("%s:\ngot  %q\nwant %q\n%s", tc.name, got, tc.want, res.Stderr)
		}
		var posted []string
		for _, r := range res.NondetResults {
			s := fmt.Sprintf("%02x", r[0])
			if r[0] == hostio.ResultReturn {
				v, err := calldata.Decode(r[1:])
				if err != nil {
					t.Fatal(err)
				}
				s += calldata.DebugString(v)
			} else {
				s += string(r[1:])
			}
			posted = append(posted, s)
		}
		if want, ok := wantRequests[tc.name]; ok && strings.Join(tc.nd.requests, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: requests\n%s\nwant\n%s", tc.name, strings.Join(tc.nd.requests, "\n"), strings.Join(want, "\n"))
		}
		if strings.Join(posted, " ") != strings.Join(tc.posted, " ") {
			t.Errorf("%s: posted %q, want %q", tc.name, posted, tc.posted)
		}
	}
}
