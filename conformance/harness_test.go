package conformance

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"golang.org/x/tools/txtar"
)

// builder builds case contracts into the shared test cache, Python
// through the lowering (as /contract.py, the name GenVM gives contracts).
func builder() *codegen.Builder {
	return codegen.NewTestBuilder("test")
}

var (
	batchOnce sync.Once
	batch     *Batch
	batchErr  error
)

// engine runs the cases on one executable linking every contract of
// cases/ (see Batch); contracts outside it are built one by one.
// GENVM_CONFORMANCE_SINGLE=1 builds every contract on its own instead.
func engine(t testing.TB) Engine {
	b := builder()
	if os.Getenv("GENVM_CONFORMANCE_SINGLE") == "1" {
		return PlaceOnce{&ChainEngine{Resolve: b.Resolve}}
	}
	batchOnce.Do(func() {
		// only the cases -run selects (all of them without -run): running
		// one case must not build the whole suite
		sel := runSelector()
		var srcs [][]byte
		files, _ := filepath.Glob("cases/*/*.txtar")
		for _, f := range files {
			name := filepath.Base(filepath.Dir(f)) + "/" + strings.TrimSuffix(filepath.Base(f), ".txtar")
			if sel("TestCases/"+name) || sel("TestBatchMatchesSingle") || sel("TestCompareCatchesDifferences") || sel("TestTracebackOnStderr") {
				srcs = append(srcs, caseContracts(f)...)
			}
		}
		batch, batchErr = NewBatch(context.Background(), b, srcs, b.Resolve)
	})
	if batchErr != nil {
		t.Fatal(batchErr)
	}
	return PlaceOnce{&ChainEngine{Resolve: batch.Resolve}}
}

// caseContracts returns the contract sources of a case file (contract.py,
// contract.go, contracts/*); unreadable files have none (the case itself
// reports the error).
func caseContracts(path string) [][]byte {
	a, err := txtar.ParseFile(path)
	if err != nil {
		return nil
	}
	var srcs [][]byte
	for _, f := range a.Files {
		if f.Name == "contract.py" || f.Name == "contract.go" || strings.HasPrefix(f.Name, "contracts/") {
			srcs = append(srcs, f.Data)
		}
	}
	return srcs
}

// TestCases runs the conformance suite (UPDATE=1 rewrites expectations).
func TestCases(t *testing.T) {
	eng := engine(t)
	if batch != nil {
		for h, why := range batch.Dropped {
			t.Logf("contract %s built on its own: %s", h[:12], truncate(why, 300))
		}
	}
	if n := RunFiles(t, "cases/*/*.txtar", eng); n == 0 {
		t.Fatal("no conformance cases found under cases/")
	}
}

// TestCompareCatchesDifferences: a wrong expectation is reported.
func TestCompareCatchesDifferences(t *testing.T) {
	c, err := Load("cases/runtime/store.txtar")
	if err != nil {
		t.Fatal(err)
	}
	actual, err := c.Run(context.Background(), engine(t), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	c.Steps[3].Stdout = "executed with `Return(\"\\x00\")`\n"
	c.Steps[1].Storage += "00 00\n"
	diffs := c.Compare(actual)
	if len(diffs) != 2 || !strings.Contains(diffs[0], "step 1 storage") || !strings.Contains(diffs[1], "step 3 stdout") {
		t.Fatalf("diffs: %q", diffs)
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"-- 0.tx --\n{}\n", "no contract.py or contract.go section"},
		{"-- contract.py --\n", "no steps"},
		{"-- contract.py --\n-- 1.tx --\n{}\n", "missing 0"},
		{"-- contract.py --\n-- 0.tx --\n{\"bogus\": 1}\n", `unknown field "bogus"`},
		{"-- contract.py --\n-- 0.out --\n", `unknown section "0.out"`},
		{"-- contract.py --\n-- notes --\n", `unknown section "notes"`},
	} {
		_, err := Parse("x.txtar", []byte(c.src))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.src, err, c.want)
		}
	}
}

// runSelector returns whether the -test.run pattern selects a test name
// ("Test/sub/sub"), matching element by element as the testing package
// does: the pattern is split at slashes outside brackets and parentheses,
// each element must match the name's element at the same level, and a
// name with fewer elements than the pattern is selected (its subtests may
// match). Without -run everything is selected.
func runSelector() func(name string) bool {
	f := flag.Lookup("test.run")
	if f == nil {
		return func(string) bool { return true }
	}
	return selector(f.Value.String())
}

// selector is runSelector for a given pattern.
func selector(pattern string) func(name string) bool {
	if pattern == "" {
		return func(string) bool { return true }
	}
	var elems []*regexp.Regexp
	for _, e := range splitPattern(pattern) {
		re, err := regexp.Compile(e)
		if err != nil {
			return func(string) bool { return true }
		}
		elems = append(elems, re)
	}
	return func(name string) bool {
		parts := strings.Split(name, "/")
		for i, re := range elems {
			if i >= len(parts) {
				return true
			}
			if !re.MatchString(parts[i]) {
				return false
			}
		}
		return true
	}
}

// splitPattern splits a -run pattern at slashes outside [] and ().
func splitPattern(p string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '[', '(':
			depth++
		case ']', ')':
			if depth > 0 {
				depth--
			}
		case '/':
			if depth == 0 {
				out = append(out, p[start:i])
				start = i + 1
			}
		}
	}
	return append(out, p[start:])
}
