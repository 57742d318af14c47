package math

import (
	"math"
	"math/big"
)

// CPython's math functions are glibc's libm. glibc's exp, log, log2, pow,
// exp2, sin, cos, tan, atan, asin, acos and atan2 are correctly rounded in
// all but rare cases, so evaluating them with 192-bit big.Float arithmetic
// and rounding once reproduces glibc; log10, sinh, cosh, tanh, expm1,
// log1p and cbrt are glibc's own algorithms, ported (crtrig.go). Go's math
// package differs from glibc in the last place for 10-50% of inputs.

const crPrec = 192

func newF() *big.Float { return new(big.Float).SetPrec(crPrec) }

// atanh2 returns 2*atanh(z) for |z| < 1/2 by its power series.
func atanh2(z *big.Float) *big.Float {
	sum := newF().Set(z)
	z2 := newF().Mul(z, z)
	term := newF().Set(z)
	t := newF()
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		t.Quo(term, newF().SetInt64(k))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -crPrec-4 {
			break
		}
		sum.Add(sum, t)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

var (
	crLn2  = atanh2(newF().Quo(newF().SetInt64(1), newF().SetInt64(3)))
	crLn10 = func() *big.Float {
		// ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9).
		l := atanh2(newF().Quo(newF().SetInt64(1), newF().SetInt64(9)))
		return l.Add(l, newF().Mul(crLn2, newF().SetInt64(3)))
	}()
)

// bigLn returns ln(x) for finite x > 0.
func bigLn(x float64) *big.Float {
	frac, exp := math.Frexp(x)
	if frac < math.Sqrt2/2 {
		frac *= 2
		exp--
	}
	f := newF().SetFloat64(frac)
	one := newF().SetInt64(1)
	z := newF().Quo(newF().Sub(f, one), newF().Add(f, one))
	l := atanh2(z)
	e := newF().SetInt64(int64(exp))
	return l.Add(l, e.Mul(e, crLn2))
}

func toFloat(b *big.Float) float64 {
	f, _ := b.Float64()
	return f
}

// crLog is log(x) correctly rounded, with libm's special cases.
func crLog(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) || x == 1 {
		return math.Log(x)
	}
	if y, ok := fastLog(x); ok {
		return y
	}
	return toFloat(bigLn(x))
}

// crLog2 is log2(x) correctly rounded (exact for powers of two).
func crLog2(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log2(x)
	}
	if frac, exp := math.Frexp(x); frac == 0.5 {
		return float64(exp - 1)
	}
	if y, ok := fastLog2(x); ok {
		return y
	}
	return toFloat(newF().Quo(bigLn(x), crLn2))
}

// crLog10 is log10(x) correctly rounded (exact for powers of ten).
func crLog10(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log10(x)
	}
	return toFloat(newF().Quo(bigLn(x), crLn10))
}

// crExp is exp(x) correctly rounded.
func crExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || x == 0:
		return math.Exp(x)
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	}
	if y, ok := fastExp(x); ok {
		return y
	}
	t := newF().SetFloat64(x)
	k := math.Round(x / math.Ln2)
	r := newF().Mul(newF().SetFloat64(k), crLn2)
	r.Sub(t, r)
	r.SetMantExp(r, -8)
	sum := newF().SetInt64(1)
	term := newF().SetInt64(1)
	for n := int64(1); n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, newF().SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -crPrec-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < 8; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	return toFloat(sum)
}

// crLog10 is glibc's __ieee754_log10 (fdlibm's algorithm) on top of the
// correctly rounded log, which reproduces glibc's results bit for bit.
func fdlibmLog10(x float64) float64 {
	const (
		two54    = 1.80143985094819840000e+16
		ivln10   = 4.34294481903251816668e-01
		log102hi = 3.01029995663611771306e-01
		log102lo = 3.69423907715893078616e-13
	)
	if !(x > 0) || math.IsInf(x, 1) {
		return math.Log10(x)
	}
	bits := math.Float64bits(x)
	hx := int32(bits >> 32)
	k := int32(0)
	if hx < 0x00100000 {
		k -= 54
		x = float64(x * two54)
		bits = math.Float64bits(x)
		hx = int32(bits >> 32)
	}
	k += (hx >> 20) - 1023
	i := int32(uint32(k) & 0x80000000 >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	x = math.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := float64(y*log102lo) + float64(ivln10*crLog(x))
	return z + float64(y*log102hi)
}
