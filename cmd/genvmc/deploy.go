package main

import (
	"context"
	"fmt"
	"os"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/spf13/cobra"
)

func init() { register(newDeployCmd) }

func newDeployCmd() *cobra.Command {
	var f callFlags
	var pf providerFlags
	cmd := &cobra.Command{
		Use:   "deploy FILE [ARGS...]",
		Short: "Deploy a contract on the local chain and print its address",
		Long: `deploy compiles FILE, stores it at a new address of the local chain (the
state under --state, .genvm by default) and runs its __init__ with ARGS,
each in the readable calldata form (5, "text", 0x… addresses, [..], {..}).
It prints the contract's stdout, GenVM's "executed with" line and, if the
constructor returned, the new address. A failed constructor stores nothing
and exits with status 1. Nondet blocks in the constructor run as their
leader, with the providers of --mock, --llm-config and --web-config (as for
genvmc run), and are not validated.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			code, err := os.ReadFile(args[0])
			if err != nil {
				return usageErr(err)
			}
			tx, err := f.tx(args[1:], "")
			if err != nil {
				return usageErr(err)
			}
			tx.Code = code
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
			addr, res, err := c.Deploy(context.Background(), tx)
			if err != nil {
				return compileErr(inFile(err, args[0]))
			}
			printResult(cmd, res)
			if res.Kind != exec.Return {
				return &exitErr{exitError, fmt.Errorf("deploy failed: %s", res.Result().Display())}
			}
			fmt.Fprintln(cmd.OutOrStdout(), addr.Hex())
			return nil
		},
	}
	f.add(cmd)
	pf.add(cmd, "")
	return cmd
}
