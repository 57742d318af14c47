package rt

import (
	"math"
	"strconv"
	"testing"
)

// onlyPythonErrors runs f and fails if it panics with anything but a Python
// exception.
func onlyPythonErrors(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s: Go panic %v", what, r)
		}
	}()
	Catch(f)
}

// FuzzIntFromString checks that int(s, base) either raises a Python
// exception or returns a value that round-trips through str.
func FuzzIntFromString(f *testing.F) {
	for _, s := range []string{"0", "-12", " 1_000 ", "0x_ff", "0b", "١٢", "9223372036854775808", "--1", "_", "0o7_7"} {
		f.Add(s, 0)
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		if base < 0 {
			base = -base
		}
		base %= 40
		onlyPythonErrors(t, "int("+strconv.Quote(s)+")", func() {
			v := IntFromString(s, base)
			if !IntFromString(v.String(), 10).Equal(v) {
				t.Fatalf("int(%q, %d) = %s does not round-trip", s, base, v)
			}
			if v.IsSmall() != v.Big().IsInt64() {
				t.Fatalf("int(%q, %d) not normalised", s, base)
			}
		})
	})
}

// FuzzParseFloat checks float(s) and float.fromhex(s) never panic in Go and
// that repr round-trips.
func FuzzParseFloat(f *testing.F) {
	for _, s := range []string{"1.5", "inf", "-nan", "1_0.0_1", "1e400", ".5e-3", "0x1.8p3", "1.", "e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		onlyPythonErrors(t, "float("+strconv.Quote(s)+")", func() {
			x := ParseFloat(s)
			if y := ParseFloat(FloatRepr(x)); !(y == x || math.IsNaN(x) && math.IsNaN(y)) || math.Signbit(x) != math.Signbit(y) && !math.IsNaN(x) {
				t.Fatalf("float(%q) = %v does not round-trip through repr %q", s, x, FloatRepr(x))
			}
		})
		onlyPythonErrors(t, "float.fromhex("+strconv.Quote(s)+")", func() {
			x := FloatFromHex(s)
			if y := FloatFromHex(FloatHex(x)); !(y == x || math.IsNaN(x) && math.IsNaN(y)) {
				t.Fatalf("fromhex(%q) = %v does not round-trip through hex", s, x)
			}
		})
	})
}

// FuzzFloatOps checks that float arithmetic, round and formatting never
// panic in Go on arbitrary bit patterns.
func FuzzFloatOps(f *testing.F) {
	f.Add(uint64(0x3ff8000000000000), uint64(0x4000000000000000), int64(2))
	f.Add(uint64(0x7ff0000000000000), uint64(0x8000000000000000), int64(-400))
	f.Fuzz(func(t *testing.T, a, b uint64, nd int64) {
		x, y := math.Float64frombits(a), math.Float64frombits(b)
		for _, op := range []BinaryOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow} {
			onlyPythonErrors(t, "op", func() { Binary(op, x, y) })
		}
		onlyPythonErrors(t, "round", func() { FloatRound(x, IntFromInt64(nd)) })
		onlyPythonErrors(t, "round int", func() { FloatRoundInt(x) })
		onlyPythonErrors(t, "int vs float", func() { CompareIntFloat(IntFromInt64(nd), x) })
		for _, code := range []byte{'e', 'f', 'g', 'r'} {
			onlyPythonErrors(t, "format", func() { FormatFloat(x, code, int(uint64(nd)%30), FloatAlt) })
		}
	})
}
