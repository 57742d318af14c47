package rt

import (
	"math"
	"math/big"
)

// This file evaluates x ** y in double-double arithmetic (about 100
// significant bits) and reports whether rounding that value to a double is
// certainly the correctly rounded x ** y. Products are computed with
// math.FMA, which Go evaluates exactly on every platform; plain products are
// wrapped in float64(...) so that the compiler cannot fuse them.

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func quickTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func twoProd(a, b float64) (float64, float64) {
	p := float64(a * b)
	return p, math.FMA(a, b, -p)
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += float64(a.hi*b.lo) + float64(a.lo*b.hi)
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += float64(a.lo * b)
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddLdexp(a dd, k int) dd { return dd{math.Ldexp(a.hi, k), math.Ldexp(a.lo, k)} }

// toDD rounds a big.Float to a double-double.
func toDD(b *big.Float) dd {
	hi, _ := b.Float64()
	r := new(big.Float).SetPrec(powPrec).Sub(b, new(big.Float).SetFloat64(hi))
	lo, _ := r.Float64()
	return dd{hi, lo}
}

var (
	ln2DD = toDD(ln2Big)
	// invFact[n] = 1/n! for n = 0..10.
	invFact = func() (t [11]dd) {
		f := new(big.Float).SetPrec(powPrec).SetInt64(1)
		for n := 0; n <= 10; n++ {
			if n > 0 {
				f.Quo(f, new(big.Float).SetPrec(powPrec).SetInt64(int64(n)))
			}
			t[n] = toDD(f)
		}
		return
	}()
)

// expDD returns m and k with exp(t) = m * 2**k, m in about [0.7, 1.42].
func expDD(t dd) (dd, int) {
	k := math.Round(t.hi / math.Ln2)
	r := ddAdd(t, ddMulF(dd{-ln2DD.hi, -ln2DD.lo}, k))
	r = ddLdexp(r, -10) // |r| <= 0.35 / 1024
	p := invFact[10]
	for n := 9; n >= 1; n-- {
		p = ddAdd(ddMul(p, r), invFact[n])
	}
	s := ddMul(p, r) // expm1(r)
	for i := 0; i < 10; i++ {
		// expm1(2a) = expm1(a) * (expm1(a) + 2)
		s = ddMul(s, ddAdd(s, dd{2, 0}))
	}
	return ddAdd(dd{1, 0}, s), int(k)
}

// logDD returns log(x) for finite x > 0 (x normal or subnormal).
func logDD(x float64) dd {
	frac, exp := math.Frexp(x)
	if frac < math.Sqrt2/2 {
		frac *= 2
		exp--
	}
	// One Newton step from Go's log (error < 1 ulp of |y0| <= 0.35):
	// y1 = y0 + frac * exp(-y0) - 1.
	y0 := math.Log(frac)
	m, k := expDD(dd{-y0, 0})
	q := ddLdexp(ddMulF(m, frac), k)
	l := ddAdd(dd{y0, 0}, ddAdd(q, dd{-1, 0}))
	return ddAdd(l, ddMulF(ln2DD, float64(exp)))
}

// ddRoundsSafely reports whether rounding v.hi + v.lo to v.hi equals
// rounding any value within a relative 2**-80 of it.
func ddRoundsSafely(v dd) bool {
	h, l := v.hi, v.lo
	var half float64
	if l >= 0 {
		half = (math.Nextafter(h, math.Inf(1)) - h) / 2
	} else {
		half = (h - math.Nextafter(h, math.Inf(-1))) / 2
	}
	return math.Abs(half-math.Abs(l)) > math.Abs(h)*0x1p-80
}

// powDD returns x ** y for finite x > 0 and whether the result is certainly
// correctly rounded (false when too close to call or out of the normal range).
func powDD(x, y float64) (float64, bool) {
	t := ddMulF(logDD(x), y)
	if !(math.Abs(t.hi) < 708) {
		return 0, false
	}
	m, k := expDD(t)
	if !ddRoundsSafely(m) {
		return 0, false
	}
	return math.Ldexp(m.hi, k), true
}
