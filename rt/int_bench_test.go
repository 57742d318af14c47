package rt

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pybench"
)

// Sinks keep the compiler from discarding benchmarked results.
var (
	sinkInt   Int
	sinkValue Value
	sinkFloat float64
	sinkStr   string
)

func BenchmarkIntAddSmall(b *testing.B) {
	b.ReportAllocs()
	x, y := IntFromInt64(123456), IntFromInt64(789)
	for range b.N {
		x = x.Add(y)
	}
	sinkInt = x
}

func BenchmarkIntMulSmall(b *testing.B) {
	b.ReportAllocs()
	x, y := IntFromInt64(123456), IntFromInt64(789)
	var r Int
	for range b.N {
		r = x.Mul(y)
	}
	sinkInt = r
}

func BenchmarkIntFloorDivModSmall(b *testing.B) {
	b.ReportAllocs()
	x, y := IntFromInt64(-123456789), IntFromInt64(1000)
	var q, m Int
	for range b.N {
		q = x.FloorDiv(y)
		m = x.Mod(y)
	}
	sinkInt = q.Add(m)
}

func BenchmarkIntSumLoop(b *testing.B) {
	// total = 0; for i in range(1000): total += i * i
	b.ReportAllocs()
	for range b.N {
		total := IntFromInt64(0)
		for i := int64(0); i < 1000; i++ {
			v := IntFromInt64(i)
			total = total.Add(v.Mul(v))
		}
		sinkInt = total
	}
}

func BenchmarkIntAddDynamic(b *testing.B) {
	b.ReportAllocs()
	var x, y Value = IntFromInt64(123), IntFromInt64(789)
	var r Value
	for range b.N {
		r = Binary(OpAdd, x, y)
	}
	sinkValue = r
}

func BenchmarkIntMul256(b *testing.B) {
	b.ReportAllocs()
	x := IntFromInt64(2).PowInt(IntFromInt64(255)).Sub(IntFromInt64(19))
	y := IntFromInt64(3).PowInt(IntFromInt64(100))
	var r Int
	for range b.N {
		r = x.Mul(y)
	}
	sinkInt = r
}

func BenchmarkIntPowMod256(b *testing.B) {
	b.ReportAllocs()
	p := IntFromInt64(2).PowInt(IntFromInt64(255)).Sub(IntFromInt64(19))
	x := IntFromInt64(3)
	e := p.Sub(IntFromInt64(2))
	for range b.N {
		sinkInt = x.PowMod(e, p)
	}
}

func BenchmarkIntString(b *testing.B) {
	b.ReportAllocs()
	x := IntFromInt64(1234567890123)
	for range b.N {
		sinkStr = x.String()
	}
}

func BenchmarkIntFromString(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		sinkInt = IntFromString("1234567890123", 10)
	}
}

func BenchmarkFloatRepr(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		sinkStr = FloatRepr(3.141592653589793)
	}
}

func BenchmarkFloatRound2(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		sinkFloat = FloatRound(2.675, IntFromInt64(2))
	}
}

func BenchmarkFloatParse(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		sinkFloat = ParseFloat("1234.5678")
	}
}

func BenchmarkFloatPow(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		sinkFloat = FloatPow(1.0001, 1234.5)
	}
}

// TestNumbersSpeedRatio reports Go/CPython timings for the number hot paths
// (GENVM_BENCH=1).
func TestNumbersSpeedRatio(t *testing.T) {
	if !pybench.Enabled() {
		t.Skip("set GENVM_BENCH=1 to time against CPython")
	}
	pybench.Report(t, []pybench.Op{
		{Name: "small int add", Setup: "x, y = 123456, 789", Stmt: "x + y", Go: BenchmarkIntAddSmall},
		{Name: "small int mul", Setup: "x, y = 123456, 789", Stmt: "x * y", Go: BenchmarkIntMulSmall},
		{Name: "small int // and %", Setup: "x, y = -123456789, 1000", Stmt: "x // y; x % y", Go: BenchmarkIntFloorDivModSmall},
		{Name: "sum of squares 1000", Setup: "", Stmt: "t = 0\nfor i in range(1000): t += i * i", Go: BenchmarkIntSumLoop},
		{Name: "int add (dynamic)", Setup: "x, y = 123, 789", Stmt: "x + y", Go: BenchmarkIntAddDynamic},
		{Name: "256-bit int mul", Setup: "x, y = 2**255 - 19, 3**100", Stmt: "x * y", Go: BenchmarkIntMul256},
		{Name: "256-bit pow mod", Setup: "p = 2**255 - 19", Stmt: "pow(3, p - 2, p)", Go: BenchmarkIntPowMod256},
		{Name: "str(int)", Setup: "x = 1234567890123", Stmt: "str(x)", Go: BenchmarkIntString},
		{Name: "int(str)", Setup: "s = '1234567890123'", Stmt: "int(s)", Go: BenchmarkIntFromString},
		{Name: "repr(float)", Setup: "x = 3.141592653589793", Stmt: "repr(x)", Go: BenchmarkFloatRepr},
		{Name: "round(float, 2)", Setup: "x = 2.675", Stmt: "round(x, 2)", Go: BenchmarkFloatRound2},
		{Name: "float(str)", Setup: "s = '1234.5678'", Stmt: "float(s)", Go: BenchmarkFloatParse},
		{Name: "float ** float", Setup: "x, y = 1.0001, 1234.5", Stmt: "x ** y", Go: BenchmarkFloatPow},
		{Name: "hash(str)", Setup: "s = 'some_storage_key'", Stmt: "hash(s + '')", Go: BenchmarkHashStr},
	})
}
