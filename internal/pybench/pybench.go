// Package pybench times Python statements under CPython 3.13 so that Go
// benchmarks can report a ratio against CPython measured in the same run.
//
// Ratio tests are opt-in (GENVM_BENCH=1): performance is reported, never
// asserted, and timing never runs in the default test command.
package pybench

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// Enabled reports whether ratio benchmarks were requested (GENVM_BENCH=1).
func Enabled() bool { return os.Getenv("GENVM_BENCH") == "1" }

// Op is one operation timed on both sides.
type Op struct {
	Name  string
	Setup string // Python setup code
	Stmt  string // Python statement timed with timeit
	Go    func(b *testing.B)
}

const driver = `
import sys, json, timeit
ops = json.loads(sys.stdin.read())
res = []
for setup, stmt in ops:
    t = timeit.Timer(stmt, setup)
    n, _ = t.autorange()
    best = min(t.repeat(repeat=3, number=n)) / n
    res.append(best * 1e9)
print(json.dumps(res))
`

// Report times every op in CPython (one process) and in Go, and logs a table
// of ns/op, allocations and the speed ratio. It fails if CPython is missing.
func Report(t *testing.T, ops []Op) {
	t.Helper()
	pyoracle.Require(t)
	pairs := make([][2]string, len(ops))
	for i, op := range ops {
		pairs[i] = [2]string{op.Setup, op.Stmt}
	}
	in, _ := json.Marshal(pairs)
	out, err := pyoracle.Run(driver, in)
	if err != nil {
		t.Fatal(err)
	}
	var pyNs []float64
	if err := json.Unmarshal(out, &pyNs); err != nil {
		t.Fatalf("pybench: %v: %s", err, out)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%-32s %12s %12s %10s %8s\n", "operation", "CPython ns", "Go ns", "allocs/op", "speedup")
	for i, op := range ops {
		r := testing.Benchmark(op.Go)
		goNs := float64(r.T.Nanoseconds()) / float64(r.N)
		fmt.Fprintf(&sb, "%-32s %12.1f %12.1f %10d %7.1fx\n", op.Name, pyNs[i], goNs, r.AllocsPerOp(), pyNs[i]/goNs)
	}
	t.Log(sb.String())
}
