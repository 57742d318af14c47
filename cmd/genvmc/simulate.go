package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/consensus"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/spf13/cobra"
)

func init() { register(newSimulateCmd) }

// validatorFlags choose each validator's providers.
type validatorFlags struct {
	n                      int
	mocks, llmCfgs, webCfg []string
	verbose                bool
}

func (v *validatorFlags) add(cmd *cobra.Command, n int) {
	f := cmd.Flags()
	f.IntVar(&v.n, "validators", n, "number of validators")
	f.StringArrayVar(&v.mocks, "validator-mock", nil, "mock rules of the next validator (repeatable: the i-th is validator i's)")
	f.StringArrayVar(&v.llmCfgs, "validator-llm-config", nil, "LLM config of the next validator (repeatable)")
	f.StringArrayVar(&v.webCfg, "validator-web-config", nil, "web config of the next validator (repeatable)")
	f.BoolVarP(&v.verbose, "verbose", "v", false, "also print each validator's stdout and result line")
}

// nodes returns the validators' providers: validator i uses the i-th
// --validator-mock, or the i-th --validator-llm-config and
// --validator-web-config, or else the leader's providers.
func (v *validatorFlags) nodes(leader *consensus.Node) ([]*consensus.Node, func(), error) {
	var closers []func()
	closeAll := func() {
		for _, c := range closers {
			c()
		}
	}
	if v.n < 1 {
		return nil, closeAll, usageErr(fmt.Errorf("--validators must be at least 1"))
	}
	if m := max(len(v.mocks), len(v.llmCfgs), len(v.webCfg)); m > v.n {
		return nil, closeAll, usageErr(fmt.Errorf("providers given for %d validators, but --validators is %d", m, v.n))
	}
	at := func(l []string, i int) string {
		if i < len(l) {
			return l[i]
		}
		return ""
	}
	nodes := make([]*consensus.Node, v.n)
	for i := range nodes {
		m, l, w := at(v.mocks, i), at(v.llmCfgs, i), at(v.webCfg, i)
		if m == "" && l == "" && w == "" {
			nodes[i] = &consensus.Node{LLM: leader.LLM, Web: leader.Web}
			continue
		}
		n, c, err := providerNode(m, l, w, "--validator-")
		closers = append(closers, c)
		if err != nil {
			return nil, closeAll, err
		}
		nodes[i] = n
	}
	return nodes, closeAll, nil
}

func newSimulateCmd() *cobra.Command {
	var f callFlags
	var pf providerFlags
	var vf validatorFlags
	cmd := &cobra.Command{
		Use:   "simulate ADDR METHOD [ARGS...] [--validators N] [--validator-mock FILE ...] [providers]",
		Short: "Run a write transaction as a leader and N validators and show their consensus",
		Long: `simulate runs METHOD of the contract at ADDR on the local chain as consensus
does: once as the leader, whose nondet blocks run their leader functions
with the leader's providers (--mock, --llm-config, --web-config, as for
genvmc run), then as each of N validators (--validators, default 3), which
run the transaction again with the leader's nondet results, their own
validator functions and their own providers: validator i uses the i-th
--validator-mock (or --validator-llm-config / --validator-web-config), or
else the leader's providers.

It prints the leader's stdout and "executed with" line, each validator's
verdict (agree; disagree: validator_disagrees call N when a validator
function rejected the leader's result of block N, or another result than
the leader's; error: a validator that could not judge), the outcome and
the storage changes. The transaction is accepted when more than half of
the validators agree (a tie is not a majority); only then are the leader's
writes and value applied, and only if its result is Return. The exit
status is 1 when nothing was applied.`,
		Args: cobra.MinimumNArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			addr, err := address.Parse(args[0])
			if err != nil {
				return usageErr(fmt.Errorf("address: %w", err))
			}
			tx, err := f.tx(args[2:], args[1])
			if err != nil {
				return usageErr(err)
			}
			tx.Contract = addr
			return simulate(cmd, f.state, tx, &pf, &vf, false)
		},
	}
	f.add(cmd)
	pf.add(cmd, "")
	vf.add(cmd, 3)
	return cmd
}

// simulate runs tx through consensus.Simulate and prints the report.
// nondetOnly is genvmc call's mode: validators run only when the leader
// posted nondet results, and nothing but the result is printed otherwise.
func simulate(cmd *cobra.Command, state string, tx *chain.Tx, pf *providerFlags, vf *validatorFlags, nondetOnly bool) error {
	leader, closeLeader, err := pf.node()
	if err != nil {
		return err
	}
	defer closeLeader()
	validators, closeValidators, err := vf.nodes(leader)
	defer closeValidators()
	if err != nil {
		return err
	}
	c, closeFn, err := openChain(cmd, state)
	if err != nil {
		return err
	}
	defer closeFn()
	rep, err := consensus.Simulate(context.Background(), c, tx, consensus.Config{Leader: leader, Validators: validators, NondetOnly: nondetOnly})
	if err != nil {
		return compileErr(err)
	}
	printResult(cmd, rep.Leader)
	if rep.Verdicts != nil {
		printReport(cmd.OutOrStdout(), rep, vf.verbose)
	}
	switch {
	case rep.Outcome != consensus.Accepted:
		return &exitErr{exitError, fmt.Errorf("transaction not accepted: %d of %d validators agree", rep.Agreeing, len(rep.Verdicts))}
	case rep.Leader.Kind != exec.Return:
		return &exitErr{exitError, fmt.Errorf("transaction failed: %s", rep.Leader.Result().Display())}
	}
	return nil
}

// maxShown bounds the bytes of a storage change printed in full.
const maxShown = 64

// printReport prints the verdicts, the outcome and the storage changes.
// verbose adds each validator's stdout and result line, indented.
func printReport(w io.Writer, rep *consensus.Report, verbose bool) {
	for i, v := range rep.Verdicts {
		fmt.Fprintf(w, "validator %d: %s\n", i+1, v)
		if verbose && v.Result != nil {
			out := strings.TrimSuffix(string(v.Result.Stdout), "\n")
			if out != "" {
				fmt.Fprintf(w, "  | %s\n", strings.ReplaceAll(out, "\n", "\n  | "))
			}
			fmt.Fprintf(w, "  %s\n", v.Result.Line())
		}
	}
	fmt.Fprintf(w, "outcome: %s (%d of %d validators agree)\n", rep.Outcome, rep.Agreeing, len(rep.Verdicts))
	switch {
	case !rep.Applied:
		fmt.Fprintln(w, "storage changes: none applied")
	case len(rep.Changes) == 0:
		fmt.Fprintln(w, "storage changes: none")
	default:
		fmt.Fprintln(w, "storage changes:")
		for _, ch := range rep.Changes {
			fmt.Fprintf(w, "  slot %s offset %d: %s -> %s\n", ch.Slot, ch.Off, shown(ch.Old), shown(ch.New))
		}
	}
}

func shown(b []byte) string {
	if len(b) <= maxShown {
		return hex.EncodeToString(b)
	}
	return fmt.Sprintf("%s… (%d bytes)", hex.EncodeToString(b[:maxShown]), len(b))
}
