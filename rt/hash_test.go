package rt

import (
	"math"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
)

func TestHashesAgainstCPython(t *testing.T) {
	var cases []pycase.Case
	h := func(py string, f func() int64) {
		cases = append(cases, pycase.Case{Py: "hash(" + py + ")", Go: func() string {
			return Outcome(func() Value { return IntFromInt64(f()) })
		}})
	}
	strs := []string{"", "a", "b", "ab", "abc", "abcdefg", "abcdefgh", "abcdefghi", "hello world", "key", "value",
		"0", "1", "é", "café", "€", "a€", "😀", "a😀", "ÿ", "\x00", "\u0100", "日本語", strings.Repeat("x", 63),
		strings.Repeat("x", 64), strings.Repeat("x", 65), strings.Repeat("yz", 100), "\ud7ff", "\U0010ffff", "\u00ff\u0100"}
	for _, s := range strs {
		s := s
		h(Repr(s), func() int64 { return HashStr(s) })
		h("b"+testBytesRepr([]byte(s)), func() int64 { return HashBytes(Bytes(s)) })
	}
	// A lone surrogate, stored as WTF-8.
	h("'\\ud800'", func() int64 { return HashStr("\xed\xa0\x80") })
	h("'a\\udfff'", func() int64 { return HashStr("a\xed\xbf\xbf") })
	ints := []string{"0", "1", "-1", "-2", "2**61-2", "2**61-1", "2**61", "-(2**61-1)", "-2**61", "2**63-1", "-2**63",
		"2**63", "2**64", "-(2**64)", "2**100", "-(2**100)", "3**200", "-(7**150)", "2**122-1", "2**183+5"}
	for _, s := range ints {
		s := s
		cases = append(cases, pycase.Case{Py: "hash(" + s + ")", Go: func() string {
			v := evalIntExpr(s)
			return Outcome(func() Value { return IntFromInt64(Hash(v)) })
		}})
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, -2.25, 1e300, 1e-300, 5e-324, math.MaxFloat64,
		math.Inf(1), math.Inf(-1), 0.1, 2305843009213693951.0, 1e19, -1e19, 123456.789} {
		f := f
		h(floatVal(f).py, func() int64 { return HashFloat(f) })
	}
	h("True", func() int64 { return Hash(true) })
	h("False", func() int64 { return Hash(false) })
	h("None", func() int64 { return Hash(None) })
	i := IntFromInt64
	tuples := []struct {
		py    string
		items []Value
	}{
		{"()", nil},
		{"(1,)", []Value{i(1)}},
		{"(1, 2)", []Value{i(1), i(2)}},
		{"(1, (2, 3), 'a')", []Value{i(1), &Tuple{Items: []Value{i(2), i(3)}}, "a"}},
		{"('a', 'b', 'c')", []Value{"a", "b", "c"}},
		{"(1.5, True, None)", []Value{1.5, true, None}},
		{"(-1,)", []Value{i(-1)}},
		{"((),)", []Value{&Tuple{}}},
		{"(2**100, b'x')", []Value{IntFromInt64(2).PowInt(i(100)), Bytes("x")}},
	}
	for _, tc := range tuples {
		tc := tc
		h(tc.py, func() int64 { return HashTuple(tc.items) })
	}
	cases = append(cases, pycase.Case{Py: "hash([])", Go: func() string {
		return Outcome(func() Value { return IntFromInt64(HashTuple([]Value{&List{}})) })
	}})
	pycase.Check(t, cases)
}

// evalIntExpr evaluates the tiny expressions of the hash table (a**b, +, -,
// unary minus, parentheses) with math/big-backed Int operations.
func evalIntExpr(s string) Int {
	s = strings.ReplaceAll(s, " ", "")
	if strings.HasPrefix(s, "-(") && strings.HasSuffix(s, ")") {
		return evalIntExpr(s[2 : len(s)-1]).Neg()
	}
	if strings.HasPrefix(s, "-") {
		return evalIntExpr(s[1:]).Neg()
	}
	if i := strings.LastIndexAny(s, "+-"); i > 0 {
		return evalIntExpr(s[:i]).Add(map[byte]Int{'+': IntFromInt64(1), '-': IntFromInt64(-1)}[s[i]].Mul(evalIntExpr(s[i+1:])))
	}
	if a, b, ok := strings.Cut(s, "**"); ok {
		return evalIntExpr(a).PowInt(evalIntExpr(b))
	}
	return bigDec(s)
}

func TestHashIntMatchesHashFloatOnIntegers(t *testing.T) {
	for _, v := range []int64{0, 1, -1, 2, 1 << 52, -(1 << 53), 1 << 62, math.MinInt64} {
		if HashInt(IntFromInt64(v)) != HashFloat(float64(v)) {
			t.Errorf("hash(%d) != hash(float(%d))", v, v)
		}
	}
	big := IntFromInt64(3).PowInt(IntFromInt64(300))
	if HashInt(big) != HashFloat(IntToFloat(big)) && IntToFloat(big) == math.Trunc(IntToFloat(big)) {
		// Only equal when the float is exactly the int, which 3**300 is not.
		if new(bigFloatCheck).exact(big) {
			t.Error("hash mismatch for an exactly representable big int")
		}
	}
	p := IntFromInt64(2).PowInt(IntFromInt64(900))
	if HashInt(p) != HashFloat(IntToFloat(p)) {
		t.Error("hash(2**900) != hash(2.0**900)")
	}
}

type bigFloatCheck struct{}

func (bigFloatCheck) exact(i Int) bool {
	return CompareIntFloat(i, IntToFloat(i)) == 0
}

func BenchmarkHashStr(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		HashStr("some_storage_key")
	}
}

func BenchmarkHashInt(b *testing.B) {
	b.ReportAllocs()
	x := IntFromInt64(123456789)
	for range b.N {
		HashInt(x)
	}
}

func BenchmarkHashTuple(b *testing.B) {
	b.ReportAllocs()
	items := []Value{IntFromInt64(7), "key", true}
	var sink int64
	for b.Loop() {
		sink += HashTuple(items)
	}
	_ = sink
}
