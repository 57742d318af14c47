package conformance

import (
	"context"
	"strings"
	"testing"
)

// TestBatchMatchesSingle: a case gives the same stdout, storage, messages
// and stderr on the batch executable as on the contract's own artifact.
func TestBatchMatchesSingle(t *testing.T) {
	for _, f := range []string{"cases/dispatch/receive.txtar", "cases/storage/persists.txtar", "cases/erroring/traceback.txtar"} {
		c, err := Load(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := c.Run(context.Background(), engine(t), t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		want, err := c.Run(context.Background(), PlaceOnce{&ChainEngine{Resolve: builder().Resolve}}, t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d steps on the batch, %d alone", f, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s step %d: batch %+v\nalone %+v", f, i, got[i], want[i])
			}
		}
	}
}

// TestBatchDropsBrokenPackages: a contract whose package does not compile
// is left out of the batch (and reaches the fallback), the others are
// linked.
func TestBatchDropsBrokenPackages(t *testing.T) {
	good := []byte("// good\npackage main\n\nfunc main() {}\n")
	bad := []byte("// bad\npackage main\n\nfunc main() { undefinedThing() }\n")
	noMain := []byte("// no main\npackage main\n")
	var fellBack [][]byte
	x, err := NewBatch(context.Background(), builder(), [][]byte{good, bad, noMain, good}, func(_ context.Context, code []byte) (string, error) {
		fellBack = append(fellBack, code)
		return "fallback", nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if x.Len() != 1 {
		t.Fatalf("batch holds %d contracts, want 1 (dropped: %v)", x.Len(), x.Dropped)
	}
	if d := x.Dropped[codeHash(bad)]; !strings.Contains(d, "undefinedThing") {
		t.Errorf("bad contract: dropped as %q", d)
	}
	if d := x.Dropped[codeHash(noMain)]; !strings.Contains(d, "func main()") {
		t.Errorf("contract without main: dropped as %q", d)
	}
	p, err := x.Resolve(context.Background(), good)
	if err != nil || !strings.HasSuffix(p, "/c"+codeHash(good)[:24]) {
		t.Errorf("good contract resolves to %q, %v", p, err)
	}
	if p, _ := x.Resolve(context.Background(), bad); p != "fallback" || len(fellBack) != 1 {
		t.Errorf("bad contract resolves to %q (fallback calls %d)", p, len(fellBack))
	}
}

func TestRunSelector(t *testing.T) {
	if got := splitPattern(`TestCases/(a|b/c)/x[/]y`); len(got) != 3 || got[1] != "(a|b/c)" || got[2] != "x[/]y" {
		t.Errorf("splitPattern: %q", got)
	}
	for _, c := range []struct {
		pattern, name string
		want          bool
	}{
		{"", "TestCases/storage/base", true},
		{"TestCases", "TestCases/storage/base", true},
		{"TestCases/storage", "TestCases/storage/base", true},
		{"TestCases/storage", "TestCases/py-core/base", false},
		{"TestCases/(storage|dispatch)/ba", "TestCases/dispatch/base", true},
		{"TestCases/storage/x", "TestCases/storage/base", false},
		{"TestOther", "TestCases/storage/base", false},
		{"TestCases/storage/base", "TestCases", true},
	} {
		if got := selector(c.pattern)(c.name); got != c.want {
			t.Errorf("selector(%q)(%q) = %v", c.pattern, c.name, got)
		}
	}
}

// TestTracebackOnStderr: an uncaught exception's traceback goes to stderr
// in CPython's layout (without source lines, docs/deviations.md), while
// stdout has only the prints and the result line.
func TestTracebackOnStderr(t *testing.T) {
	c, err := Load("cases/erroring/traceback.txtar")
	if err != nil {
		t.Fatal(err)
	}
	got, err := c.Run(context.Background(), engine(t), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	const want = "Traceback (most recent call last):\n" +
		"  File \"/contract.py\", line 16, in boom\n" +
		"KeyError: 'missing'\n"
	if got[1].Stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", got[1].Stderr, want)
	}
	if got[1].Stdout != "before\nexecuted with `VMError(\"exit_code 1\")`\n" {
		t.Errorf("stdout: %q", got[1].Stdout)
	}
}
