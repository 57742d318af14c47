package rt

import (
	"math"
	"math/big"
)

// This file holds float arithmetic with CPython's semantics: floor division
// and modulo with the sign of the divisor, pow's special cases and error
// messages, and exact comparisons between ints and floats.

// FloatTrueDiv returns a / b, raising ZeroDivisionError for b == 0.
func FloatTrueDiv(a, b float64) float64 {
	if b == 0 {
		panic(NewException(ZeroDivisionError, "float division by zero"))
	}
	return a / b
}

// FloatMod returns a % b: the result has the sign of b (Python's float_rem).
func FloatMod(a, b float64) float64 {
	if b == 0 {
		panic(NewException(ZeroDivisionError, "float modulo by zero"))
	}
	return floatMod(a, b)
}

func floatMod(a, b float64) float64 {
	mod := math.Mod(a, b)
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
		}
	} else {
		mod = math.Copysign(0, b)
	}
	return mod
}

// FloatFloorDiv returns a // b as CPython computes it (from divmod).
func FloatFloorDiv(a, b float64) float64 {
	if b == 0 {
		panic(NewException(ZeroDivisionError, "float floor division by zero"))
	}
	q, _ := floatDivMod(a, b)
	return q
}

// FloatDivMod returns divmod(a, b).
func FloatDivMod(a, b float64) (float64, float64) {
	if b == 0 {
		panic(NewException(ZeroDivisionError, "float divmod()"))
	}
	return floatDivMod(a, b)
}

// floatDivMod is CPython's _float_div_mod.
func floatDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// isOddInteger reports whether f is an odd integer.
func isOddInteger(f float64) bool {
	return math.Mod(f, 2) != 0 && math.Trunc(f) == f && !math.IsInf(f, 0)
}

// FloatPow returns iv ** iw with CPython's float_pow special cases and
// errors: ZeroDivisionError for 0.0 to a negative power, OverflowError
// "(34, 'Numerical result out of range')" on overflow, and ValueError for a
// negative base with a non-integer exponent (CPython returns a complex
// number there; see docs/deviations.md).
func FloatPow(iv, iw float64) float64 {
	if iw == 0 {
		return 1.0
	}
	if math.IsNaN(iv) {
		return iv
	}
	if math.IsNaN(iw) {
		if iv == 1.0 {
			return 1.0
		}
		return iw
	}
	if math.IsInf(iw, 0) {
		iv = math.Abs(iv)
		if iv == 1.0 {
			return 1.0
		}
		if (iw > 0) == (iv > 1.0) {
			return math.Abs(iw)
		}
		return 0.0
	}
	if math.IsInf(iv, 0) {
		odd := isOddInteger(iw)
		if iv > 0 {
			if iw > 0 {
				return iv
			}
			return 0.0
		}
		if iw > 0 {
			if odd {
				return iv
			}
			return -iv
		}
		if odd {
			return math.Copysign(0, -1)
		}
		return 0.0
	}
	if iv == 0.0 {
		odd := isOddInteger(iw)
		if iw < 0 {
			panic(NewException(ZeroDivisionError, "0.0 cannot be raised to a negative power"))
		}
		if odd {
			return iv
		}
		return 0.0
	}
	negate := false
	if iv < 0.0 {
		if iw != math.Floor(iw) {
			panic(NewException(ValueError, "complex numbers are not supported (negative number raised to a fractional power)"))
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1.0 {
		if negate {
			return -1.0
		}
		return 1.0
	}
	ix := powCorrect(iv, iw)
	if math.IsInf(ix, 0) {
		panic(NewException(OverflowError, "(34, 'Numerical result out of range')"))
	}
	if negate {
		ix = -ix
	}
	return ix
}

// CompareIntFloat compares i with f exactly (CPython never converts a big int
// to float for comparisons). It returns -1, 0, +1, or 2 when f is NaN.
func CompareIntFloat(i Int, f float64) int {
	if math.IsNaN(f) {
		return 2
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return -1
		}
		return 1
	}
	if i.big == nil && i.small >= -(1<<53) && i.small <= 1<<53 {
		g := float64(i.small)
		switch {
		case g < f:
			return -1
		case g > f:
			return 1
		}
		return 0
	}
	fl := math.Floor(f)
	fi, _ := new(big.Float).SetFloat64(fl).Int(nil)
	c := i.bigView().Cmp(fi)
	if c != 0 {
		return c
	}
	if f > fl {
		return -1
	}
	return 0
}

// cmpResult turns a three-way comparison (2 = unordered) into op's result.
func cmpResult(op CompareOp, c int) bool {
	if c == 2 {
		return op == OpNE
	}
	switch op {
	case OpLT:
		return c < 0
	case OpLE:
		return c <= 0
	case OpEQ:
		return c == 0
	case OpNE:
		return c != 0
	case OpGT:
		return c > 0
	}
	return c >= 0
}

// FloatIsInteger returns float.is_integer().
func FloatIsInteger(f float64) bool {
	return !math.IsInf(f, 0) && !math.IsNaN(f) && math.Trunc(f) == f
}

// FloatAsIntegerRatio returns float.as_integer_ratio(): the lowest-terms
// numerator and positive denominator equal to f.
func FloatAsIntegerRatio(f float64) (Int, Int) {
	if math.IsInf(f, 0) {
		panic(NewException(OverflowError, "cannot convert Infinity to integer ratio"))
	}
	if math.IsNaN(f) {
		panic(NewException(ValueError, "cannot convert NaN to integer ratio"))
	}
	r := new(big.Rat).SetFloat64(f)
	return IntFromBig(new(big.Int).Set(r.Num())), IntFromBig(new(big.Int).Set(r.Denom()))
}
