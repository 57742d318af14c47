package rt

import (
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// randomIntOperand draws from small values, the neighbourhoods of ±2**63,
// ±2**64, ±2**256 and random big values up to 600 bits.
func randomIntOperand(r *rand.Rand) *big.Int {
	b := new(big.Int)
	switch r.IntN(7) {
	case 0:
		b.SetInt64(r.Int64N(2001) - 1000)
	case 1:
		b.SetInt64(int64(r.Uint64()))
	case 2, 3:
		exp := []uint{31, 32, 62, 63, 64, 127, 128, 255, 256, 257}[r.IntN(10)]
		b.Lsh(big.NewInt(1), exp)
		b.Add(b, big.NewInt(r.Int64N(7)-3))
	case 4:
		b.SetUint64(r.Uint64())
		b.Lsh(b, uint(r.IntN(64)))
	default:
		words := 1 + r.IntN(10)
		for range words {
			b.Lsh(b, 64)
			b.Or(b, new(big.Int).SetUint64(r.Uint64()))
		}
		b.Rsh(b, uint(r.IntN(64)))
	}
	if r.IntN(2) == 0 {
		b.Neg(b)
	}
	return b
}

// refFloorDivMod is Python's floor division computed from Euclidean division
// (a different route from the implementation's truncated division).
func refFloorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).DivMod(a, b, new(big.Int)) // 0 <= m < |b|
	if b.Sign() < 0 && m.Sign() != 0 {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

func TestIntOpsAgainstMathBig(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	check := func(what string, a, b *big.Int, got Int, want *big.Int) {
		t.Helper()
		if got.Big().Cmp(want) != 0 || got.IsSmall() != want.IsInt64() {
			t.Fatalf("%s(%s, %s) = %s (small=%v), want %s", what, a, b, got.Big(), got.IsSmall(), want)
		}
	}
	for range 50000 {
		a, b := randomIntOperand(r), randomIntOperand(r)
		x, y := IntFromBig(new(big.Int).Set(a)), IntFromBig(new(big.Int).Set(b))
		check("add", a, b, x.Add(y), new(big.Int).Add(a, b))
		check("sub", a, b, x.Sub(y), new(big.Int).Sub(a, b))
		check("mul", a, b, x.Mul(y), new(big.Int).Mul(a, b))
		check("and", a, b, x.And(y), new(big.Int).And(a, b))
		check("or", a, b, x.Or(y), new(big.Int).Or(a, b))
		check("xor", a, b, x.Xor(y), new(big.Int).Xor(a, b))
		check("neg", a, b, x.Neg(), new(big.Int).Neg(a))
		for _, try := range []struct {
			name string
			f    func(Int) (Int, bool)
			full func(Int) Int
		}{{"TryAdd", x.TryAdd, x.Add}, {"TrySub", x.TrySub, x.Sub}, {"TryMul", x.TryMul, x.Mul}} {
			if r, ok := try.f(y); ok {
				if !x.IsSmall() || !y.IsSmall() || !r.Equal(try.full(y)) {
					t.Fatalf("%s(%s, %s) = %s, true", try.name, a, b, r.Big())
				}
			} else if x.IsSmall() && y.IsSmall() && try.full(y).IsSmall() {
				t.Fatalf("%s(%s, %s) declined a small result", try.name, a, b)
			}
		}
		if b.Sign() > 0 {
			if q, ok := x.TryFloorDiv(y); ok != (x.IsSmall() && y.IsSmall()) || ok && !q.Equal(x.FloorDiv(y)) {
				t.Fatalf("TryFloorDiv(%s, %s)", a, b)
			}
			if m, ok := x.TryMod(y); ok != (x.IsSmall() && y.IsSmall()) || ok && !m.Equal(x.Mod(y)) {
				t.Fatalf("TryMod(%s, %s)", a, b)
			}
		}
		check("invert", a, b, x.Invert(), new(big.Int).Not(a))
		if b.Sign() != 0 {
			q, m := refFloorDivMod(a, b)
			check("floordiv", a, b, x.FloorDiv(y), q)
			check("mod", a, b, x.Mod(y), m)
			dq, dm := x.DivMod(y)
			check("divmod.q", a, b, dq, q)
			check("divmod.r", a, b, dm, m)
		}
		s := uint(r.IntN(300))
		check("lsh", a, b, x.Lsh(IntFromInt64(int64(s))), new(big.Int).Lsh(a, s))
		check("rsh", a, b, x.Rsh(IntFromInt64(int64(s))), new(big.Int).Rsh(a, s))
		if x.Cmp(y) != a.Cmp(b) || x.Equal(y) != (a.Cmp(b) == 0) {
			t.Fatalf("cmp(%s, %s)", a, b)
		}
		e := int64(r.IntN(12))
		check("pow", a, b, x.PowInt(IntFromInt64(e)), new(big.Int).Exp(a, big.NewInt(e), nil))
		if x.String() != a.String() {
			t.Fatalf("String(%s) = %s", a, x.String())
		}
		if got := IntFromString(a.String(), 10); !got.Equal(x) {
			t.Fatalf("IntFromString(%s) = %s", a, got)
		}
		if got := IntFromString(a.Text(16), 16); !got.Equal(x) {
			t.Fatalf("IntFromString(%s, 16) = %s", a.Text(16), got)
		}
	}
}

const intRandomScript = `
import sys
out = []
for line in sys.stdin:
    a, b, s = line.split()
    a, b, s = int(a), int(b), int(s)
    res = [a + b, a - b, a * b, a & b, a | b, a ^ b, a << s, a >> s, hash(a)]
    if b:
        res += [a // b, a % b]
        try:
            res.append(repr(a / b))
        except OverflowError as e:
            res.append('OverflowError')
        m = abs(b) if abs(b) > 1 else 7
        try:
            res.append(pow(a, -1 if s % 3 == 0 else s, m if s % 2 else -m))
        except ValueError:
            res.append('ValueError')
    try:
        res.append(repr(float(a)))
    except OverflowError:
        res.append('OverflowError')
    res += [a < b, a == b, float(b) < a if abs(b) < 2**1000 else '-']
    out.append(' '.join(map(str, res)))
sys.stdout.write('\n'.join(out))
`

// TestIntOpsRandomAgainstCPython runs 20,000 random operand pairs (with the
// ±2**63, ±2**64 and ±2**256 boundaries) through CPython and compares every
// operator, true division, modular pow, float conversion and hash.
func TestIntOpsRandomAgainstCPython(t *testing.T) {
	pyoracle.Require(t)
	r := rand.New(rand.NewPCG(3, 4))
	type triple struct {
		a, b Int
		s    int64
	}
	var in strings.Builder
	var ts []triple
	for range 20000 {
		a, b := randomIntOperand(r), randomIntOperand(r)
		s := int64(r.IntN(200))
		in.WriteString(a.String() + " " + b.String() + " " + strconv.FormatInt(s, 10) + "\n")
		ts = append(ts, triple{IntFromBig(a), IntFromBig(b), s})
	}
	out, err := pyoracle.Run(intRandomScript, []byte(in.String()))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(out), "\n")
	if len(lines) != len(ts) {
		t.Fatalf("got %d lines, want %d", len(lines), len(ts))
	}
	pyBool := func(b bool) string { return map[bool]string{true: "True", false: "False"}[b] }
	bad := 0
	for i, tr := range ts {
		a, b, s := tr.a, tr.b, IntFromInt64(tr.s)
		res := []string{a.Add(b).String(), a.Sub(b).String(), a.Mul(b).String(), a.And(b).String(), a.Or(b).String(),
			a.Xor(b).String(), a.Lsh(s).String(), a.Rsh(s).String(), strconv.FormatInt(HashInt(a), 10)}
		if !b.IsZero() {
			res = append(res, a.FloorDiv(b).String(), a.Mod(b).String())
			var q string
			if exc := Catch(func() { q = FloatRepr(a.TrueDiv(b)) }); exc != nil {
				q = exc.Cls.Name
			}
			res = append(res, q)
			m := b.Abs()
			if m.Cmp(IntFromInt64(1)) <= 0 {
				m = IntFromInt64(7)
			}
			if tr.s%2 == 0 {
				m = m.Neg()
			}
			e := s
			if tr.s%3 == 0 {
				e = IntFromInt64(-1)
			}
			var p string
			if exc := Catch(func() { p = a.PowMod(e, m).String() }); exc != nil {
				p = exc.Cls.Name
			}
			res = append(res, p)
		}
		var f string
		if exc := Catch(func() { f = FloatRepr(IntToFloat(a)) }); exc != nil {
			f = exc.Cls.Name
		}
		res = append(res, f, pyBool(a.Cmp(b) < 0), pyBool(a.Equal(b)))
		if b.BitLen() <= 1000 {
			res = append(res, pyBool(Truth(Compare(OpLT, IntToFloat(b), a))))
		} else {
			res = append(res, "-")
		}
		got := strings.Join(res, " ")
		if got != lines[i] {
			bad++
			if bad <= 10 {
				t.Errorf("a=%s b=%s s=%d\n   CPython: %.300s\n   ours:    %.300s", a, b, tr.s, lines[i], got)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d triples differ", bad, len(ts))
	}
}
