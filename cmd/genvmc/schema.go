package main

import (
	"errors"
	"fmt"

	"github.com/genvm-go/genvm/ir"
	"github.com/spf13/cobra"
)

func init() { register(newSchemaCmd) }

func newSchemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema FILE",
		Short: "Print the contract's schema JSON, byte-identical to GenVM's #get-schema",
		Long: `schema prints the JSON string GenVM's #get-schema returns for the contract in
FILE (compact separators, methods sorted by name, ASCII-escaped), followed by a
newline. When GenVM's schema generator would fail (no __init__, a public
__init__, a public name starting with '__', a type calldata cannot carry, ...),
schema prints the SDK's error and exits with status 1; a syntax error or a file
without a contract class also exits 1.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			srcs, err := readFiles(args)
			if err != nil {
				return err
			}
			r := ir.Check(args[0], srcs[0], ir.Options{})
			if r.Module == nil {
				for _, d := range r.Diags {
					if d.Code == "E001" {
						return &exitErr{exitError, fmt.Errorf("%s:%d:%d: %s", d.File, d.Line, d.Col, d.Msg)}
					}
				}
			}
			if r.Contract == nil {
				return &exitErr{exitError, errors.New(args[0] + ": no contract class (a class deriving gl.Contract)")}
			}
			if r.SchemaErr != nil {
				return &exitErr{exitError, fmt.Errorf("%s:%d: GenVM's schema generation fails: %s", args[0], r.SchemaErr.Line, r.SchemaErr.Msg)}
			}
			fmt.Fprintln(cmd.OutOrStdout(), r.Schema)
			return nil
		},
	}
}
