package rt

import (
	"math"
	"math/big"
	"strconv"
)

// Bounds of ndigits outside which round(x, ndigits) is x itself or a zero
// (CPython's NDIGITS_MAX and NDIGITS_MIN for IEEE doubles).
const (
	ndigitsMax = 323
	ndigitsMin = -308
)

// FloatRoundInt returns round(f) with no ndigits: the nearest Int, ties to
// even, raising ValueError for NaN and OverflowError for infinities.
func FloatRoundInt(f float64) Int {
	return IntFromFloat(math.RoundToEven(f))
}

// FloatRound returns round(f, ndigits): the double nearest to f correctly
// rounded to ndigits decimal places (ties to even, on f's exact binary
// value), as CPython's dtoa-based double_round computes it. It raises
// OverflowError "rounded value too large to represent" when rounding
// overflows.
func FloatRound(f float64, ndigits Int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return f
	}
	nd, ok := ndigits.Int64()
	if !ok {
		if ndigits.Sign() > 0 {
			return f
		}
		return 0.0 * f
	}
	switch {
	case nd > ndigitsMax:
		return f
	case nd < ndigitsMin:
		return 0.0 * f
	}
	if f == 0 {
		return f
	}
	if nd >= 0 {
		s := strconv.FormatFloat(f, 'f', int(nd), 64)
		r, err := strconv.ParseFloat(s, 64)
		if err != nil {
			panic(NewException(OverflowError, "rounded value too large to represent"))
		}
		if r == 0 {
			return math.Copysign(0, f)
		}
		return r
	}
	// Negative ndigits: round f / 10**k to an integer, exactly.
	k := -nd
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
	x := new(big.Rat).SetFloat64(f)
	q := new(big.Rat).Quo(x, new(big.Rat).SetInt(pow))
	num, den := q.Num(), q.Denom()
	n, r := new(big.Int).QuoRem(num, den, new(big.Int)) // truncated
	twice := new(big.Int).Lsh(new(big.Int).Abs(r), 1)
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && n.Bit(0) == 1) {
		if num.Sign() < 0 {
			n.Sub(n, bigOne)
		} else {
			n.Add(n, bigOne)
		}
	}
	if n.Sign() == 0 {
		return math.Copysign(0, f)
	}
	res, err := strconv.ParseFloat(n.String()+"e"+strconv.FormatInt(k, 10), 64)
	if err != nil || math.IsInf(res, 0) {
		panic(NewException(OverflowError, "rounded value too large to represent"))
	}
	return res
}
