package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf16"

	"github.com/genvm-go/genvm/ir"
	"github.com/spf13/cobra"
)

func init() { register(newLintCmd) }

func newLintCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "lint [--json] FILE...",
		Short: "Check contracts with the official linter's rules (genvm-lint), computed from resolved names",
		Long: `lint reports, for each FILE, the findings of the genvm-lint rules (W001 ... E026,
GL-S03) and the compiler's own errors (C1xx contract model, C2xx unsupported
constructs) as FILE:line:col: CODE message, followed by the source line and a
caret. Columns are 1-based and count characters.

--json prints, per file, the official linter's lint JSON:
{"ok":bool,"passed":int,"warnings":[{"code","msg","line","col"}]} where errors
are listed in "warnings" too (as genvm-lint does) and col is the 0-based
column of CPython's ast. Several files give one JSON object per line.

Exit status: 0 clean or warnings only, 1 errors, 2 usage error or unreadable file.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			srcs, err := readFiles(args)
			if err != nil {
				return err
			}
			failed := false
			out := cmd.OutOrStdout()
			color := isTerminal(out)
			for i, file := range args {
				r := ir.Check(file, srcs[i], ir.Options{})
				if r.HasErrors() {
					failed = true
				}
				if asJSON {
					writeLintJSON(out, r)
				} else {
					writeDiagnostics(out, r, color)
				}
			}
			if failed {
				return &exitErr{exitError, fmt.Errorf("lint found errors")}
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the official linter's JSON")
	return cmd
}

func readFiles(args []string) ([][]byte, error) {
	srcs := make([][]byte, len(args))
	for i, f := range args {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, usageErr(err)
		}
		srcs[i] = b
	}
	return srcs, nil
}

// isTerminal reports whether w is a character device (colour output).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// writeDiagnostics prints file:line:col: CODE message, the source line and a caret.
func writeDiagnostics(w io.Writer, r *ir.Result, color bool) {
	for _, d := range r.Diags {
		code := d.Code
		if color {
			c := "\x1b[1;33m"
			if d.Severity == ir.Error {
				c = "\x1b[1;31m"
			}
			code = c + code + "\x1b[0m"
		}
		fmt.Fprintf(w, "%s:%d:%d: %s %s\n", d.File, d.Line, d.Col, code, d.Msg)
		if line := r.Line(d.Line); line != "" {
			fmt.Fprintf(w, "    %s\n    %s^\n", line, caretPad(line, d.Col))
		}
		if d.Hint != "" {
			fmt.Fprintf(w, "    hint: %s\n", d.Hint)
		}
	}
}

func caretPad(line string, col int) string {
	var b strings.Builder
	n := 0
	for _, r := range line {
		n++
		if n >= col {
			break
		}
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

type lintJSONWarning struct {
	Code string `json:"code"`
	Msg  string `json:"msg"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
}

type lintJSON struct {
	OK       bool              `json:"ok"`
	Passed   int               `json:"passed"`
	Warnings []lintJSONWarning `json:"warnings,omitempty"`
}

func lintJSONOf(r *ir.Result) lintJSON {
	out := lintJSON{OK: !r.HasErrors(), Passed: r.Passed}
	for _, d := range r.Diags {
		out.Warnings = append(out.Warnings, lintJSONWarning{d.Code, d.Msg, d.Line, d.ByteCol})
	}
	return out
}

func writeLintJSON(w io.Writer, r *ir.Result) {
	fmt.Fprintf(w, "%s\n", pyJSON(lintJSONOf(r)))
}

// pyJSON renders v as Python's json.dumps(v, separators=(",", ":")) does:
// compact, no HTML escaping, non-ASCII characters as \uXXXX escapes.
func pyJSON(v any) string {
	var buf strings.Builder
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "null"
	}
	var b strings.Builder
	for _, r := range strings.TrimSuffix(buf.String(), "\n") {
		switch {
		case r < 0x7f:
			b.WriteRune(r)
		case r >= 0x10000:
			r1, r2 := utf16.EncodeRune(r)
			fmt.Fprintf(&b, "\\u%04x\\u%04x", r1, r2)
		default:
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}
