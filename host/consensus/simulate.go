package consensus

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/storage"
)

// VerdictKind is how a validator judged the leader.
type VerdictKind int

// Verdict kinds.
const (
	// Agree: the validator, given the leader's nondet results, ended with
	// the leader's result, storage writes and messages.
	Agree VerdictKind = iota
	// Disagree: a validator function rejected a leader result (GenVM's
	// VMError("validator_disagrees call N")), or the validator ended with
	// another result, other writes or other messages than the leader.
	Disagree
	// Failed: the validator could not judge: its run could not start,
	// ended in an internal error or timed out.
	Failed
)

func (k VerdictKind) String() string {
	switch k {
	case Agree:
		return "agree"
	case Disagree:
		return "disagree"
	}
	return "error"
}

// Verdict is one validator's judgement of the leader.
type Verdict struct {
	Kind VerdictKind
	// Block is the call number of the nondet block whose leader result the
	// validator rejected (VMError("validator_disagrees call N")), or -1.
	Block int
	// Reason says why a validator disagreed or failed ("" for Agree).
	Reason string
	// Result is the validator's run (nil if it could not start).
	Result *exec.Result
}

// String renders the verdict as genvmc prints it: "agree",
// "disagree: validator_disagrees call 0", "error: ...".
func (v Verdict) String() string {
	if v.Reason == "" {
		return v.Kind.String()
	}
	return v.Kind.String() + ": " + v.Reason
}

// Outcome is the consensus outcome of a simulated transaction.
type Outcome int

// Outcomes.
const (
	// Accepted: more than half of the validators agree with the leader
	// (or no validation was needed); the leader's effects are applied if
	// its result is Return.
	Accepted Outcome = iota
	// Undetermined: no majority agrees; nothing is applied. (A network
	// would rotate the leader; a simulation stops here.)
	Undetermined
)

func (o Outcome) String() string {
	if o == Accepted {
		return "accepted"
	}
	return "undetermined"
}

// Change is one run of bytes of a storage slot of the contract that the
// accepted transaction changed: Old are the bytes before, New after.
type Change struct {
	Slot     storage.SlotID
	Off      uint32
	Old, New []byte
}

// Report is the result of Simulate.
type Report struct {
	// Leader is the leader's run: its result, stdout, writes, messages
	// and posted nondet results.
	Leader *exec.Result
	// Verdicts are the validators' verdicts in order; nil when validation
	// was skipped (Config.NondetOnly and no nondet block).
	Verdicts []Verdict
	// Agreeing is the number of Agree verdicts.
	Agreeing int
	Outcome  Outcome
	// Applied reports whether the leader's effects were written to the
	// chain: the outcome is Accepted, the result Return, the transaction
	// not a view and the chain accepted the writes (lock policy).
	Applied bool
	// Changes are the storage changes Applied wrote, slot by slot in the
	// order of the first write to each slot, each a run of overlapping
	// writes in offset order; a run whose bytes are all unchanged is left
	// out.
	Changes []Change
}

// Config configures Simulate.
type Config struct {
	// Leader provides the leader's LLM and web providers (its Leader,
	// Validate and Sync fields are ignored).
	Leader *Node
	// Validators provide each validator's LLM and web providers; Simulate
	// gives each a copy validating against the leader's results.
	Validators []*Node
	// NondetOnly skips validation, accepting the leader's run, when the
	// leader posted no nondet result: what genvmc call does, since
	// validators given the leader's (no) results always agree.
	NondetOnly bool
}

// errUndetermined makes the chain drop the leader's effects.
var errUndetermined = errors.New("consensus: undetermined")

// Simulate runs tx on c once as leader (with cfg.Leader's providers),
// then as each validator of cfg.Validators given the leader's nondet
// results, concurrently, and applies the leader's effects (through the
// chain, as chain.Execute does) only when more than half of the
// validators agree. The error is non-nil only when the leader's run could
// not be started or the chain failed; a validator that cannot run is a
// Failed verdict.
func Simulate(ctx context.Context, c *chain.Chain, tx *chain.Tx, cfg Config) (*Report, error) {
	if cfg.Leader == nil {
		return nil, errors.New("consensus: no leader providers")
	}
	if len(cfg.Validators) == 0 && !cfg.NondetOnly {
		return nil, errors.New("consensus: no validators")
	}
	run := c.Run
	if run == nil {
		run = exec.Run
	}
	rep := &Report{}
	var top atomic.Bool
	var hookErr error
	leading := *c
	leading.Run = func(ctx context.Context, artifact string, req *exec.Request) (*exec.Result, error) {
		// The first run is the transaction's; runs nested in it (calls
		// into other contracts) pass through.
		if !top.CompareAndSwap(false, true) {
			return run(ctx, artifact, req)
		}
		res, err := run(ctx, artifact, req)
		if err != nil {
			return res, err
		}
		rep.Leader = res
		if !cfg.NondetOnly || posted(res) {
			if len(cfg.Validators) == 0 {
				hookErr = errors.New("consensus: no validators")
				return res, hookErr
			}
			rep.Verdicts = validate(ctx, c, tx, res, cfg.Validators)
			for _, v := range rep.Verdicts {
				if v.Kind == Agree {
					rep.Agreeing++
				}
			}
			if 2*rep.Agreeing <= len(rep.Verdicts) {
				rep.Outcome = Undetermined
				return res, errUndetermined
			}
		}
		if res.Kind == exec.Return && !tx.View {
			if rep.Changes, hookErr = changes(c, tx, res.Writes); hookErr != nil {
				return res, hookErr
			}
		}
		return res, nil
	}
	ltx := *tx
	ltx.Nondet = &Node{LLM: cfg.Leader.LLM, Web: cfg.Leader.Web}
	res, err := leading.Execute(ctx, &ltx)
	switch {
	case errors.Is(err, errUndetermined):
		return rep, nil
	case err != nil:
		return rep, err
	}
	rep.Leader = res
	rep.Applied = res.Kind == exec.Return && !tx.View
	if !rep.Applied {
		rep.Changes = nil // e.g. the chain refused a write to a locked slot
	}
	return rep, nil
}

// posted reports whether the leader posted a nondet result.
func posted(res *exec.Result) bool {
	for _, r := range res.NondetResults {
		if r != nil {
			return true
		}
	}
	return false
}

// validate runs the validators concurrently, each on a view copy of tx.
func validate(ctx context.Context, c *chain.Chain, tx *chain.Tx, leader *exec.Result, nodes []*Node) []Verdict {
	out := make([]Verdict, len(nodes))
	var wg sync.WaitGroup
	for i, n := range nodes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vtx := *tx
			vtx.View = true
			vtx.Nondet = &Node{LLM: n.LLM, Web: n.Web, Leader: leader.NondetResults, Validate: true}
			res, err := c.Execute(ctx, &vtx)
			if err != nil {
				out[i] = Verdict{Kind: Failed, Block: -1, Reason: err.Error(), Result: res}
				return
			}
			out[i] = judge(leader, res)
		}()
	}
	wg.Wait()
	return out
}

const disagreesPrefix = "validator_disagrees call "

// judge compares a validator's run with the leader's.
func judge(leader, v *exec.Result) Verdict {
	d := differs(leader, v)
	switch {
	case d == "":
		return Verdict{Kind: Agree, Block: -1, Result: v}
	case v.Kind == exec.VMError && strings.HasPrefix(v.Message, disagreesPrefix):
		n, err := strconv.Atoi(v.Message[len(disagreesPrefix):])
		if err != nil {
			n = -1
		}
		return Verdict{Kind: Disagree, Block: n, Reason: v.Message, Result: v}
	case v.Kind == exec.InternalError:
		return Verdict{Kind: Failed, Block: -1, Reason: "internal error: " + v.Message, Result: v}
	case v.Kind == exec.VMError && v.Message == "timeout":
		return Verdict{Kind: Failed, Block: -1, Reason: "timeout", Result: v}
	}
	return Verdict{Kind: Disagree, Block: -1, Reason: d, Result: v}
}

// differs says how a validator's run differs from the leader's in what
// consensus compares: the result, the storage writes and the messages
// ("" if it does not).
func differs(l, v *exec.Result) string {
	if l.Kind != v.Kind || !bytes.Equal(l.Data, v.Data) || l.Message != v.Message {
		return fmt.Sprintf("the result differs: leader %s, validator %s", l.Result().Display(), v.Result().Display())
	}
	if !slices.EqualFunc(l.Writes, v.Writes, func(a, b exec.Write) bool {
		return a.Slot == b.Slot && a.Off == b.Off && bytes.Equal(a.Data, b.Data)
	}) {
		return "the storage writes differ"
	}
	if !slices.EqualFunc(l.Messages, v.Messages, func(a, b exec.Message) bool {
		return a.Kind == b.Kind && calldata.Equal(a.Args, b.Args)
	}) {
		return "the emitted messages differ"
	}
	return ""
}

// changes computes what writes would change in the contract's storage.
func changes(c *chain.Chain, tx *chain.Tx, writes []exec.Write) ([]Change, error) {
	var order []storage.SlotID
	bySlot := map[storage.SlotID][]exec.Write{}
	for _, w := range writes {
		if _, ok := bySlot[w.Slot]; !ok {
			order = append(order, w.Slot)
		}
		bySlot[w.Slot] = append(bySlot[w.Slot], w)
	}
	var out []Change
	for _, slot := range order {
		ws := bySlot[slot]
		// merge the written intervals
		type span struct{ lo, hi uint64 }
		spans := make([]span, 0, len(ws))
		for _, w := range ws {
			spans = append(spans, span{uint64(w.Off), uint64(w.Off) + uint64(len(w.Data))})
		}
		slices.SortFunc(spans, func(a, b span) int { return cmp.Compare(a.lo, b.lo) })
		var merged []span
		for _, s := range spans {
			if s.lo == s.hi {
				continue
			}
			if n := len(merged); n > 0 && s.lo <= merged[n-1].hi {
				merged[n-1].hi = max(merged[n-1].hi, s.hi)
				continue
			}
			merged = append(merged, s)
		}
		for _, s := range merged {
			old := make([]byte, s.hi-s.lo)
			if err := c.Store.ReadSlot(tx.Contract, slot, uint32(s.lo), old); err != nil {
				return nil, err
			}
			cur := append([]byte(nil), old...)
			for _, w := range ws {
				lo, hi := max(uint64(w.Off), s.lo), min(uint64(w.Off)+uint64(len(w.Data)), s.hi)
				if lo < hi {
					copy(cur[lo-s.lo:hi-s.lo], w.Data[lo-uint64(w.Off):])
				}
			}
			if !bytes.Equal(old, cur) {
				out = append(out, Change{Slot: slot, Off: uint32(s.lo), Old: old, New: cur})
			}
		}
	}
	return out, nil
}
