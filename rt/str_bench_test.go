package rt

import (
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pybench"
)

var (
	benchSink     Value
	benchA        Value = strings.Repeat("x", 20)
	benchB        Value = strings.Repeat("y", 20)
	benchText           = strings.Repeat("abcdefghij", 10)
	benchTextU          = strings.Repeat("abcdéfghij", 10)
	benchCSV            = strings.Repeat("field,", 99) + "field"
	benchSentence       = strings.Repeat("the quick  brown fox ", 10)
	benchWords          = func() *List { return txStringList(strings.Split(benchCSV, ",")) }()
	benchSliceKey       = NewSlice(Int{small: 10}, Int{small: 50}, None)
)

func BenchmarkStrConcat(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		benchSink = Binary(OpAdd, benchA, benchB)
	}
}

func BenchmarkStrSliceASCII(b *testing.B) {
	b.ReportAllocs()
	var s Value = benchText
	for i := 0; i < b.N; i++ {
		benchSink = GetItem(s, benchSliceKey)
	}
}

func BenchmarkStrSliceNonASCII(b *testing.B) {
	b.ReportAllocs()
	var s Value = benchTextU
	for i := 0; i < b.N; i++ {
		benchSink = GetItem(s, benchSliceKey)
	}
}

func BenchmarkStrIndexASCII(b *testing.B) {
	b.ReportAllocs()
	var s Value = benchText
	k := Int{small: 42}
	for i := 0; i < b.N; i++ {
		benchSink = GetItem(s, k)
	}
}

func BenchmarkStrSplitSep(b *testing.B) {
	b.ReportAllocs()
	args := []Value{","}
	for i := 0; i < b.N; i++ {
		benchSink = CallMethod(benchCSV, "split", args, nil)
	}
}

func BenchmarkStrSplitWhitespace(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		benchSink = CallMethod(benchSentence, "split", nil, nil)
	}
}

func BenchmarkStrJoin(b *testing.B) {
	b.ReportAllocs()
	args := []Value{benchWords}
	for i := 0; i < b.N; i++ {
		benchSink = CallMethod(",", "join", args, nil)
	}
}

func BenchmarkStrLower(b *testing.B) {
	b.ReportAllocs()
	s := strings.ToUpper(benchText)
	for i := 0; i < b.N; i++ {
		benchSink = CallMethod(s, "lower", nil, nil)
	}
}

func BenchmarkStrFormatFloat(b *testing.B) {
	b.ReportAllocs()
	var x Value = 3.14159
	for i := 0; i < b.N; i++ {
		benchSink = Format(x, ".2f")
	}
}

func BenchmarkStrFormatMethod(b *testing.B) {
	b.ReportAllocs()
	args := []Value{"abc", Int{small: 42}}
	for i := 0; i < b.N; i++ {
		benchSink = CallMethod("{} = {:>5}", "format", args, nil)
	}
}

func BenchmarkBytesDecodeUTF8(b *testing.B) {
	b.ReportAllocs()
	raw := Bytes(benchTextU)
	for i := 0; i < b.N; i++ {
		benchSink = CallMethod(raw, "decode", nil, nil)
	}
}

// Typed variants: what statically typed generated code calls (no boxing,
// no dispatch).

var typedSink string
var typedSinkList []string

func BenchmarkStrConcatTyped(b *testing.B) {
	b.ReportAllocs()
	x, y := benchA.(string), benchB.(string)
	for i := 0; i < b.N; i++ {
		typedSink = x + y
	}
}

func BenchmarkStrSliceTyped(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		typedSink = StrSlice(benchText, 10, 50)
	}
}

func BenchmarkStrIndexTyped(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		typedSink = StrIndex(benchText, 42)
	}
}

func BenchmarkStrSplitSepTyped(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		typedSinkList = StrSplitSep(benchCSV, ",", -1)
	}
}

func BenchmarkStrJoinTyped(b *testing.B) {
	b.ReportAllocs()
	words := strings.Split(benchCSV, ",")
	for i := 0; i < b.N; i++ {
		typedSink = StrJoin(",", words)
	}
}

// TestStrBenchRatio reports Go-vs-CPython timings for the str hot paths
// (GENVM_BENCH=1).
func TestStrBenchRatio(t *testing.T) {
	if !pybench.Enabled() {
		t.Skip("set GENVM_BENCH=1 for CPython ratio benchmarks")
	}
	setup := "a = 'x' * 20; b = 'y' * 20; t = 'abcdefghij' * 10; tu = 'abcdéfghij' * 10; " +
		"csv = 'field,' * 99 + 'field'; sent = 'the quick  brown fox ' * 10; words = csv.split(','); " +
		"up = t.upper(); x = 3.14159; raw = tu.encode()"
	pybench.Report(t, []pybench.Op{
		{Name: "str concat a + b", Setup: setup, Stmt: "a + b", Go: BenchmarkStrConcat},
		{Name: "  typed", Setup: setup, Stmt: "a + b", Go: BenchmarkStrConcatTyped},
		{Name: "str slice t[10:50]", Setup: setup, Stmt: "t[10:50]", Go: BenchmarkStrSliceASCII},
		{Name: "  typed", Setup: setup, Stmt: "t[10:50]", Go: BenchmarkStrSliceTyped},
		{Name: "str slice non-ASCII tu[10:50]", Setup: setup, Stmt: "tu[10:50]", Go: BenchmarkStrSliceNonASCII},
		{Name: "str index t[42]", Setup: setup, Stmt: "t[42]", Go: BenchmarkStrIndexASCII},
		{Name: "  typed", Setup: setup, Stmt: "t[42]", Go: BenchmarkStrIndexTyped},
		{Name: "str split(',') 100 fields", Setup: setup, Stmt: "csv.split(',')", Go: BenchmarkStrSplitSep},
		{Name: "  typed", Setup: setup, Stmt: "csv.split(',')", Go: BenchmarkStrSplitSepTyped},
		{Name: "str split() 40 words", Setup: setup, Stmt: "sent.split()", Go: BenchmarkStrSplitWhitespace},
		{Name: "str ','.join(100)", Setup: setup, Stmt: "','.join(words)", Go: BenchmarkStrJoin},
		{Name: "  typed", Setup: setup, Stmt: "','.join(words)", Go: BenchmarkStrJoinTyped},
		{Name: "str lower 100 chars", Setup: setup, Stmt: "up.lower()", Go: BenchmarkStrLower},
		{Name: "format(x, '.2f')", Setup: setup, Stmt: "format(x, '.2f')", Go: BenchmarkStrFormatFloat},
		{Name: "'{} = {:>5}'.format", Setup: setup, Stmt: "'{} = {:>5}'.format('abc', 42)", Go: BenchmarkStrFormatMethod},
		{Name: "bytes.decode utf-8 100 chars", Setup: setup, Stmt: "raw.decode()", Go: BenchmarkBytesDecodeUTF8},
	})
}
