package codegen_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/genvm-go/genvm/codegen"
)

// TestLoweringIsDeterministic: the generated Go is a pure function of the
// source (artifact hashes depend on it).
func TestLoweringIsDeterministic(t *testing.T) {
	files, _ := filepath.Glob("../conformance/programs/*.py")
	files = append(files, "testdata/contracts/counter.py", "testdata/contracts/records.py", "../examples/wizard_of_coin.py")
	if len(files) < 10 {
		t.Fatal("no programs")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err1 := codegen.Generate("/contract.py", src)
		b, err2 := codegen.Generate("/contract.py", src)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("%s: errors differ: %v / %v", f, err1, err2)
		}
		if err1 != nil {
			t.Errorf("%s: %v", f, err1)
			continue
		}
		if !bytes.Equal(a["main.go"], b["main.go"]) {
			t.Errorf("%s: two lowerings differ", f)
		}
	}
}

// BenchmarkLowerPrograms lowers every differential program (check + IR +
// Go source) once per iteration.
func BenchmarkLowerPrograms(b *testing.B) {
	files, _ := filepath.Glob("../conformance/programs/*.py")
	var srcs [][]byte
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			if _, err := codegen.Generate("/contract.py", src); err != nil {
				b.Fatal(err)
			}
		}
	}
}
