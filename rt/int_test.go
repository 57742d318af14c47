package rt

import (
	"testing"
)

func TestIntSmoke(t *testing.T) {
	a := IntFromInt64(1 << 62)
	b := a.Add(a)
	if b.IsSmall() || b.String() != "9223372036854775808" {
		t.Fatalf("overflow promotion: %v", b)
	}
	if got := b.Sub(IntFromInt64(1)); !got.IsSmall() {
		t.Fatalf("normalisation failed")
	}
	if Repr(IntFromInt64(-7).FloorDiv(IntFromInt64(2))) != "-4" {
		t.Fatal("floordiv")
	}
}

func TestIntResourceLimitsRaiseMemoryError(t *testing.T) {
	for name, f := range map[string]func(){
		"15 ** 2**62":       func() { IntFromInt64(15).PowInt(IntFromInt64(1 << 62)) },
		"3 ** 2**40":        func() { IntFromInt64(3).PowInt(IntFromInt64(1 << 40)) },
		"(2**100) ** 2**32": func() { IntFromInt64(2).PowInt(IntFromInt64(100)).PowInt(IntFromInt64(1 << 32)) },
		"1 << 2**40":        func() { IntFromInt64(1).Lsh(IntFromInt64(1 << 40)) },
	} {
		exc := Catch(f)
		if exc == nil || exc.Cls != MemoryError {
			t.Errorf("%s: got %v, want MemoryError", name, exc)
		}
	}
	// CPython: OverflowError when the result would have more than
	// MAX_LONG_DIGITS 30-bit digits, else MemoryError (allocation); the
	// expectations were checked with python3.13.
	two := IntFromInt64(2)
	for _, c := range []struct {
		a     Int
		count Int
		want  string
	}{
		{IntFromInt64(1), two.PowInt(IntFromInt64(100)), "OverflowError: too many digits in integer"},
		{IntFromInt64(1), two.PowInt(IntFromInt64(63)), "MemoryError"},
		{IntFromInt64(1), two.PowInt(IntFromInt64(67)), "OverflowError: too many digits in integer"},
		{IntFromInt64(-1), two.PowInt(IntFromInt64(70)), "OverflowError: too many digits in integer"},
		{IntFromInt64(1), IntFromInt64(30).Mul(IntFromInt64(maxLongDigits - 1)), "MemoryError"},
		{IntFromInt64(1), IntFromInt64(30).Mul(IntFromInt64(maxLongDigits - 1)).Add(IntFromInt64(1)), "OverflowError: too many digits in integer"},
		{IntFromInt64(3), IntFromInt64(30).Mul(IntFromInt64(maxLongDigits - 1)), "MemoryError"},
		{two.PowInt(IntFromInt64(40)), IntFromInt64(30).Mul(IntFromInt64(maxLongDigits - 2)), "MemoryError"},
		{two.PowInt(IntFromInt64(40)), IntFromInt64(30).Mul(IntFromInt64(maxLongDigits - 2)).Add(IntFromInt64(1)), "OverflowError: too many digits in integer"},
		{IntFromInt64(0), two.PowInt(IntFromInt64(100)), ""},
	} {
		exc := Catch(func() { c.a.Lsh(c.count) })
		got := ""
		if exc != nil {
			got = exc.Error()
		}
		if got != c.want {
			t.Errorf("%s << %s: got %q, want %q", c.a, c.count, got, c.want)
		}
	}
}
