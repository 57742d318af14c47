package json

import (
	"strconv"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pybench"
	"github.com/genvm-go/genvm/rt"
)

// benchDoc is a ~10 KB JSON document shaped like contract state: a list of
// records with strings, ints, floats, booleans, nulls and nested lists.
var benchDoc = func() string {
	var b strings.Builder
	b.WriteString(`{"version": 3, "owner": "0x5B38Da6a701c568545dCfcB03FcB875f56beddC4", "items": [`)
	for i := 0; b.Len() < 10000; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(`{"id": ` + strconv.Itoa(i) + `, "name": "item-` + strconv.Itoa(i) + ` é", "price": ` +
			strconv.FormatFloat(float64(i)*1.25+0.1, 'g', -1, 64) + `, "active": ` + strconv.FormatBool(i%2 == 0) +
			`, "tags": ["a", "b\n", "c"], "meta": null}`)
	}
	b.WriteString(`]}`)
	return b.String()
}()

func BenchmarkLoads10KB(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchDoc)))
	for i := 0; i < b.N; i++ {
		Loads(benchDoc)
	}
}

func BenchmarkDumps10KB(b *testing.B) {
	v := Loads(benchDoc)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Dumps(v)
	}
}

func BenchmarkDumpsIndent10KB(b *testing.B) {
	v := Loads(benchDoc)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		e := NewEncoder()
		e.SetIndent("  ")
		e.ItemSep = ","
		e.Encode(v)
	}
}

// TestBenchRatio reports json.loads/dumps speed against CPython (GENVM_BENCH=1).
func TestBenchRatio(t *testing.T) {
	if !pybench.Enabled() {
		t.Skip("set GENVM_BENCH=1 for CPython ratio benchmarks")
	}
	setup := "import json\ndoc = " + rt.StrRepr(benchDoc) + "\nv = json.loads(doc)"
	pybench.Report(t, []pybench.Op{
		{Name: "json.loads 10KB", Setup: setup, Stmt: "json.loads(doc)", Go: BenchmarkLoads10KB},
		{Name: "json.dumps 10KB", Setup: setup, Stmt: "json.dumps(v)", Go: BenchmarkDumps10KB},
		{Name: "json.dumps indent=2 10KB", Setup: setup, Stmt: "json.dumps(v, indent=2)", Go: BenchmarkDumpsIndent10KB},
	})
}
