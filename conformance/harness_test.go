package conformance

import (
	"context"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/codegen"
)

// engine builds case contracts with the build driver into the shared test
// cache, Python through the lowering (as /contract.py, the name GenVM gives
// contracts).
func engine() *ChainEngine {
	b := codegen.NewBuilder(codegen.TestCacheDir(), "test")
	b.Verify = false
	b.Lower = func(code []byte) (map[string][]byte, error) { return codegen.Generate("/contract.py", code) }
	return &ChainEngine{Resolve: func(ctx context.Context, code []byte) (string, error) {
		a, err := b.Compile(ctx, code)
		if err != nil {
			return "", err
		}
		return a.Path, nil
	}}
}

// TestCases runs the conformance suite (UPDATE=1 rewrites expectations).
func TestCases(t *testing.T) {
	if n := RunFiles(t, "cases/*/*.txtar", engine()); n == 0 {
		t.Fatal("no conformance cases found under cases/")
	}
}

// TestCompareCatchesDifferences: a wrong expectation is reported.
func TestCompareCatchesDifferences(t *testing.T) {
	c, err := Load("cases/runtime/store.txtar")
	if err != nil {
		t.Fatal(err)
	}
	actual, err := c.Run(context.Background(), engine(), t.TempDir())
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
