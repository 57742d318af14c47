package re

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pybench"
	"github.com/genvm-go/genvm/rt"
)

const benchText = "Sure! Here is the result:\n```json\n{\"verdict\": \"approved\", \"score\": 87, \"reasons\": [\"clear\", \"complete\"]}\n```\nLet me know if you need anything else."

func BenchmarkSearchCodeFence(b *testing.B) {
	m := Module()
	f, _ := m.Get("search")
	args := []rt.Value{"(?s)```(?:json)?\\s*(.*?)\\s*```", benchText}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt.Call(f, args, nil)
	}
}

func BenchmarkSubNonAlnum(b *testing.B) {
	m := Module()
	f, _ := m.Get("sub")
	args := []rt.Value{"[^a-zA-Z0-9 ]", "", benchText}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		rt.Call(f, args, nil)
	}
}

// TestBenchRatio reports re speed against CPython (GENVM_BENCH=1).
func TestBenchRatio(t *testing.T) {
	if !pybench.Enabled() {
		t.Skip("set GENVM_BENCH=1 for CPython ratio benchmarks")
	}
	setup := "import re\ntext = " + rt.StrRepr(benchText)
	pybench.Report(t, []pybench.Op{
		{Name: "re.search code fence", Setup: setup, Stmt: "re.search(r'(?s)```(?:json)?\\s*(.*?)\\s*```', text)", Go: BenchmarkSearchCodeFence},
		{Name: "re.sub non-alnum", Setup: setup, Stmt: "re.sub('[^a-zA-Z0-9 ]', '', text)", Go: BenchmarkSubNonAlnum},
	})
}
