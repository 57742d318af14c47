package pycase

import (
	"strings"
	"testing"
)

func TestCheckComparesWithCPython(t *testing.T) {
	Check(t, []Case{
		{Py: "1 + 1", Go: func() string { return "2" }},
		{Py: "'a' * 3", Go: func() string { return "'aaa'" }},
		{Py: "{}['k']", Go: func() string { return "KeyError: 'k'" }},
		{Py: "json.JSONDecodeError('m', 'doc', 0)", Go: func() string { return "JSONDecodeError('m: line 1 column 1 (char 0)')" }},
		{Py: "1/0", Go: func() string { return "ZeroDivisionError: division by zero" }},
	})
}

func TestRunRecoversPanics(t *testing.T) {
	got := run(func() string { panic("boom") })
	if !strings.Contains(got, "Go panic: boom") {
		t.Fatalf("run = %q", got)
	}
}
