package fuel_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// bombsContract holds the end-to-end bombs as methods of one contract, so
// that they cost one build.
const bombsContract = `# { "Depends": "py-genlayer:test" }
from genlayer import *


def recurse(n: int) -> int:
    return recurse(n + 1)


class Bombs(gl.Contract):
    def __init__(self):
        pass

    @gl.public.write
    def str_doubling(self) -> None:
        s = "x"
        while True:
            s = s + s

    @gl.public.write
    def fstring_doubling(self) -> None:
        s = "x"
        while True:
            s = f"{s}{s}"

    @gl.public.write
    def list_repetition(self) -> None:
        l = [0] * 10**8

    @gl.public.write
    def dict_comprehension(self) -> None:
        d = {i: i for i in range(10**9)}

    @gl.public.write
    def huge_power(self) -> None:
        x = 10 ** 10**8

    @gl.public.write
    def huge_repetition(self) -> None:
        s = "a" * 2**40

    @gl.public.write
    def endless_loop(self) -> None:
        while True:
            pass

    @gl.public.write
    def unbounded_recursion(self) -> None:
        recurse(0)
`

// TestBombsEndToEnd compiles bombs with genvmc and runs them as GenVM runs
// transactions: each must print the documented result line within the
// host's wall-clock safety net, without crashing the artifact. The
// contract's methods cover function-level code, one self-run script
// (GenVM's module-level cases) the module level. With GENVM_SOAK=1 each
// runs a second time and must print the same, and the dict comprehension
// (seconds of real work) runs too.
func TestBombsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds genvmc and compiles contracts")
	}
	dir := t.TempDir()
	genvmc := filepath.Join(dir, "genvmc")
	build := exec.Command("go", "build", "-o", genvmc, "github.com/genvm-go/genvm/cmd/genvmc")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building genvmc: %v\n%s", err, out)
	}
	contract := filepath.Join(dir, "bombs.py")
	script := filepath.Join(dir, "script.py")
	if err := os.WriteFile(contract, []byte(bombsContract), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(script, []byte("# { \"Depends\": \"py-genlayer:test\" }\ns = \"x\"\nwhile True:\n    s = s + s\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The shared test cache (codegen.TestCacheDir, not imported: it would
	// link the verifier's x/tools into this test): its runtime tree is
	// written and verified once for all test runs (artifacts are keyed by
	// genvmc's own hash).
	cache := filepath.Join(os.TempDir(), "genvmc-test-cache")
	for _, c := range []struct {
		name, file, method, want string
		soakOnly                 bool // 10^7 dict entries: seconds of real work
	}{
		{"str doubling at module level", script, "", "executed with `VMError(\"OOM\")`", false},
		{"str doubling", contract, "str_doubling", "executed with `VMError(\"OOM\")`", false},
		{"f-string doubling", contract, "fstring_doubling", "executed with `VMError(\"OOM\")`", false},
		{"list repetition", contract, "list_repetition", "executed with `VMError(\"OOM\")`", false},
		{"dict comprehension", contract, "dict_comprehension", "executed with `VMError(\"OOM\")`", true},
		{"huge power", contract, "huge_power", "executed with `VMError(\"timeout\")`", false},
		{"huge repetition", contract, "huge_repetition", "executed with `VMError(\"OOM\")`", false},
		{"endless loop", contract, "endless_loop", "executed with `VMError(\"timeout\")`", false},
		{"unbounded recursion", contract, "unbounded_recursion", "executed with `VMError(\"exit_code 1\")`", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.soakOnly && !soak() {
				t.Skip("GENVM_SOAK=1 runs it (rt/fuel's in-process bombs cover it by default)")
			}
			args := []string{"run", c.file, "--state", t.TempDir()}
			if c.method != "" {
				args = append(args, "--calldata", fmt.Sprintf(`{"method":%q}`, c.method))
			}
			runs := 1
			if soak() {
				runs = 2
			}
			var outs []string
			for range runs {
				cmd := exec.Command(genvmc, args...)
				cmd.Env = append(os.Environ(), "GENVMC_CACHE="+cache)
				var stderr strings.Builder
				cmd.Stderr = &stderr
				start := time.Now()
				out, err := cmd.Output()
				if err != nil {
					t.Fatalf("genvmc run: %v\n%s%s", err, out, stderr.String())
				}
				// The process cap is a safety net: the Go runtime running
				// out of real memory is not the deterministic budget.
				if strings.Contains(stderr.String(), "fatal error") {
					t.Fatalf("the artifact crashed:\n%.2000s", stderr.String())
				}
				if d := time.Since(start); d > 50*time.Second {
					t.Errorf("took %v: the budgets, not the wall clock, must end it", d)
				}
				if c.method == "unbounded_recursion" && !strings.Contains(stderr.String(), "RecursionError: maximum recursion depth exceeded") {
					t.Errorf("no RecursionError traceback:\n%.2000s", stderr.String())
				}
				outs = append(outs, string(out))
			}
			if !strings.HasSuffix(outs[0], c.want+"\n") {
				t.Fatalf("output %q, want %q", outs[0], c.want)
			}
			if len(outs) == 2 && outs[0] != outs[1] {
				t.Fatalf("runs differ: %q vs %q", outs[0], outs[1])
			}
		})
	}
}
