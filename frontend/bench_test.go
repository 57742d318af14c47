package frontend

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

func loadStdlib(b testing.TB) ([][]byte, int64) {
	files := stdlibFiles(b)
	var srcs [][]byte
	var total int64
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		total += int64(len(src))
	}
	return srcs, total
}

// BenchmarkParseStdlib parses every file of CPython's standard library per
// iteration; MB/s is source bytes parsed per second.
func BenchmarkParseStdlib(b *testing.B) {
	srcs, total := loadStdlib(b)
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			ParseFile("x.py", src)
		}
	}
}

// BenchmarkDumpStdlib measures ast.dump formatting of the parsed stdlib.
func BenchmarkDumpStdlib(b *testing.B) {
	srcs, total := loadStdlib(b)
	var mods []*Module
	for _, src := range srcs {
		if m, err := ParseFile("x.py", src); err == nil {
			mods = append(mods, m)
		}
	}
	b.SetBytes(total)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, m := range mods {
			Dump(m, true)
		}
	}
}

// TestParseSpeedVsCPython compares parse throughput with CPython's
// ast.parse on the same files (best of 3 runs each). It runs only with
// GENVM_BENCH=1 (see bench/parse/run.sh) and fails if we are slower.
func TestParseSpeedVsCPython(t *testing.T) {
	if os.Getenv("GENVM_BENCH") == "" {
		t.Skip("set GENVM_BENCH=1 to compare parse speed with CPython")
	}
	files := stdlibFiles(t)
	srcs, total := loadStdlib(t)
	best := time.Duration(1 << 62)
	for r := 0; r < 3; r++ {
		start := time.Now()
		for _, src := range srcs {
			ParseFile("x.py", src)
		}
		if d := time.Since(start); d < best {
			best = d
		}
	}
	script := `import ast, sys, time, warnings
warnings.simplefilter("ignore")
srcs = [open(p, "rb").read() for p in sys.stdin.read().split("\n") if p]
best = 1e9
for _ in range(3):
    t = time.perf_counter()
    for s in srcs:
        try:
            ast.parse(s)
        except Exception:
            pass
    best = min(best, time.perf_counter() - t)
print(best)`
	pyoracle.Require(t)
	out, err := pyoracle.Run(script, []byte(strings.Join(files, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	py, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		t.Fatal(err)
	}
	mb := float64(total) / 1e6
	ours := mb / best.Seconds()
	theirs := mb / py
	msg := fmt.Sprintf("genvmc: %.1f MB/s, CPython ast.parse: %.1f MB/s, ratio %.2f", ours, theirs, ours/theirs)
	t.Log(msg)
	if ours < theirs {
		t.Errorf("slower than CPython: %s", msg)
	}
}
