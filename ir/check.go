package ir

import (
	"errors"
	"fmt"

	"github.com/genvm-go/genvm/frontend"
)

// Result is everything the checker knows about one source file.
type Result struct {
	File   string
	Source []byte
	Module *Module // nil on a syntax error
	// Contract is the contract model, nil when the file has no gl.Contract subclass.
	Contract *Contract
	// Schema is the #get-schema JSON; SchemaErr is set instead when GenVM's
	// schema generator would fail.
	Schema    string
	SchemaErr *SchemaError
	// Events and Interfaces model the gl.Event subclasses and the contract
	// interface classes of the file.
	Events     []*EventDecl
	Interfaces []*InterfaceDecl
	// Diags are all diagnostics, sorted.
	Diags []Diagnostic
	// Passed counts the official linter's check groups (safety, structure,
	// syntax) without findings, for the lint JSON's "passed".
	Passed int

	sink *diagSink
}

// Line returns source line n (1-based) without its newline.
func (r *Result) Line(n int) string { return r.sink.Line(n) }

// HasErrors reports whether any diagnostic is an error.
func (r *Result) HasErrors() bool {
	for _, d := range r.Diags {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Options select what Check runs.
type Options struct {
	// Schema adds schema-generation failures as diagnostics (E106, or the
	// warning W106 for float types, as the official linter's `check` does).
	Schema bool
}

// Check parses, resolves and checks one contract source file.
//
// Check never panics: an internal failure becomes the error diagnostic C000.
func Check(file string, src []byte, opts Options) (res *Result) {
	r := &Result{File: file, Source: src, sink: newDiagSink(file, src)}
	d := r.sink
	defer func() {
		if p := recover(); p != nil {
			r.Module, r.Contract = nil, nil
			d.add(frontend.Pos{Lineno: 1}, "C000", Error, fmt.Sprintf("internal checker error: %v", p),
				"please report this with the contract that triggers it")
			r.Diags = SortDiagnostics(d.diags)
			res = r
		}
	}()
	headerRules(src, d)
	ast, err := frontend.ParseFile(file, src)
	if err != nil {
		var se *frontend.SyntaxError
		if errors.As(err, &se) {
			d.add(frontend.Pos{Lineno: se.Line, ColOffset: byteColOf(d, se.Line, se.Col)}, "E001", Error, "Syntax error: "+se.Msg, "")
		} else {
			d.add(frontend.Pos{Lineno: 1}, "E001", Error, "Syntax error: "+err.Error(), "")
		}
		r.Diags = SortDiagnostics(d.diags)
		return r
	}
	m := newModule(file, ast)
	r.Module = m
	m.classifyClasses()
	var contracts []*Class
	for _, c := range m.Classes {
		if c.IsContract {
			contracts = append(contracts, c)
		}
	}
	if len(contracts) > 0 {
		ct := m.buildContract(contracts[0], d)
		m.layoutContract(ct, d)
		r.Contract = ct
		r.Schema, r.SchemaErr = ct.Schema(m)
	}
	r.Events = m.events(d)
	r.Interfaces = m.interfaces()
	nSafety0 := len(d.diags)
	m.buildCallGraph()
	m.safetyRules(d)
	m.moduleRules(d)
	safetyFound := countCodes(d.diags[nSafety0:], safetyCodes)
	m.structureRules(contracts, r.Contract, d)
	m.typeRules(r.Contract, d)
	m.callRules(d)
	m.attributeRules(r.Contract, d)
	if opts.Schema && r.Contract != nil && r.SchemaErr != nil {
		sev, code := Error, "E106"
		if r.SchemaErr.Float || isSpecialDunderErr(r) {
			sev, code = Warning, "W106"
		}
		d.add(frontend.Pos{Lineno: r.SchemaErr.Line, ColOffset: r.SchemaErr.Col}, code, sev, "GenVM's schema generation fails: "+r.SchemaErr.Msg,
			schemaHint(r.SchemaErr))
	}
	if opts.Schema && r.Contract == nil {
		d.add(frontend.Pos{Lineno: 1}, "E105", Error, "No contract class found (a class deriving gl.Contract)", "")
	}
	all := SortDiagnostics(d.diags)
	r.Diags = all
	r.Passed = 1 // syntax
	if !safetyFound {
		r.Passed++
	}
	if countCodes(all, structureCodes) == false {
		r.Passed++
	}
	return r
}

func schemaHint(e *SchemaError) string {
	if e.Float {
		return "calldata has no float: take an int (scaled) or a str"
	}
	return ""
}

func isSpecialDunderErr(r *Result) bool {
	for _, n := range []string{"__receive__", "__handle_undefined_method__"} {
		if r.SchemaErr.Msg == "TypeError: public method names should not start with `__`, `"+n+"`" {
			return true
		}
	}
	return false
}

var safetyCodes = map[string]bool{"W001": true, "W002": true, "W004": true, "E010": true, "E023": true, "E024": true, "E025": true, "E026": true, "GL-S03": true}
var structureCodes = map[string]bool{"W010": true, "W011": true, "E011": true, "E012": true, "E013": true, "E014": true, "E015": true, "E016": true, "E017": true, "E018": true, "E019": true, "W020": true, "E021": true, "E022": true}

func countCodes(ds []Diagnostic, codes map[string]bool) bool {
	for _, d := range ds {
		if codes[d.Code] {
			return true
		}
	}
	return false
}

// byteColOf converts a 1-based code-point column to a 0-based byte column.
func byteColOf(d *diagSink, line, col int) int {
	l := d.Line(line)
	n := 0
	for i := range l {
		n++
		if n >= col {
			return i
		}
	}
	if col > 0 {
		return len(l) + (col - 1 - n)
	}
	return 0
}
