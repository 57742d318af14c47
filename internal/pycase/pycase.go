// Package pycase checks Go implementations of Python behaviour against
// CPython 3.13 in bulk: a test lists cases, each a Python expression and a Go
// function that computes the same thing, and Check evaluates every Python
// expression in one CPython process and compares the printed outcomes.
//
// The outcome of a case is the repr of its value, or "ExcName: message" when
// it raises (the last line of CPython's traceback, as rt.Exception.Error and
// rt.Outcome render it). Expected values thus always come from CPython, never
// from the code under test.
package pycase

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// Case is one differential check.
type Case struct {
	// Py is a Python expression, evaluated with eval() in a namespace where
	// Setup has run; its outcome is repr(value) or "ExcName: message".
	Py string
	// Go computes the outcome on our side (typically via rt.Outcome).
	Go func() string
}

// Setup is Python code run once before all cases; tests may extend the
// namespace with their own setup via CheckWithSetup.
const Setup = "import math, json, re, datetime, hashlib, base64, decimal, string, urllib.parse\n"

const driver = `
import sys, json as _json
ns = {}
exec(sys.argv[1], ns)
out = []
for line in sys.stdin:
    expr = _json.loads(line)
    try:
        r = repr(eval(expr, ns))
    except BaseException as e:
        name = type(e).__qualname__
        mod = type(e).__module__
        if mod not in ("builtins", "__main__"):
            name = mod + "." + name
        msg = str(e)
        r = name + (": " + msg if msg else "")
    out.append(r)
sys.stdout.write(_json.dumps(out))
`

// Check runs cases through CPython and our implementation and reports every
// mismatch. It fails the test if CPython 3.13 is missing.
func Check(t *testing.T, cases []Case) { CheckWithSetup(t, "", cases) }

// CheckWithSetup is Check with extra Python setup code (definitions the
// expressions use).
func CheckWithSetup(t *testing.T, setup string, cases []Case) {
	t.Helper()
	pyoracle.Require(t)
	var in strings.Builder
	for _, c := range cases {
		b, _ := json.Marshal(c.Py)
		in.Write(b)
		in.WriteByte('\n')
	}
	out, err := pyoracle.Run(driver, []byte(in.String()), Setup+setup)
	if err != nil {
		t.Fatalf("pycase: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil || len(want) != len(cases) {
		t.Fatalf("pycase: bad driver output (%v): %.200s", err, out)
	}
	bad := 0
	for i, c := range cases {
		got := run(c.Go)
		if got != want[i] {
			bad++
			t.Errorf("%s\n   CPython: %s\n   ours:    %s", c.Py, want[i], got)
		}
	}
	t.Logf("pycase: %d cases, %d mismatches", len(cases), bad)
}

// run calls f, turning a Go panic into a visible outcome so that one broken
// case does not hide the others.
func run(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprintf("Go panic: %v", r)
		}
	}()
	return f()
}
