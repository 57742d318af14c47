package math

import (
	"math"
	"testing"
)

var sink float64

func BenchmarkSin(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = crSin(1.2345 + float64(i&7))
	}
}

func BenchmarkExp(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = crExp(1.2345 + float64(i&7))
	}
}

func BenchmarkLog(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = crLog(1.2345 + float64(i&7))
	}
}

func BenchmarkGoSin(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sink = math.Sin(1.2345 + float64(i&7))
	}
}
