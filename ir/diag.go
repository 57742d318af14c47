package ir

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/genvm-go/genvm/frontend"
)

// Severity of a diagnostic.
type Severity uint8

// Severities, most severe last.
const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// Diagnostic is one finding of the checker.
//
// Line is 1-based. Col is 1-based and counts code points of the source line
// (what editors and CPython's SyntaxError.offset show); ByteCol is the
// 0-based UTF-8 byte column of the AST (CPython's col_offset), which the
// official linter's JSON output uses. Code is the rule ID ("E026", "GL-S03",
// "C201", ...).
type Diagnostic struct {
	File     string
	Line     int
	Col      int
	ByteCol  int
	Code     string
	Severity Severity
	Msg      string
	Hint     string
}

// diagSink collects diagnostics for one file.
type diagSink struct {
	file  string
	lines [][]byte
	diags []Diagnostic
}

func newDiagSink(file string, src []byte) *diagSink {
	d := &diagSink{file: file, lines: make([][]byte, 0, bytes.Count(src, []byte("\n"))+1)}
	start := 0
	for i, c := range src {
		if c == '\n' {
			d.lines = append(d.lines, src[start:i])
			start = i + 1
		}
	}
	d.lines = append(d.lines, src[start:])
	return d
}

// Line returns source line n (1-based) without its newline, or "".
func (d *diagSink) Line(n int) string {
	if n < 1 || n > len(d.lines) {
		return ""
	}
	l := d.lines[n-1]
	if len(l) > 0 && l[len(l)-1] == '\r' {
		l = l[:len(l)-1]
	}
	return string(l)
}

// col converts a 0-based byte column on line to a 1-based code-point column.
func (d *diagSink) col(line, byteCol int) int {
	if line < 1 || line > len(d.lines) {
		return byteCol + 1
	}
	l := d.lines[line-1]
	if byteCol > len(l) {
		return utf8.RuneCount(l) + 1 + (byteCol - len(l))
	}
	return utf8.RuneCount(l[:byteCol]) + 1
}

func (d *diagSink) add(pos frontend.Pos, code string, sev Severity, msg, hint string) {
	line := pos.Lineno
	if line == 0 {
		line = 1
	}
	d.diags = append(d.diags, Diagnostic{
		File: d.file, Line: line, Col: d.col(line, pos.ColOffset), ByteCol: pos.ColOffset,
		Code: code, Severity: sev, Msg: msg, Hint: hint,
	})
}

func (d *diagSink) errorf(n frontend.Node, code, hint, msg string) {
	d.add(n.Span(), code, Error, msg, hint)
}

func (d *diagSink) warnf(n frontend.Node, code, hint, msg string) {
	d.add(n.Span(), code, Warning, msg, hint)
}

// SortDiagnostics orders diagnostics by file, line, column, code and message,
// and drops exact duplicates.
func SortDiagnostics(ds []Diagnostic) []Diagnostic {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.ByteCol != b.ByteCol {
			return a.ByteCol < b.ByteCol
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Msg < b.Msg
	})
	out := ds[:0]
	for i, x := range ds {
		if i > 0 && x == ds[i-1] {
			continue
		}
		out = append(out, x)
	}
	return out
}
