// Command genvmc is the genvm-go compiler and local chain: it parses, checks
// and compiles GenLayer Intelligent Contracts written in Python, and runs
// them. Each subcommand lives in a file of its own and registers itself with
// register; logic belongs in the packages, not here.
package main

import (
	"fmt"
	"os"
	"sort"

	"github.com/spf13/cobra"
)

// Version is the compiler version; it is part of every artifact's cache key.
const Version = "0.1.0-dev"

// Exit codes shared by every subcommand.
const (
	exitOK    = 0
	exitError = 1 // the input has errors (syntax, lint, ...)
	exitUsage = 2 // bad invocation or unreadable file
)

var constructors []func() *cobra.Command

// register adds a subcommand constructor; files call it from init.
func register(newCmd func() *cobra.Command) { constructors = append(constructors, newCmd) }

// exitErr is an error that carries the process exit code.
type exitErr struct {
	code int
	err  error
}

func (e *exitErr) Error() string { return e.err.Error() }

// usageErr marks err as a usage error (exit code 2).
func usageErr(err error) error { return &exitErr{exitUsage, err} }

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:           "genvmc",
		Short:         "Compile and run GenLayer Intelligent Contracts ahead of time",
		Version:       Version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.NoArgs,
		RunE:          func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmds := make([]*cobra.Command, 0, len(constructors))
	for _, c := range constructors {
		cmds = append(cmds, c())
	}
	sort.Slice(cmds, func(i, j int) bool { return cmds[i].Name() < cmds[j].Name() })
	root.AddCommand(cmds...)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageErr(err) })
	return root
}

// run executes the CLI with args and returns the process exit code.
func run(args []string) int {
	root := newRootCmd()
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(os.Stderr, "genvmc:", err)
	if e, ok := err.(*exitErr); ok {
		return e.code
	}
	return exitUsage
}

func main() { os.Exit(run(os.Args[1:])) }
