package chain_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/consensus"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// fixedLLM answers every prompt with its text and counts the prompts.
type fixedLLM struct {
	text    string
	prompts int
}

func (f *fixedLLM) ExecPrompt(context.Context, providers.ExecPrompt) (providers.PromptAnswer, error) {
	f.prompts++
	return providers.PromptAnswer{Format: providers.FormatText, Text: f.text}, nil
}

func (f *fixedLLM) ExecPromptTemplate(context.Context, providers.ExecPromptTemplate) (providers.PromptAnswer, error) {
	return providers.PromptAnswer{}, errors.New("no templates here")
}

// results renders posted nondet results as "n:value ...".
func results(rs [][]byte) string {
	var s []string
	for i, r := range rs {
		if len(r) == 0 || r[0] != hostio.ResultReturn {
			s = append(s, fmt.Sprintf("%d:%q", i, r))
			continue
		}
		v, err := calldata.Decode(r[1:])
		if err != nil {
			s = append(s, fmt.Sprintf("%d:%v", i, err))
			continue
		}
		s = append(s, fmt.Sprintf("%d:%v", i, v))
	}
	return strings.Join(s, " ")
}

func ret(s string) []byte { return append([]byte{hostio.ResultReturn}, calldata.MustEncode(s)...) }

// TestNondetViewCallCompiled: compiled contracts on the local chain, a
// caller with a block ('a'), a view call whose callee runs a block over
// an LLM prompt, and another block ('c'): GenVM numbers them 0, 1, 2 with
// one counter for the transaction (spec §5), the callee reaches the
// node's LLM, and its leader result is the transaction's. Validators given
// the three results agree; one whose LLM answers otherwise rejects block
// 1, the callee's, and the caller ends with it; in sync mode the callee
// takes the leader's result without prompting. Simulate with such a
// validator among three accepts with two votes and reports block 1.
func TestNondetViewCallCompiled(t *testing.T) {
	c := pyChain(t)
	ctx := context.Background()
	eoa := address.Address{2}
	callee := deploy(t, c, eoa, source(t, "nondet_callee.py"))
	caller := deploy(t, c, eoa, source(t, "nondet_caller.py"))
	tx := func(nd exec.Nondet) *chain.Tx {
		return &chain.Tx{Contract: caller, Sender: eoa, Origin: eoa, Calldata: method("main", callee), View: true, Nondet: nd}
	}
	run := func(name string, nd exec.Nondet, want string) *exec.Result {
		t.Helper()
		res, err := c.Execute(ctx, tx(nd))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := string(res.Stdout) + res.Line(); got != want {
			t.Errorf("%s:\n%s\nwant\n%s\nstderr: %s", name, got, want, res.Stderr)
		}
		return res
	}
	const ok = "a\nb\nc\nexecuted with `Return(\"\\x00\")`"

	llm := &fixedLLM{text: "b"}
	leader := run("leader", &consensus.Node{LLM: llm}, ok)
	if got := results(leader.NondetResults); got != "0:a 1:b 2:c" || leader.NondetBlocks != 3 || llm.prompts != 1 {
		t.Errorf("leader posted %s, %d blocks, %d prompts", got, leader.NondetBlocks, llm.prompts)
	}

	llm = &fixedLLM{text: "b"}
	v := run("validator agrees", &consensus.Node{LLM: llm, Validate: true, Leader: leader.NondetResults}, ok)
	if v.NondetResults != nil || v.NondetBlocks != 3 || llm.prompts != 1 {
		t.Errorf("validator posted %s, %d blocks, %d prompts", results(v.NondetResults), v.NondetBlocks, llm.prompts)
	}
	run("validator disagrees in the callee", &consensus.Node{LLM: &fixedLLM{text: "z"}, Validate: true, Leader: leader.NondetResults},
		"a\nexecuted with `VMError(\"validator_disagrees call 1\")`")
	// a validator's own LLM is never asked in sync mode (a nil LLM would
	// end the run as an internal error)
	run("sync", &consensus.Node{Validate: true, Sync: true, Leader: [][]byte{ret("a"), ret("x"), ret("c")}},
		"a\nx\nc\nexecuted with `Return(\"\\x00\")`")
	run("absent callee result", &consensus.Node{LLM: &fixedLLM{text: "b"}, Validate: true, Leader: leader.NondetResults[:1]},
		"a\nexecuted with `VMError(\"absent\")`")

	w := tx(nil)
	w.View = false
	rep, err := consensus.Simulate(ctx, c, w, consensus.Config{
		Leader:     &consensus.Node{LLM: &fixedLLM{text: "b"}},
		Validators: []*consensus.Node{{LLM: &fixedLLM{text: "b"}}, {LLM: &fixedLLM{text: "z"}}, {LLM: &fixedLLM{text: "b"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var verdicts []string
	for _, v := range rep.Verdicts {
		verdicts = append(verdicts, fmt.Sprintf("%s block %d", v, v.Block))
	}
	if got := strings.Join(verdicts, "; "); got != "agree block -1; disagree: validator_disagrees call 1 block 1; agree block -1" ||
		rep.Outcome != consensus.Accepted || !rep.Applied || results(rep.Leader.NondetResults) != "0:a 1:b 2:c" {
		t.Errorf("simulate: %s, %s, applied %v, leader posted %s", got, rep.Outcome, rep.Applied, results(rep.Leader.NondetResults))
	}
}
