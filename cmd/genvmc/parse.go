package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/genvm-go/genvm/frontend"
	"github.com/spf13/cobra"
)

func init() { register(newParseCmd) }

func newParseCmd() *cobra.Command {
	var dump, positions bool
	cmd := &cobra.Command{
		Use:   "parse [--dump] [--positions] FILE",
		Short: "Parse a Python file; --dump prints CPython's ast.dump of it",
		Long: `parse checks the syntax of FILE with genvmc's Python 3.13 parser.

With --dump it prints the AST exactly as CPython 3.13's ast.dump(ast.parse(source))
does; --positions adds line and column attributes (include_attributes=True).
A syntax error is reported as FILE:line:col: SyntaxError: message, with the
source line and a caret, and exit code 1.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			src, err := os.ReadFile(args[0])
			if err != nil {
				return usageErr(err)
			}
			mod, err := frontend.ParseFile(args[0], src)
			if err != nil {
				var se *frontend.SyntaxError
				if errors.As(err, &se) {
					return &exitErr{exitError, errors.New(formatSyntaxError(se))}
				}
				return &exitErr{exitError, err}
			}
			if dump || positions {
				fmt.Fprintln(cmd.OutOrStdout(), frontend.Dump(mod, positions))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&dump, "dump", false, "print the AST in ast.dump format")
	cmd.Flags().BoolVar(&positions, "positions", false, "print the AST with positions (implies --dump)")
	return cmd
}

// formatSyntaxError renders e with its source line and a caret.
func formatSyntaxError(e *frontend.SyntaxError) string {
	var b strings.Builder
	b.WriteString(e.Error())
	if e.Text != "" && e.Col >= 1 {
		line := strings.TrimRight(e.Text, "\n")
		b.WriteString("\n    " + line + "\n    ")
		col := 0
		for _, r := range line {
			col++
			if col >= e.Col {
				break
			}
			if r == '\t' {
				b.WriteByte('\t')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteByte('^')
	}
	return b.String()
}
