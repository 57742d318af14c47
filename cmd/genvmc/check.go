package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/genvm-go/genvm/ir"
	"github.com/spf13/cobra"
)

func init() { register(newCheckCmd) }

func newCheckCmd() *cobra.Command {
	var asJSON, layout, dumpIR bool
	cmd := &cobra.Command{
		Use:   "check [--json] [--layout] FILE",
		Short: "Lint, type-check, lay out storage and generate the schema of a contract",
		Long: `check runs everything genvmc knows about a contract before compiling it: the
lint rules, name resolution and types, the storage layout and the schema. It
prints diagnostics like lint; schema generation failures appear as E106 (or the
warning W106 for the __receive__/__handle_undefined_method__ names GenVM's
schema generator refuses), a file without contract as E105. --layout also
prints the storage layout (field, offset, size, type) of the contract; --ir
prints the typed IR codegen compiles (variables marked x^ cell, x@ free,
$x global; calls tagged with what they call and their result type).

--json prints {"ok":bool,"lint":<lint JSON>,"schema":<schema or null>}.

Exit status: 0 clean or warnings only, 1 errors, 2 usage error or unreadable file.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			srcs, err := readFiles(args)
			if err != nil {
				return err
			}
			r := ir.Check(args[0], srcs[0], ir.Options{Schema: true})
			out := cmd.OutOrStdout()
			if asJSON {
				writeCheckJSON(out, r)
			} else {
				writeDiagnostics(out, r, isTerminal(out))
				if layout && r.Contract != nil {
					writeLayout(out, r.Contract)
				}
				if dumpIR && r.Module != nil {
					fmt.Fprint(out, ir.Lower(r).Dump())
				}
			}
			if r.HasErrors() {
				return &exitErr{exitError, fmt.Errorf("check found errors")}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	cmd.Flags().BoolVar(&layout, "layout", false, "print the contract's storage layout")
	cmd.Flags().BoolVar(&dumpIR, "ir", false, "print the typed IR")
	return cmd
}

func writeLayout(w io.Writer, ct *ir.Contract) {
	fmt.Fprintf(w, "storage layout of %s (%d bytes):\n", ct.Class.Name, ct.Size)
	for _, f := range ct.Fields {
		fmt.Fprintf(w, "  %-20s offset %4d  size %4d  %s\n", f.Name, f.Offset, f.Size, f.Type)
	}
}

func writeCheckJSON(w io.Writer, r *ir.Result) {
	var schema json.RawMessage
	if r.Contract != nil && r.SchemaErr == nil {
		schema = json.RawMessage(r.Schema)
	}
	fmt.Fprintf(w, "%s\n", pyJSON(struct {
		OK     bool            `json:"ok"`
		Lint   lintJSON        `json:"lint"`
		Schema json.RawMessage `json:"schema"`
	}{!r.HasErrors(), lintJSONOf(r), schema}))
}
