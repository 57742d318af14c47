package rt

import (
	"math"
	"math/big"
)

// This file computes x ** y for floats correctly rounded, as C's pow does in
// practice (glibc's pow is correctly rounded in all but astronomically rare
// cases, and CPython's float ** float calls it). Go's math.Pow is not: it can
// be several ulps off (65536 ** 1.5 gives 16777215.999999996). Integer
// exponents are computed exactly and rounded once; other exponents through
// exp(y * log(x)) evaluated with 192-bit big.Float arithmetic, whose error is
// far below the rounding granularity of a double.

// powPrec is the working precision of the exp/log evaluation.
const powPrec = 192

var ln2Big = func() *big.Float {
	// ln 2 = 2 atanh(1/3).
	third := new(big.Float).SetPrec(powPrec).Quo(big.NewFloat(1).SetPrec(powPrec), big.NewFloat(3).SetPrec(powPrec))
	return bigAtanh2(third)
}()

// bigAtanh2 returns 2*atanh(z) = 2*(z + z^3/3 + z^5/5 + ...) for |z| < 1/2.
func bigAtanh2(z *big.Float) *big.Float {
	sum := new(big.Float).SetPrec(powPrec).Set(z)
	z2 := new(big.Float).SetPrec(powPrec).Mul(z, z)
	term := new(big.Float).SetPrec(powPrec).Set(z)
	t := new(big.Float).SetPrec(powPrec)
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		t.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(k))
		if t.Sign() == 0 || t.MantExp(nil)-sum.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, t)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// bigLog returns log(x) for finite x > 0.
func bigLog(x float64) *big.Float {
	frac, exp := math.Frexp(x) // x = frac * 2**exp, frac in [0.5, 1)
	if frac < math.Sqrt2/2 {
		frac *= 2
		exp--
	}
	// frac in [0.707, 1.414): z = (frac-1)/(frac+1) in (-0.172, 0.172).
	f := new(big.Float).SetPrec(powPrec).SetFloat64(frac)
	one := new(big.Float).SetPrec(powPrec).SetInt64(1)
	num := new(big.Float).SetPrec(powPrec).Sub(f, one)
	den := new(big.Float).SetPrec(powPrec).Add(f, one)
	z := new(big.Float).SetPrec(powPrec).Quo(num, den)
	l := bigAtanh2(z)
	e := new(big.Float).SetPrec(powPrec).SetInt64(int64(exp))
	e.Mul(e, ln2Big)
	return l.Add(l, e)
}

// bigExpToFloat returns exp(t) rounded to a float64 (±Inf/0 out of range).
func bigExpToFloat(t *big.Float) float64 {
	tf, _ := t.Float64()
	if tf > 710 {
		return math.Inf(1)
	}
	if tf < -746 {
		return 0
	}
	// t = k ln2 + r, |r| <= ln2/2.
	k := math.Round(tf / math.Ln2)
	kb := new(big.Float).SetPrec(powPrec).SetFloat64(k)
	r := new(big.Float).SetPrec(powPrec).Mul(kb, ln2Big)
	r.Sub(t, r)
	// exp(r) = exp(r/2^8)^(2^8).
	r.SetMantExp(r, -8)
	sum := new(big.Float).SetPrec(powPrec).SetInt64(1)
	term := new(big.Float).SetPrec(powPrec).SetInt64(1)
	for n := int64(1); n < 100; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(powPrec).SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -powPrec-4 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < 8; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}

// powCorrect returns x ** y, correctly rounded, for finite x > 0, y != 0
// finite, x != 1. The fast double-double evaluation decides almost every
// case; when its result lies too close to a rounding boundary to be sure,
// the exact or 192-bit evaluation decides.
func powCorrect(x, y float64) float64 {
	if y == 1 {
		return x
	}
	if y == 0.5 {
		return math.Sqrt(x)
	}
	if y == 2 {
		return float64(x * x) // one IEEE multiplication is correctly rounded
	}
	if f, ok := powDD(x, y); ok {
		return f
	}
	if y == math.Trunc(y) && math.Abs(y) <= 1024 {
		if f, ok := powExactInt(x, int(math.Abs(y)), y < 0); ok {
			return f
		}
	}
	return powBig(x, y)
}

// powBig evaluates exp(y * log(x)) with 192-bit big.Float arithmetic.
func powBig(x, y float64) float64 {
	t := bigLog(x)
	t.Mul(t, new(big.Float).SetPrec(powPrec).SetFloat64(y))
	return bigExpToFloat(t)
}

// powExactInt returns x**n (or x**-n if inv) computed exactly and rounded
// once, when the result's exponent is in the normal range.
func powExactInt(x float64, n int, inv bool) (float64, bool) {
	mant, exp := math.Frexp(x)
	m := int64(math.Ldexp(mant, 53))
	e := exp - 53
	re := float64(exp) * float64(n)
	if re > 1030 || re < -1000 || (inv && re > 1000) {
		return 0, false
	}
	prec := uint(53*n + 64)
	base := new(big.Float).SetPrec(prec).SetInt64(m)
	acc := new(big.Float).SetPrec(prec).SetInt64(1)
	for k := n; k > 0; k >>= 1 {
		if k&1 != 0 {
			acc.Mul(acc, base)
		}
		if k > 1 {
			base.Mul(base, base)
		}
	}
	acc.SetMantExp(acc, e*n)
	var f float64
	if inv {
		r := new(big.Float).SetPrec(53).Quo(new(big.Float).SetPrec(53).SetInt64(1), acc)
		f, _ = r.Float64()
	} else {
		f, _ = acc.Float64()
	}
	return f, true
}
