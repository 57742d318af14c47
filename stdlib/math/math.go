// Package math implements Python's math module: the number-theoretic
// functions on arbitrary-precision ints (gcd, lcm, comb, perm, factorial,
// isqrt), exact float summation (fsum, Shewchuk's algorithm as CPython
// implements it), CPython's correctly-rounded vector norms (hypot, dist), and
// the libm wrappers with CPython's error rules ("math domain error" when a
// finite input gives NaN, "math range error" when it overflows).
//
// Transcendental functions (exp, log, sin, ...) use Go's math package, which
// can differ from glibc's libm in the last place for some inputs; see
// docs/deviations.md.
package math

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// ToFloat converts a real number argument to float64 as PyFloat_AsDouble
// does: float, int (OverflowError when too large), bool, or a value with a
// Float slot; otherwise TypeError "must be real number, not T".
func ToFloat(v rt.Value) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case rt.Int:
		return rt.IntToFloat(x)
	case bool:
		if x {
			return 1
		}
		return 0
	}
	for _, m := range rt.TypeOf(v).MRO {
		if m.Slots.Float != nil {
			return m.Slots.Float(v)
		}
	}
	rt.Raisef(rt.TypeError, "must be real number, not ", rt.TypeName(v))
	return 0
}

// index converts an integer argument (int, bool or __index__) to rt.Int.
func index(v rt.Value) rt.Int {
	if i, ok := stdutil.ToInt(v); ok {
		return i
	}
	for _, m := range rt.TypeOf(v).MRO {
		if m.Slots.Index != nil {
			return m.Slots.Index(v)
		}
	}
	rt.Raisef(rt.TypeError, "'", rt.TypeName(v), "' object cannot be interpreted as an integer")
	return rt.Int{}
}

func domainError() { rt.Raise(rt.ValueError, "math domain error") }
func rangeError()  { rt.Raise(rt.OverflowError, "math range error") }

// math1 applies f with CPython's math_1 error rules.
func math1(x float64, f func(float64) float64, canOverflow bool) float64 {
	r := f(x)
	if math.IsNaN(r) && !math.IsNaN(x) {
		domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			rangeError()
		}
		domainError()
	}
	return r
}

// Floor is math.floor: ints are returned unchanged, floats converted.
func Floor(v rt.Value) rt.Value {
	switch x := v.(type) {
	case rt.Int:
		return x
	case bool:
		i, _ := stdutil.ToInt(x)
		return i
	}
	return rt.IntFromFloat(math.Floor(ToFloat(v)))
}

// Ceil is math.ceil.
func Ceil(v rt.Value) rt.Value {
	switch x := v.(type) {
	case rt.Int:
		return x
	case bool:
		i, _ := stdutil.ToInt(x)
		return i
	}
	return rt.IntFromFloat(math.Ceil(ToFloat(v)))
}

// Trunc is math.trunc.
func Trunc(v rt.Value) rt.Value {
	switch x := v.(type) {
	case rt.Int:
		return x
	case bool:
		i, _ := stdutil.ToInt(x)
		return i
	case float64:
		return rt.IntFromFloat(x)
	}
	rt.Raisef(rt.TypeError, "type ", rt.TypeName(v), " doesn't define __trunc__ method")
	return nil
}

// Sqrt is math.sqrt.
func Sqrt(x float64) float64 { return math1(x, math.Sqrt, false) }

// Exp is math.exp.
func Exp(x float64) float64 { return math1(x, math.Exp, true) }

// logOf computes log(x) for a float or an arbitrarily large int, as
// CPython's loghelper: ints too large for a float are split into mantissa
// and exponent.
func logOf(v rt.Value, f func(float64) float64) float64 {
	if i, ok := stdutil.ToInt(v); ok {
		if i.Sign() <= 0 {
			domainError()
		}
		x, _ := new(big.Float).SetInt(i.Big()).Float64()
		if !math.IsInf(x, 0) {
			return f(x)
		}
		// x = m * 2**e with 0.5 <= m < 1, as _PyLong_Frexp.
		mant := new(big.Float)
		exp := new(big.Float).SetPrec(53).SetInt(i.Big()).MantExp(mant)
		m, _ := mant.Float64()
		return f(m) + float64(f(2.0)*float64(exp))
	}
	x := ToFloat(v)
	if x <= 0 && !math.IsNaN(x) {
		domainError()
	}
	return math1(x, f, false)
}

// Log is math.log(x[, base]).
func Log(x, base rt.Value) float64 {
	num := logOf(x, crLog)
	if base == nil {
		return num
	}
	den := logOf(base, crLog)
	if den == 0 {
		rt.Raise(rt.ZeroDivisionError, "float division by zero")
	}
	return num / den
}

// Pow is math.pow with C99 special cases and CPython's errors.
func Pow(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) {
		if y == 0 {
			return 1
		}
		if x == 1 {
			return 1
		}
		return math.NaN()
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Pow(x, y) // Go follows C99 Annex F for infinities
	}
	if x > 0 || (x < 0 && y == math.Trunc(y)) {
		var r float64
		if exc := rt.Catch(func() { r = rt.FloatPow(x, y) }); exc != nil || math.IsInf(r, 0) {
			rangeError() // correctly rounded above, as glibc's pow
		}
		return r
	}
	r := math.Pow(x, y)
	if math.IsNaN(r) {
		domainError()
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			domainError()
		}
		rangeError()
	}
	return r
}

// Fsum is math.fsum: the correctly rounded sum of the values produced by it.
func Fsum(it rt.Iterator) float64 {
	p := make([]float64, 0, 32)
	var specialSum, infSum float64
	var lo float64
	for {
		item, ok := it.Next()
		if !ok {
			break
		}
		x := ToFloat(item)
		xsave := x
		i := 0
		for j := 0; j < len(p); j++ {
			y := p[j]
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					rt.Raise(rt.OverflowError, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 || math.IsNaN(specialSum) {
		if math.IsNaN(infSum) {
			rt.Raise(rt.ValueError, "-inf + inf in fsum")
		}
		return specialSum
	}
	hi := 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return hi
}

// vectorNorm is CPython 3.13's vector_norm: a correctly rounded Euclidean
// norm of vec (absolute values, max their maximum).
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	if math.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return math.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	_, maxE := math.Frexp(max)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return float64(dblMin * vectorNorm(vec, max/dblMin, foundNaN))
	}
	scale := math.Ldexp(1, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x = float64(x * scale)
		prHi, prLo := dlMul(x, x)
		smHi, smLo := dlFastSum(csum, prHi)
		csum = smHi
		frac1 += prLo
		frac2 += smLo
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2))
	prHi, prLo := dlMul(-h, h)
	smHi, smLo := dlFastSum(csum, prHi)
	csum = smHi
	frac1 += prLo
	frac2 += smLo
	x := csum - 1.0 + (frac1 + frac2)
	h += x / float64(2.0*h)
	return h / scale
}

func dlMul(x, y float64) (float64, float64) {
	z := float64(x * y)
	return z, math.FMA(x, y, -z)
}

func dlFastSum(a, b float64) (float64, float64) {
	x := a + b
	z := x - a
	return x, b - z
}

// Hypot is math.hypot(*coordinates).
func Hypot(coords []rt.Value) float64 {
	vec := make([]float64, len(coords))
	max, nan := 0.0, false
	for i, c := range coords {
		x := math.Abs(ToFloat(c))
		vec[i] = x
		if math.IsNaN(x) {
			nan = true
		}
		if x > max {
			max = x
		}
	}
	return vectorNorm(vec, max, nan)
}

// Dist is math.dist(p, q).
func Dist(p, q rt.Value) float64 {
	ps, qs := seqItems(p), seqItems(q)
	if len(ps) != len(qs) {
		rt.Raise(rt.ValueError, "both points must have the same number of dimensions")
	}
	vec := make([]float64, len(ps))
	max, nan := 0.0, false
	for i := range ps {
		x := math.Abs(ToFloat(ps[i]) - ToFloat(qs[i]))
		vec[i] = x
		if math.IsNaN(x) {
			nan = true
		}
		if x > max {
			max = x
		}
	}
	return vectorNorm(vec, max, nan)
}

func seqItems(v rt.Value) []rt.Value {
	switch x := v.(type) {
	case *rt.Tuple:
		return x.Items
	case *rt.List:
		return x.Items
	}
	var out []rt.Value
	it := rt.Iter(v)
	for {
		item, ok := it.Next()
		if !ok {
			return out
		}
		out = append(out, item)
	}
}

// Gcd is math.gcd(*integers).
func Gcd(args []rt.Value) rt.Int {
	g := new(big.Int)
	for _, a := range args {
		b := index(a).Big()
		g.GCD(nil, nil, g.Abs(g), b.Abs(b))
	}
	return rt.IntFromBig(g)
}

// Lcm is math.lcm(*integers).
func Lcm(args []rt.Value) rt.Int {
	l := big.NewInt(1)
	for _, a := range args {
		b := index(a).Big()
		b.Abs(b)
		if b.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		ll, lb := uint64(l.BitLen()/64+1), uint64(b.BitLen()/64+1)
		rt.ChargeBigInt(ll+lb, rt.IntMulCost(ll, lb)+(ll+lb)*(ll+lb))
		g := new(big.Int).GCD(nil, nil, l, b)
		l.Mul(l, b.Quo(b, g))
	}
	return rt.IntFromBig(l)
}

// Factorial is math.factorial(n).
func Factorial(v rt.Value) rt.Int {
	n := index(v)
	if n.Sign() < 0 {
		rt.Raise(rt.ValueError, "factorial() not defined for negative values")
	}
	k, ok := n.Int64()
	if !ok {
		rt.Raise(rt.OverflowError, "factorial() argument should not exceed 9223372036854775807")
	}
	if k < 2 {
		return rt.IntFromInt64(1)
	}
	// k! has at most k*bitlen(k) bits; binary splitting multiplies halves.
	r := uint64(k)*uint64(bits.Len64(uint64(k)))/64 + 1
	rt.ChargeBigInt(r, 2*rt.IntMulCost(r/2+1, r/2+1)+uint64(k))
	return rt.IntFromBig(new(big.Int).MulRange(1, k))
}

// Comb is math.comb(n, k).
func Comb(nv, kv rt.Value) rt.Int {
	n, k := index(nv), index(kv)
	if n.Sign() < 0 {
		rt.Raise(rt.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		rt.Raise(rt.ValueError, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return rt.IntFromInt64(0)
	}
	nk := n.Sub(k)
	if nk.Cmp(k) < 0 {
		k = nk
	}
	kk, ok := k.Int64()
	if !ok {
		rt.Raise(rt.OverflowError, "min(n - k, k) must not exceed 9223372036854775807")
	}
	// C(n, k) = prod_{i=1..k} (n-k+i)/i, exact at every step: k steps on a
	// product of at most k*bitlen(n) bits.
	rl := uint64(kk)*uint64(n.BitLen()+1)/64 + 1
	rt.ChargeBigInt(rl, 2*uint64(kk)*rl)
	r := big.NewInt(1)
	nb := n.Big()
	base := new(big.Int).Sub(nb, big.NewInt(kk))
	t := new(big.Int)
	for i := int64(1); i <= kk; i++ {
		t.Add(base, big.NewInt(i))
		r.Mul(r, t)
		r.Quo(r, big.NewInt(i))
	}
	return rt.IntFromBig(r)
}

// Perm is math.perm(n, k=None).
func Perm(nv, kv rt.Value) rt.Int {
	if stdutil.IsNone(kv) {
		return Factorial(nv)
	}
	n, k := index(nv), index(kv)
	if n.Sign() < 0 {
		rt.Raise(rt.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		rt.Raise(rt.ValueError, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return rt.IntFromInt64(0)
	}
	kk, ok := k.Int64()
	if !ok {
		rt.Raise(rt.OverflowError, "k must not exceed 9223372036854775807")
	}
	rl := uint64(kk)*uint64(n.BitLen())/64 + 1
	rt.ChargeBigInt(rl, uint64(kk)*rl)
	r := big.NewInt(1)
	t := n.Big()
	one := big.NewInt(1)
	for i := int64(0); i < kk; i++ {
		r.Mul(r, t)
		t.Sub(t, one)
	}
	return rt.IntFromBig(r)
}

// Isqrt is math.isqrt(n).
func Isqrt(v rt.Value) rt.Int {
	n := index(v)
	if n.Sign() < 0 {
		rt.Raise(rt.ValueError, "isqrt() argument must be nonnegative")
	}
	return rt.IntFromBig(new(big.Int).Sqrt(n.Big()))
}

// IsClose is math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func IsClose(a, b, relTol, absTol float64) bool {
	if relTol < 0 || absTol < 0 {
		rt.Raise(rt.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(float64(relTol*b)) || diff <= math.Abs(float64(relTol*a)) || diff <= absTol
}

// Prod is math.prod(iterable, *, start=1) with generic multiplication.
func Prod(it rt.Iterator, start rt.Value) rt.Value {
	acc := start
	for {
		item, ok := it.Next()
		if !ok {
			return acc
		}
		acc = rt.Binary(rt.OpMul, acc, item)
	}
}

// Fmod is math.fmod.
func Fmod(x, y float64) float64 {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		domainError()
	}
	return r
}

// Ldexp is math.ldexp(x, i).
func Ldexp(x float64, iv rt.Value) float64 {
	i, ok := stdutil.ToInt(iv)
	if !ok {
		rt.Raise(rt.TypeError, "Expected an int as second argument to ldexp.")
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return x
	}
	e, ok := i.Int64()
	if !ok || e > 100000 || e < -100000 {
		if i.Sign() > 0 {
			rangeError()
		}
		return math.Copysign(0, x)
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		rangeError()
	}
	return r
}

// Remainder is math.remainder (IEEE 754 remainder).
func Remainder(x, y float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsNaN(y) {
		return y
	}
	if math.IsInf(x, 0) || y == 0 {
		domainError()
	}
	return math.Remainder(x, y)
}
