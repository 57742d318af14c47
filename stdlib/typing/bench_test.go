package typing

import (
	"testing"

	"github.com/genvm-go/genvm/rt"
)

// BenchmarkOptionalSubscript times Optional[int], the commonest runtime
// typing expression (module-level aliases evaluated once per transaction).
func BenchmarkOptionalSubscript(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = rt.GetItem(Optional, rt.IntType)
	}
}

// BenchmarkNamedTupleNew times building a NamedTuple record by keyword.
func BenchmarkNamedTupleNew(b *testing.B) {
	nt := NewNamedTuple("P", "__main__", []string{"x", "y"}, []rt.Value{rt.IntType, rt.IntType}, []rt.Value{rt.IntFromInt64(0)})
	kw := []rt.KW{{Name: "y", Value: rt.IntFromInt64(2)}}
	args := []rt.Value{rt.IntFromInt64(1)}
	b.ReportAllocs()
	for b.Loop() {
		_ = nt.New(args, kw)
	}
}
