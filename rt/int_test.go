package rt

import (
	"strings"
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

func TestParseIntLiteralFollowsPythonSourceSyntax(t *testing.T) {
	for _, c := range []struct {
		src  string
		want string // "" = invalid
	}{
		{"0", "0"}, {"00", "0"}, {"0_0", "0"}, {"007", ""}, {"1_000", "1000"}, {"1__0", ""}, {"0x_ff", "255"},
		{"0XFF", "255"}, {"0o17", "15"}, {"0b101", "5"}, {"0b", ""}, {"-1", ""}, {"+1", ""}, {" 1", ""}, {"", ""},
		{"99999999999999999999999", "99999999999999999999999"},
	} {
		v, ok := ParseIntLiteral(c.src)
		got := ""
		if ok {
			got = v.String()
		}
		if got != c.want {
			t.Errorf("ParseIntLiteral(%q) = %q, want %q", c.src, got, c.want)
		}
	}
	// Literals are not subject to the int() digit limit.
	if v, ok := ParseIntLiteral("1" + strings.Repeat("0", 5000)); !ok || v.BitLen() < 16000 {
		t.Errorf("long literal rejected")
	}
	if IntFromUint64(1<<63).String() != "9223372036854775808" || !IntFromUint64(7).IsSmall() {
		t.Error("IntFromUint64")
	}
}
