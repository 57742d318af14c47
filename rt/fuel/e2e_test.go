package fuel_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBombsEndToEnd compiles scripts with genvmc and runs them as GenVM runs
// its self-run cases: each bomb must print the documented result line, the
// same on a second run, within the host's wall-clock safety net.
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
	cache := filepath.Join(dir, "cache")
	for _, c := range []struct{ name, src, want string }{
		{"str doubling", "s = \"x\"\nwhile True:\n    s = s + s\n", "executed with `VMError(\"OOM\")`"},
		{"str doubling in a function", "def f():\n    s = \"x\"\n    while True:\n        s = s + s\nf()\n", "executed with `VMError(\"OOM\")`"},
		{"f-string doubling in a function", "def f():\n    s = \"x\"\n    while True:\n        s = f\"{s}{s}\"\nf()\n", "executed with `VMError(\"OOM\")`"},
		{"list repetition", "l = [0] * 10**8\n", "executed with `VMError(\"OOM\")`"},
		{"dict comprehension", "d = {i: i for i in range(10**9)}\n", "executed with `VMError(\"OOM\")`"},
		{"huge power", "x = 10 ** 10**8\n", "executed with `VMError(\"timeout\")`"},
		{"huge repetition", "s = \"a\" * 2**40\n", "executed with `VMError(\"OOM\")`"},
		{"endless loop", "while True:\n    pass\n", "executed with `VMError(\"timeout\")`"},
		{"unbounded recursion", "def f(n):\n    return f(n + 1)\nf(0)\n", "executed with `VMError(\"exit_code 1\")`"},
	} {
		t.Run(c.name, func(t *testing.T) {
			script := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".py")
			if err := os.WriteFile(script, []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			var outs [2]string
			for i := range outs {
				cmd := exec.Command(genvmc, "run", script)
				cmd.Env = append(os.Environ(), "GENVMC_CACHE="+cache)
				var stderr strings.Builder
				cmd.Stderr = &stderr
				start := time.Now()
				out, err := cmd.Output()
				if err != nil {
					t.Fatalf("genvmc run: %v\n%s", err, out)
				}
				// The process cap is a safety net: the Go runtime running
				// out of real memory is not the deterministic budget.
				if strings.Contains(stderr.String(), "fatal error") {
					t.Fatalf("the artifact crashed:\n%.2000s", stderr.String())
				}
				if d := time.Since(start); d > 50*time.Second {
					t.Errorf("took %v: the budgets, not the wall clock, must end it", d)
				}
				outs[i] = string(out)
			}
			if !strings.Contains(outs[0], c.want) {
				t.Fatalf("output %q, want %q", outs[0], c.want)
			}
			if outs[0] != outs[1] {
				t.Fatalf("runs differ: %q vs %q", outs[0], outs[1])
			}
		})
	}
}
