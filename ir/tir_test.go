package ir

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLowerGoldens lowers the contracts of testdata/tir and compares the IR
// dumps with the goldens (UPDATE=1 rewrites them; review the diff).
func TestLowerGoldens(t *testing.T) {
	files, _ := filepath.Glob("testdata/tir/*.py")
	if len(files) == 0 {
		t.Fatal("no IR cases")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r := Check(f, src, Options{})
			if r.Module == nil {
				t.Fatalf("syntax error: %v", r.Diags)
			}
			got := Lower(r).Dump()
			golden := strings.TrimSuffix(f, ".py") + ".ir"
			if os.Getenv("UPDATE") != "" {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("IR of %s differs from %s:\n%s", f, golden, got)
			}
		})
	}
}

// TestLowerBigContract lowers the benchmark contract: every function, every
// name resolved, no unsupported nodes.
func TestLowerBigContract(t *testing.T) {
	r := Check("big.py", bigContract(1700), Options{})
	p := Lower(r)
	if len(p.Funcs) < 100 {
		t.Fatalf("only %d functions", len(p.Funcs))
	}
	dump := p.Dump()
	for _, bad := range []string{"<unsupported", "<nil>"} {
		if strings.Contains(dump, bad) {
			t.Errorf("dump contains %s", bad)
		}
	}
}

func BenchmarkLower1700(b *testing.B) {
	src := bigContract(1700)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r := Check("big.py", src, Options{})
		Lower(r)
	}
}
