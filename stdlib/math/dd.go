package math

import (
	"math"
	"math/big"
)

// Fast paths for the correctly rounded exp and log: evaluate in
// double-double arithmetic (about 100 bits), and return the rounded result
// when the error bound cannot change the rounding (Ziv's test); otherwise
// the caller falls back to the big.Float evaluation. Every product goes
// through float64() or math.FMA so that the compiler cannot fuse or
// reassociate differently from what is written.

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	return dd{s, (a - (s - bb)) + (b - bb)}
}

func fastTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := float64(a * b)
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(x, y dd) dd {
	s := twoSum(x.hi, y.hi)
	t := twoSum(x.lo, y.lo)
	s.lo += t.hi
	s = fastTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return fastTwoSum(s.hi, s.lo)
}

func ddMul(x, y dd) dd {
	p := twoProd(x.hi, y.hi)
	p.lo += float64(x.hi*y.lo) + float64(x.lo*y.hi)
	return fastTwoSum(p.hi, p.lo)
}

func ddMulF(x dd, y float64) dd {
	p := twoProd(x.hi, y)
	p.lo += float64(x.lo * y)
	return fastTwoSum(p.hi, p.lo)
}

func ddDiv(x, y dd) dd {
	q1 := x.hi / y.hi
	r := ddAdd(x, ddMulF(y, -q1))
	q2 := r.hi / y.hi
	r = ddAdd(r, ddMulF(y, -q2))
	q3 := r.hi / y.hi
	q := fastTwoSum(q1, q2)
	return ddAdd(q, dd{q3, 0})
}

// roundTest returns hi+lo rounded when a relative error of 2^-eps bits
// cannot change the rounding.
func roundTest(v dd, eps int) (float64, bool) {
	y := v.hi + v.lo
	e := math.Ldexp(math.Abs(v.hi), -eps)
	if v.hi+(v.lo-e) == y && v.hi+(v.lo+e) == y {
		return y, true
	}
	return 0, false
}

// ln 2 in three parts, derived from the big.Float value: ln2Hi keeps 42
// significant bits so that k*ln2Hi is exact for |k| < 2^11.
var ln2Hi, ln2Md, ln2Lo, ln2DD = func() (float64, float64, float64, dd) {
	hi, _ := newF().SetPrec(42).SetMode(big.ToNearestEven).Set(crLn2).Float64()
	rest := newF().Sub(crLn2, newF().SetFloat64(hi))
	md, _ := rest.Float64()
	rest.Sub(rest, newF().SetFloat64(md))
	lo, _ := rest.Float64()
	whole, _ := crLn2.Float64()
	tail, _ := newF().Sub(crLn2, newF().SetFloat64(whole)).Float64()
	return hi, md, lo, dd{whole, tail}
}()

// ddExp is exp(x) for -700 < x < 709 in double-double.
func ddExp(x float64) dd {
	k := math.Round(x / math.Ln2)
	// r = x - k*ln2 in double-double.
	r := twoSum(x, float64(-k*ln2Hi)) // k*ln2Hi exact
	r = ddAdd(r, twoProd(-k, ln2Md))
	r = ddAdd(r, dd{float64(-k * ln2Lo), 0})
	// exp(r) = exp(r/256)^256.
	s := dd{math.Ldexp(r.hi, -8), math.Ldexp(r.lo, -8)}
	// Taylor to degree 11 by Horner: |s| < 0.0014.
	p := dd{1.0 / 39916800.0, 0}
	for n := 10; n >= 1; n-- {
		p = ddAdd(ddMul(p, s), dd{invFact[n].hi, invFact[n].lo})
	}
	p = ddAdd(ddMul(p, s), dd{1, 0})
	for i := 0; i < 8; i++ {
		p = ddMul(p, p)
	}
	return dd{math.Ldexp(p.hi, int(k)), math.Ldexp(p.lo, int(k))}
}

// invFact[n] is 1/n! in double-double.
var invFact = func() [12]dd {
	var t [12]dd
	t[0] = dd{1, 0}
	for n := 1; n < 12; n++ {
		t[n] = ddDiv(t[n-1], dd{float64(n), 0})
	}
	return t
}()

// fastExp returns the correctly rounded exp(x) when the double-double
// evaluation decides it.
func fastExp(x float64) (float64, bool) {
	if !(x > -700 && x < 709) {
		return 0, false
	}
	return roundTest(ddExp(x), 90)
}

// ddLog is log(x) for finite x > 0 in double-double.
func ddLog(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	num := twoSum(m, -1)
	den := twoSum(m, 1)
	z := ddDiv(num, den)
	z2 := ddMul(z, z)
	// 2*atanh(z) = 2z(1 + z^2/3 + z^4/5 + ...), |z| < 0.172: 21 terms.
	sum := invOdd[21]
	for k := 20; k >= 0; k-- {
		sum = ddAdd(ddMul(sum, z2), invOdd[k])
	}
	l := ddMul(sum, z)
	l = dd{2 * l.hi, 2 * l.lo}
	if e != 0 {
		l = ddAdd(l, ddMulF(ln2DD, float64(e)))
	}
	return l
}

// invOdd[k] is 1/(2k+1) in double-double.
var invOdd = func() [22]dd {
	var t [22]dd
	for k := range t {
		t[k] = ddDiv(dd{1, 0}, dd{float64(2*k + 1), 0})
	}
	return t
}()

// fastLog2 returns the correctly rounded log2(x) when decided.
func fastLog2(x float64) (float64, bool) {
	if !(x > 0x1p-1000 && x < math.MaxFloat64) || x == 1 {
		return 0, false
	}
	return roundTest(ddDiv(ddLog(x), ln2DD), 90)
}

// fastLog returns the correctly rounded log(x) when the double-double
// evaluation decides it.
func fastLog(x float64) (float64, bool) {
	if !(x > 0x1p-1000 && x < math.MaxFloat64) || x == 1 {
		return 0, false
	}
	return roundTest(ddLog(x), 90)
}

// pi/2 in three parts from the big.Float value: halfPi1 keeps 33
// significant bits so that k*halfPi1 is exact for |k| < 2^20.
var halfPi1, halfPi2, halfPi3 = func() (float64, float64, float64) {
	hp := bigHalfPi(crPrec)
	a, _ := newF().SetPrec(33).SetMode(big.ToNearestEven).Set(hp).Float64()
	rest := newF().Sub(hp, newF().SetFloat64(a))
	b, _ := rest.Float64()
	rest.Sub(rest, newF().SetFloat64(b))
	c, _ := rest.Float64()
	return a, b, c
}()

// invFactDD[n] is 1/n! in double-double, for the sine and cosine series.
var invFactDD = func() [32]dd {
	var t [32]dd
	t[0] = dd{1, 0}
	for n := 1; n < 32; n++ {
		t[n] = ddDiv(t[n-1], dd{float64(n), 0})
	}
	return t
}()

// ddSinCos returns sin and cos of x (|x| < 2^20) in double-double, or
// ok=false when the reduced argument is too close to zero for the error
// bound (x near a multiple of pi/2).
func ddSinCos(x float64) (s, c dd, ok bool) {
	k := math.Round(float64(x * (2 / math.Pi)))
	r := twoSum(x, float64(-k*halfPi1))
	r = ddAdd(r, twoProd(-k, halfPi2))
	r = ddAdd(r, dd{float64(-k * halfPi3), 0})
	if math.Abs(r.hi) < 0x1p-20 && k != 0 {
		return s, c, false
	}
	r2 := ddMul(r, r)
	// sin r = r * sum (-1)^n r^2n / (2n+1)!, cos r = sum (-1)^n r^2n / (2n)!
	ps := invFactDD[29] // n = 14
	pc := invFactDD[28]
	u := dd{-r2.hi, -r2.lo}
	for n := 13; n >= 0; n-- {
		ps = ddAdd(ddMul(ps, u), invFactDD[2*n+1])
		pc = ddAdd(ddMul(pc, u), invFactDD[2*n])
	}
	s = ddMul(ps, r)
	c = pc
	switch int(math.Mod(math.Mod(k, 4)+4, 4)) {
	case 1:
		s, c = c, dd{-s.hi, -s.lo}
	case 2:
		s, c = dd{-s.hi, -s.lo}, dd{-c.hi, -c.lo}
	case 3:
		s, c = dd{-c.hi, -c.lo}, s
	}
	return s, c, true
}

// fastTrig returns the correctly rounded sin (0), cos (1) or tan (2) of x
// when the double-double evaluation decides it.
func fastTrig(x float64, which int) (float64, bool) {
	if !(math.Abs(x) < 0x1p20) || math.Abs(x) < 0x1p-26 {
		return 0, false
	}
	s, c, ok := ddSinCos(x)
	if !ok {
		return 0, false
	}
	switch which {
	case 0:
		return roundTest(s, 90)
	case 1:
		return roundTest(c, 90)
	}
	return roundTest(ddDiv(s, c), 88)
}
