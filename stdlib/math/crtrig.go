package math

import (
	"math"
	"math/big"
)

// Correctly rounded trigonometric and hyperbolic functions, evaluated with
// big.Float and rounded once; glibc's double versions are correctly rounded
// in almost all cases, Go's are not.

const piPrec = 1400 // enough to reduce any double argument

var bigPi = func() *big.Float {
	// Machin: pi = 16 atan(1/5) - 4 atan(1/239).
	at := func(inv int64) *big.Float {
		x := new(big.Float).SetPrec(piPrec).Quo(big.NewFloat(1).SetPrec(piPrec), new(big.Float).SetPrec(piPrec).SetInt64(inv))
		x2 := new(big.Float).SetPrec(piPrec).Mul(x, x)
		sum := new(big.Float).SetPrec(piPrec).Set(x)
		term := new(big.Float).SetPrec(piPrec).Set(x)
		t := new(big.Float).SetPrec(piPrec)
		for k := int64(3); ; k += 2 {
			term.Mul(term, x2)
			t.Quo(term, new(big.Float).SetPrec(piPrec).SetInt64(k))
			if t.Sign() == 0 || t.MantExp(nil) < -piPrec-8 {
				break
			}
			if k%4 == 3 {
				sum.Sub(sum, t)
			} else {
				sum.Add(sum, t)
			}
		}
		return sum
	}
	p := at(5)
	p.Mul(p, new(big.Float).SetPrec(piPrec).SetInt64(16))
	q := at(239)
	q.Mul(q, new(big.Float).SetPrec(piPrec).SetInt64(4))
	return p.Sub(p, q)
}()

func bigHalfPi(prec uint) *big.Float {
	h := new(big.Float).SetPrec(prec).Set(bigPi)
	return h.SetMantExp(h, -1)
}

// reduce returns r = x - k*pi/2 with |r| <= pi/4 (at crPrec bits) and k mod 4.
func reduce(x float64) (*big.Float, int) {
	_, e := math.Frexp(x)
	prec := uint(crPrec + 64)
	if e > 0 {
		prec += uint(e)
	}
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	hp := bigHalfPi(prec)
	q := new(big.Float).SetPrec(prec).Quo(bx, hp)
	// k = round(q)
	qf, _ := q.Float64()
	var k *big.Int
	if math.Abs(qf) < 1<<52 {
		k = big.NewInt(int64(math.Round(qf)))
	} else {
		k, _ = q.Int(nil)
		frac := new(big.Float).SetPrec(prec).Sub(q, new(big.Float).SetPrec(prec).SetInt(k))
		if f, _ := frac.Float64(); f >= 0.5 {
			k.Add(k, big.NewInt(1))
		} else if f <= -0.5 {
			k.Sub(k, big.NewInt(1))
		}
	}
	r := new(big.Float).SetPrec(prec).SetInt(k)
	r.Mul(r, hp)
	r.Sub(bx, r)
	m := new(big.Int).Mod(k, big.NewInt(4)).Int64()
	return newF().Set(r), int(m)
}

// sinCosSeries returns sin(r) and cos(r) for |r| <= pi/4.
func sinCosSeries(r *big.Float) (*big.Float, *big.Float) {
	r2 := newF().Mul(r, r)
	sin := newF().Set(r)
	cos := newF().SetInt64(1)
	ts := newF().Set(r)
	tc := newF().SetInt64(1)
	for n := int64(1); n < 200; n++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, newF().SetInt64((2*n)*(2*n+1)))
		tc.Mul(tc, r2)
		tc.Quo(tc, newF().SetInt64((2*n-1)*(2*n)))
		if n%2 == 1 {
			sin.Sub(sin, ts)
			cos.Sub(cos, tc)
		} else {
			sin.Add(sin, ts)
			cos.Add(cos, tc)
		}
		if (ts.Sign() == 0 || ts.MantExp(nil) < -crPrec-8) && (tc.Sign() == 0 || tc.MantExp(nil) < -crPrec-8) {
			break
		}
	}
	return sin, cos
}

func trig(x float64, which int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if x == 0 {
		if which == 1 {
			return 1
		}
		return x
	}
	if math.Abs(x) < 0x1p-27 {
		// sin x = x - x^3/6: rounds to x (tan: x + x^3/3 likewise); cos: 1.
		if which == 1 {
			return 1
		}
		return x
	}
	if y, ok := fastTrig(x, which); ok {
		return y
	}
	r, q := reduce(x)
	s, c := sinCosSeries(r)
	switch q {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	switch which {
	case 0:
		return toFloat(s)
	case 1:
		return toFloat(c)
	}
	return toFloat(newF().Quo(s, c))
}

func crSin(x float64) float64 { return trig(x, 0) }
func crCos(x float64) float64 { return trig(x, 1) }
func crTan(x float64) float64 { return trig(x, 2) }

// bigAtan returns atan(x) for a big x.
func bigAtan(x *big.Float) *big.Float {
	neg := x.Sign() < 0
	a := newF().Abs(x)
	one := newF().SetInt64(1)
	inv := a.Cmp(one) > 0
	if inv {
		a.Quo(one, a)
	}
	// Halve the argument three times: atan(a) = 2 atan(a / (1 + sqrt(1 + a^2))).
	for i := 0; i < 3; i++ {
		t := newF().Mul(a, a)
		t.Add(t, one)
		t.Sqrt(t)
		t.Add(t, one)
		a.Quo(a, t)
	}
	a2 := newF().Mul(a, a)
	sum := newF().Set(a)
	term := newF().Set(a)
	t := newF()
	for k := int64(3); k < 400; k += 2 {
		term.Mul(term, a2)
		t.Quo(term, newF().SetInt64(k))
		if t.Sign() == 0 || t.MantExp(nil) < -crPrec-8 {
			break
		}
		if k%4 == 3 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
	}
	sum.SetMantExp(sum, 3)
	if inv {
		sum.Sub(bigHalfPi(crPrec), sum)
	}
	if neg {
		sum.Neg(sum)
	}
	return sum
}

func crAtan(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0:
		return x
	case math.IsInf(x, 0):
		return math.Copysign(math.Pi/2, x)
	case math.Abs(x) < 0x1p-27:
		return x
	}
	return toFloat(bigAtan(newF().SetFloat64(x)))
}

func crAsin(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0:
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case math.Abs(x) < 0x1p-27:
		return x
	case math.Abs(x) == 1:
		return math.Copysign(toFloat(bigHalfPi(crPrec)), x)
	}
	b := newF().SetFloat64(x)
	d := newF().Mul(b, b)
	d.Sub(newF().SetInt64(1), d)
	d.Sqrt(d)
	return toFloat(bigAtan(newF().Quo(b, d)))
}

func crAcos(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.Abs(x) > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return toFloat(newF().Set(bigPi))
	}
	b := newF().SetFloat64(x)
	var as *big.Float
	if x == 0 {
		as = newF()
	} else {
		d := newF().Mul(b, b)
		d.Sub(newF().SetInt64(1), d)
		d.Sqrt(d)
		as = bigAtan(newF().Quo(b, d))
	}
	return toFloat(newF().Sub(bigHalfPi(crPrec), as))
}

func crAtan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x) // C99 special cases, exact
	}
	q := newF().Quo(newF().SetFloat64(y), newF().SetFloat64(x))
	a := bigAtan(q)
	if x < 0 {
		pi := newF().Set(bigPi)
		if y >= 0 {
			a.Add(a, pi)
		} else {
			a.Sub(a, pi)
		}
	}
	return toFloat(a)
}

// bigExp returns e**t for a big t (|t| < 750).
func bigExp(t *big.Float) *big.Float {
	tf, _ := t.Float64()
	k := math.Round(tf / math.Ln2)
	r := newF().Mul(newF().SetFloat64(k), crLn2)
	r.Sub(t, r)
	r.SetMantExp(r, -8)
	sum := newF().SetInt64(1)
	term := newF().SetInt64(1)
	for n := int64(1); n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, newF().SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -crPrec-8 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < 8; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

func hyper(x float64, which int) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		switch which {
		case 0:
			return x
		case 1:
			return math.Inf(1)
		}
		return math.Copysign(1, x)
	case x == 0:
		if which == 1 {
			return 1
		}
		return x
	case math.Abs(x) < 0x1p-28 && which != 1:
		return x
	case math.Abs(x) > 711:
		switch which {
		case 0:
			return math.Copysign(math.Inf(1), x)
		case 1:
			return math.Inf(1)
		}
		return math.Copysign(1, x)
	case which == 2 && math.Abs(x) > 40:
		return math.Copysign(1, x)
	}
	e := bigExp(newF().SetFloat64(x))
	ei := newF().Quo(newF().SetInt64(1), e)
	switch which {
	case 0:
		s := newF().Sub(e, ei)
		return toFloat(s.SetMantExp(s, -1))
	case 1:
		s := newF().Add(e, ei)
		return toFloat(s.SetMantExp(s, -1))
	}
	return toFloat(newF().Quo(newF().Sub(e, ei), newF().Add(e, ei)))
}

func crSinh(x float64) float64 { return hyper(x, 0) }
func crCosh(x float64) float64 { return hyper(x, 1) }
func crTanh(x float64) float64 { return hyper(x, 2) }

func crExp2(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return math.Exp2(x)
	case x == math.Trunc(x) && math.Abs(x) < 1100:
		return math.Ldexp(1, int(x))
	case x > 1024:
		return math.Inf(1)
	case x < -1075:
		return 0
	}
	return toFloat(bigExp(newF().Mul(newF().SetFloat64(x), crLn2)))
}

func crExpm1(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0:
		return x
	case math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1) || x < -40:
		return -1
	case math.Abs(x) < 0x1p-54:
		return x
	case x > 709.8:
		return math.Inf(1)
	}
	e := bigExp(newF().SetFloat64(x))
	return toFloat(e.Sub(e, newF().SetInt64(1)))
}

// bigLnOf returns ln(b) for a big b > 0.
func bigLnOf(b *big.Float) *big.Float {
	m := newF()
	exp := b.MantExp(m) // b = m * 2**exp, m in [0.5, 1)
	if m.Cmp(newF().SetFloat64(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		exp--
	}
	one := newF().SetInt64(1)
	z := newF().Quo(newF().Sub(m, one), newF().Add(m, one))
	l := atanh2(z)
	e := newF().SetInt64(int64(exp))
	return l.Add(l, e.Mul(e, crLn2))
}

func crLog1p(x float64) float64 {
	switch {
	case math.IsNaN(x) || x == 0 || math.IsInf(x, 1):
		return x
	case x == -1:
		return math.Inf(-1)
	case x < -1:
		return math.NaN()
	case math.Abs(x) < 0x1p-54:
		return x
	}
	b := new(big.Float).SetPrec(crPrec + 128).SetFloat64(x)
	b.Add(b, big.NewFloat(1))
	return toFloat(bigLnOf(newF().Set(b)))
}

func crCbrt(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	y := newF().SetFloat64(math.Cbrt(x))
	b := newF().SetFloat64(x)
	three := newF().SetInt64(3)
	for i := 0; i < 4; i++ {
		// y = y - (y^3 - x) / (3 y^2)
		y2 := newF().Mul(y, y)
		num := newF().Mul(y2, y)
		num.Sub(num, b)
		den := newF().Mul(y2, three)
		y.Sub(y, num.Quo(num, den))
	}
	return toFloat(y)
}

// glibc's sinh, cosh and tanh are fdlibm's algorithms on top of expm1 and
// exp; these are line-by-line ports (Go's math.Expm1 is fdlibm's too, and
// crExp reproduces glibc's exp).

func highWord(x float64) int32 { return int32(math.Float64bits(x) >> 32) }

func fdSinh(x float64) float64 {
	jx := highWord(x)
	ix := jx & 0x7fffffff
	if ix >= 0x7ff00000 {
		return x + x
	}
	h := 0.5
	if jx < 0 {
		h = -h
	}
	if ix < 0x40360000 {
		if ix < 0x3e300000 {
			return x
		}
		t := math.Expm1(math.Abs(x))
		if ix < 0x3ff00000 {
			return float64(h * (float64(2.0*t) - float64(t*t)/(t+1)))
		}
		return float64(h * (t + t/(t+1)))
	}
	if ix < 0x40862E42 {
		return float64(h * crExp(math.Abs(x)))
	}
	lx := uint32(math.Float64bits(x))
	if ix < 0x408633CE || (ix == 0x408633ce && lx <= 0x8fb9f87d) {
		w := crExp(float64(0.5 * math.Abs(x)))
		t := float64(h * w)
		return float64(t * w)
	}
	return math.Copysign(math.Inf(1), x)
}

func fdCosh(x float64) float64 {
	ix := highWord(x) & 0x7fffffff
	if ix < 0x40360000 {
		if ix < 0x3fd62e43 {
			if ix < 0x3c800000 {
				return 1
			}
			t := math.Expm1(math.Abs(x))
			w := 1 + t
			return 1 + float64(t*t)/(w+w)
		}
		t := crExp(math.Abs(x))
		return float64(0.5*t) + 0.5/t
	}
	if ix < 0x40862e42 {
		return float64(0.5 * crExp(math.Abs(x)))
	}
	lx := uint32(math.Float64bits(x))
	if ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87d) {
		w := crExp(float64(0.5 * math.Abs(x)))
		t := float64(0.5 * w)
		return float64(t * w)
	}
	if ix >= 0x7ff00000 {
		return float64(x * x)
	}
	return math.Inf(1)
}

func fdTanh(x float64) float64 {
	jx := highWord(x)
	ix := jx & 0x7fffffff
	if ix >= 0x7ff00000 {
		if math.IsNaN(x) {
			return x
		}
		return math.Copysign(1, x)
	}
	var z float64
	if ix < 0x40360000 {
		if x == 0 {
			return x
		}
		if ix < 0x3c800000 {
			return float64(x * (1 + x))
		}
		if ix >= 0x3ff00000 {
			t := math.Expm1(float64(2 * math.Abs(x)))
			z = 1 - 2/(t+2)
		} else {
			t := math.Expm1(float64(-2 * math.Abs(x)))
			z = -t / (t + 2)
		}
	} else {
		z = 1
	}
	if jx >= 0 {
		return z
	}
	return -z
}

// cbrtFactor is glibc's factor table, computed in float64 arithmetic as C
// does (Go would fold 1.0/SQR_CBRT2 exactly and round once, which differs).
var cbrtFactor = func() [5]float64 {
	cbrt2, sqr := 1.2599210498948731648, 1.5874010519681994748
	one := 1.0
	return [5]float64{one / sqr, one / cbrt2, 1.0, cbrt2, sqr}
}()

// glibcCbrt is glibc's s_cbrt.c.
func glibcCbrt(x float64) float64 {
	if x == 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return x + x
	}
	xm, xe := math.Frexp(math.Abs(x))
	u := 0.354895765043919860 + float64((1.50819193781584896+
		float64((-2.11499494167371287+
			float64((2.44693122563534430+
				float64((-1.83469277483613086+
					float64((0.784932344976639262-float64(0.145263899385486377*xm))*xm))*xm))*xm))*xm))*xm)
	t2 := float64(float64(u*u) * u)
	ym := float64(float64(float64(u*(t2+float64(2.0*xm)))/(float64(2.0*t2)+xm)) * cbrtFactor[2+xe%3])
	return math.Copysign(math.Ldexp(ym, xe/3), x)
}
