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
	use, short, long := "call ADDR METHOD [ARGS...]", "Send a write transaction to a contract on the local chain",
		`call runs METHOD of the contract at ADDR on the local chain with ARGS in the
readable calldata form, applies its storage writes if it returns, and prints
the contract's stdout and GenVM's "executed with" line. A result other than
Return exits with status 1.`
	if view {
		use, short, long = "view ADDR METHOD [ARGS...]", "Call a contract on the local chain without keeping its writes",
			`view runs METHOD of the contract at ADDR like call, but never stores its
writes or value. It prints the contract's stdout and GenVM's "executed with"
line; a result other than Return exits with status 1.`
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
			c, closeFn, err := openChain(f.state)
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
	return cmd
}
