package main

import (
	"context"
	"fmt"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/spf13/cobra"
)

func init() { register(newCallCmd) }

func newCallCmd() *cobra.Command { return newCallLikeCmd(false) }

// newCallLikeCmd builds call (a write transaction) or view (writes
// discarded).
func newCallLikeCmd(view bool) *cobra.Command {
	var f callFlags
	var pf providerFlags
	var vf validatorFlags
	use, short, long := "call ADDR METHOD [ARGS...]", "Send a write transaction to a contract on the local chain",
		`call runs METHOD of the contract at ADDR on the local chain with ARGS in the
readable calldata form, applies its storage writes if it returns, and prints
the contract's stdout and GenVM's "executed with" line. A result other than
Return exits with status 1.

The transaction runs as the leader of its nondet blocks, with the providers
of --mock, --llm-config and --web-config (as for genvmc run). When it
posted nondet results, it is validated as genvmc simulate does, by
--validators validators (default 1) using the leader's providers unless
--validator-mock, --validator-llm-config or --validator-web-config give
theirs: the verdicts, outcome and storage changes are printed, and its
writes are applied only when a majority agrees (else exit status 1).`
	if view {
		use, short, long = "view ADDR METHOD [ARGS...]", "Call a contract on the local chain without keeping its writes",
			`view runs METHOD of the contract at ADDR like call, but never stores its
writes or value. It prints the contract's stdout and GenVM's "executed with"
line; a result other than Return exits with status 1. Nondet blocks run as
their leader, with the providers of --mock, --llm-config and --web-config,
and are not validated.`
	}
	cmd := &cobra.Command{
		Use: use, Short: short, Long: long,
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
			tx.Contract, tx.View = addr, view
			if !view {
				return simulate(cmd, f.state, tx, &pf, &vf, true)
			}
			node, closeProviders, err := pf.node()
			if err != nil {
				return err
			}
			defer closeProviders()
			tx.Nondet = node
			c, closeFn, err := openChain(cmd, f.state)
			if err != nil {
				return err
			}
			defer closeFn()
			res, err := c.Execute(context.Background(), tx)
			if err != nil {
				return compileErr(err)
			}
			printResult(cmd, res)
			if res.Kind != exec.Return {
				return &exitErr{exitError, fmt.Errorf("transaction failed: %s", res.Result().Display())}
			}
			return nil
		},
	}
	f.add(cmd)
	pf.add(cmd, "")
	if !view {
		vf.add(cmd, 1)
	}
	return cmd
}
