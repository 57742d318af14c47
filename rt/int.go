package rt

import (
	"math"
	"math/big"
	"math/bits"
)

// This file holds the arithmetic of Int, Python's arbitrary-precision int.
// Every operation has an int64 fast path that neither allocates nor calls
// into math/big; overflow is detected exactly (math/bits) and promotes the
// computation to math/big. Results are always normalised (see the Int
// invariant): a value that fits in an int64 is never held in a *big.Int.

// IntFromInt64 returns v as an Int. It never allocates.
func IntFromInt64(v int64) Int { return Int{small: v} }

// IntFromBig returns b as an Int, normalised. The Int takes ownership of b:
// the caller must not mutate b afterwards.
func IntFromBig(b *big.Int) Int {
	if b.IsInt64() {
		return Int{small: b.Int64()}
	}
	return Int{big: b}
}

// IntFromUint64 returns v as an Int.
func IntFromUint64(v uint64) Int {
	if v <= math.MaxInt64 {
		return Int{small: int64(v)}
	}
	return Int{big: new(big.Int).SetUint64(v)}
}

// Int64 returns the value as an int64 and true, or (0, false) if it does not
// fit.
func (a Int) Int64() (int64, bool) { return a.small, a.big == nil }

// IsSmall reports whether the value fits in an int64.
func (a Int) IsSmall() bool { return a.big == nil }

// Big returns the value as a fresh *big.Int that the caller may mutate.
func (a Int) Big() *big.Int {
	if a.big == nil {
		return big.NewInt(a.small)
	}
	return new(big.Int).Set(a.big)
}

// bigView returns the value as a *big.Int that must not be mutated (no copy
// for big values).
func (a Int) bigView() *big.Int {
	if a.big == nil {
		return big.NewInt(a.small)
	}
	return a.big
}

// Sign returns -1, 0 or +1.
func (a Int) Sign() int {
	if a.big != nil {
		return a.big.Sign()
	}
	switch {
	case a.small < 0:
		return -1
	case a.small > 0:
		return 1
	}
	return 0
}

// IsZero reports whether the value is 0.
func (a Int) IsZero() bool { return a.big == nil && a.small == 0 }

// Cmp returns -1, 0 or +1 as a <, ==, > b.
func (a Int) Cmp(b Int) int {
	if a.big == nil && b.big == nil {
		switch {
		case a.small < b.small:
			return -1
		case a.small > b.small:
			return 1
		}
		return 0
	}
	return cmpSlow(a, b)
}

//go:noinline
func cmpSlow(a, b Int) int { return a.bigView().Cmp(b.bigView()) }

// Equal reports whether a == b.
func (a Int) Equal(b Int) bool {
	if a.big == nil && b.big == nil {
		return a.small == b.small
	}
	if a.big == nil || b.big == nil {
		return false // normalised: a big value never equals a small one
	}
	return a.big.Cmp(b.big) == 0
}

// Add returns a + b.
func (a Int) Add(b Int) Int {
	if r, ok := a.TryAdd(b); ok {
		return r
	}
	return addSlow(a, b)
}

//go:noinline
func addSlow(a, b Int) Int {
	chargeLinear(a, b)
	return IntFromBig(new(big.Int).Add(a.bigView(), b.bigView()))
}

// Sub returns a - b.
func (a Int) Sub(b Int) Int {
	if r, ok := a.TrySub(b); ok {
		return r
	}
	return subSlow(a, b)
}

//go:noinline
func subSlow(a, b Int) Int {
	chargeLinear(a, b)
	return IntFromBig(new(big.Int).Sub(a.bigView(), b.bigView()))
}

// Mul returns a * b.
func (a Int) Mul(b Int) Int {
	if a.big == nil && b.big == nil {
		x, y := a.small, b.small
		hi, lo := bits.Mul64(uint64(x), uint64(y))
		// Correct the unsigned high word to the signed 128-bit product's.
		hi -= uint64(x>>63) & uint64(y)
		hi -= uint64(y>>63) & uint64(x)
		if int64(hi) == int64(lo)>>63 {
			return Int{small: int64(lo)}
		}
	}
	return mulSlow(a, b)
}

//go:noinline
func mulSlow(a, b Int) Int {
	la, lb := intLimbs(a), intLimbs(b)
	chargeInt(la+lb, IntMulCost(la, lb))
	return IntFromBig(new(big.Int).Mul(a.bigView(), b.bigView()))
}

// Neg returns -a.
func (a Int) Neg() Int {
	if a.big == nil && a.small != math.MinInt64 {
		return Int{small: -a.small}
	}
	return negSlow(a)
}

//go:noinline
func negSlow(a Int) Int {
	chargeLinear(a, a)
	return IntFromBig(new(big.Int).Neg(a.bigView()))
}

// Abs returns abs(a).
func (a Int) Abs() Int {
	if a.Sign() < 0 {
		return a.Neg()
	}
	return a
}

// Invert returns ~a (that is, -a-1).
func (a Int) Invert() Int {
	if a.big == nil {
		return Int{small: ^a.small}
	}
	chargeLinear(a, a)
	return IntFromBig(new(big.Int).Not(a.big))
}

func raiseIntDivZero() { panic(NewException(ZeroDivisionError, "integer division or modulo by zero")) }

// FloorDiv returns a // b (rounded towards negative infinity), raising
// ZeroDivisionError when b is 0.
func (a Int) FloorDiv(b Int) Int {
	if a.big == nil && b.big == nil && b.small > 0 {
		q := a.small / b.small
		if a.small%b.small < 0 {
			q--
		}
		return Int{small: q}
	}
	return floorDivSlow(a, b)
}

//go:noinline
func floorDivSlow(a, b Int) Int {
	if a.big == nil && b.big == nil {
		x, y := a.small, b.small
		if y == 0 {
			raiseIntDivZero()
		}
		if !(x == math.MinInt64 && y == -1) {
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return Int{small: q}
		}
	}
	if b.IsZero() {
		raiseIntDivZero()
	}
	chargeDiv(a, b)
	q, _ := bigFloorDivMod(a.bigView(), b.bigView())
	return IntFromBig(q)
}

// Mod returns a % b, which has the sign of b, raising ZeroDivisionError
// when b is 0.
func (a Int) Mod(b Int) Int {
	if a.big == nil && b.big == nil && b.small > 0 {
		r := a.small % b.small
		if r < 0 {
			r += b.small
		}
		return Int{small: r}
	}
	return modSlow(a, b)
}

//go:noinline
func modSlow(a, b Int) Int {
	if a.big == nil && b.big == nil {
		x, y := a.small, b.small
		if y == 0 {
			panic(NewException(ZeroDivisionError, "integer modulo by zero"))
		}
		if y == -1 {
			return Int{}
		}
		r := x % y
		if r != 0 && ((r < 0) != (y < 0)) {
			r += y
		}
		return Int{small: r}
	}
	if b.IsZero() {
		panic(NewException(ZeroDivisionError, "integer modulo by zero"))
	}
	chargeDiv(a, b)
	_, r := bigFloorDivMod(a.bigView(), b.bigView())
	return IntFromBig(r)
}

// DivMod returns (a // b, a % b).
func (a Int) DivMod(b Int) (Int, Int) {
	if a.big == nil && b.big == nil {
		if b.small == 0 {
			raiseIntDivZero()
		}
		if !(a.small == math.MinInt64 && b.small == -1) {
			return a.FloorDiv(b), a.Mod(b)
		}
	}
	if b.IsZero() {
		raiseIntDivZero()
	}
	chargeDiv(a, b)
	q, r := bigFloorDivMod(a.bigView(), b.bigView())
	return IntFromBig(q), IntFromBig(r)
}

// bigFloorDivMod returns fresh floor quotient and modulo of x and y != 0.
func bigFloorDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, bigOne)
		r.Add(r, y)
	}
	return q, r
}

var bigOne = big.NewInt(1)

// chargeLinear charges a big-int operation linear in its operands' limbs
// (add, subtract, negate, invert, bitwise ops).
func chargeLinear(a, b Int) {
	l := max(intLimbs(a), intLimbs(b)) + 1
	chargeInt(l, l)
}

// chargeDiv charges dividing a by b (quotient and remainder): the quotient
// times the divisor's limbs, as schoolbook division.
func chargeDiv(a, b Int) {
	la, lb := intLimbs(a), intLimbs(b)
	q := uint64(1)
	if la >= lb {
		q = la - lb + 1
	}
	chargeInt(q+lb, IntMulCost(q, lb)+la)
}

// chargePow charges a ** e, whose result has at most resultBits bits: the
// result's limbs, and for the work twice the cost of squaring its half,
// which bounds the sum of the squarings' costs.
func chargePow(resultBits uint64) {
	r := resultBits>>6 + 1
	h := (r + 1) >> 1
	chargeInt(r, 2*IntMulCost(h, h)+r)
}

// TrueDiv returns a / b correctly rounded to the nearest float64, as CPython
// does, raising ZeroDivisionError for b == 0 and OverflowError when the
// quotient is too large for a float.
func (a Int) TrueDiv(b Int) float64 {
	if b.IsZero() {
		panic(NewException(ZeroDivisionError, "division by zero"))
	}
	if a.big == nil && b.big == nil {
		const exact = 1 << 53
		if -exact <= a.small && a.small <= exact && -exact <= b.small && b.small <= exact {
			return float64(a.small) / float64(b.small)
		}
	}
	chargeDiv(a, b)
	f, _ := new(big.Rat).SetFrac(a.bigView(), b.bigView()).Float64()
	if math.IsInf(f, 0) {
		panic(NewException(OverflowError, "integer division result too large for a float"))
	}
	if f == 0 && (a.Sign() < 0) != (b.Sign() < 0) {
		return math.Copysign(0, -1)
	}
	return f
}

// shiftCount converts a shift count, raising ValueError if negative.
func shiftCount(b Int) (uint64, bool) {
	if b.Sign() < 0 {
		panic(NewException(ValueError, "negative shift count"))
	}
	if b.big != nil {
		return 0, false
	}
	return uint64(b.small), true
}

// maxShiftBits bounds the size of a left-shift result: CPython raises
// MemoryError when it cannot allocate the result; we raise it at a fixed,
// machine-independent size.
const maxShiftBits = 1 << 32

// maxLongDigits is CPython's MAX_LONG_DIGITS on 64-bit builds: an int of
// more 30-bit digits than this raises OverflowError "too many digits in
// integer" before any allocation is attempted.
const maxLongDigits = (math.MaxInt64 - 24) / 4

// Lsh returns a << b, raising ValueError for a negative count.
func (a Int) Lsh(b Int) Int {
	n, ok := shiftCount(b)
	if a.IsZero() {
		return a
	}
	if ok && a.big == nil && n < 63 {
		r := a.small << n
		if r>>n == a.small {
			return Int{small: r}
		}
	}
	return lshSlow(a, b, n, ok)
}

func lshSlow(a, b Int, n uint64, ok bool) Int {
	// CPython's size check: digits(a) + n/30 (+1 for a partial digit).
	size := new(big.Int).Quo(b.bigView(), big.NewInt(30))
	size.Add(size, big.NewInt(int64((a.BitLen()+29)/30)))
	if new(big.Int).Mod(b.bigView(), big.NewInt(30)).Sign() != 0 {
		size.Add(size, bigOne)
	}
	if size.Cmp(big.NewInt(maxLongDigits)) > 0 {
		panic(NewException(OverflowError, "too many digits in integer"))
	}
	if ok {
		r := (n + uint64(a.BitLen()) + 64) >> 6
		chargeInt(r, r)
	}
	if !ok || n+uint64(a.BitLen()) > maxShiftBits {
		panic(NewException(MemoryError, ""))
	}
	return IntFromBig(new(big.Int).Lsh(a.bigView(), uint(n)))
}

// Rsh returns a >> b (an arithmetic shift: rounds towards negative
// infinity), raising ValueError for a negative count.
func (a Int) Rsh(b Int) Int {
	n, ok := shiftCount(b)
	if !ok || (a.big == nil && n >= 63) || (a.big != nil && n >= uint64(a.big.BitLen())) {
		if a.Sign() < 0 {
			return Int{small: -1}
		}
		return Int{}
	}
	if a.big == nil {
		return Int{small: a.small >> n}
	}
	r := (uint64(a.big.BitLen()) - n + 64) >> 6
	chargeInt(r, r)
	return IntFromBig(new(big.Int).Rsh(a.big, uint(n)))
}

// And returns a & b with two's-complement semantics for negative values.
func (a Int) And(b Int) Int {
	if a.big == nil && b.big == nil {
		return Int{small: a.small & b.small}
	}
	return bitSlow(OpAnd, a, b)
}

// Or returns a | b with two's-complement semantics for negative values.
func (a Int) Or(b Int) Int {
	if a.big == nil && b.big == nil {
		return Int{small: a.small | b.small}
	}
	return bitSlow(OpOr, a, b)
}

// Xor returns a ^ b with two's-complement semantics for negative values.
func (a Int) Xor(b Int) Int {
	if a.big == nil && b.big == nil {
		return Int{small: a.small ^ b.small}
	}
	return bitSlow(OpXor, a, b)
}

//go:noinline
func bitSlow(op BinaryOp, a, b Int) Int {
	chargeLinear(a, b)
	switch op {
	case OpAnd:
		return IntFromBig(new(big.Int).And(a.bigView(), b.bigView()))
	case OpOr:
		return IntFromBig(new(big.Int).Or(a.bigView(), b.bigView()))
	}
	return IntFromBig(new(big.Int).Xor(a.bigView(), b.bigView()))
}

// maxPowBits bounds the size of a ** b results, as a deterministic stand-in
// for CPython's MemoryError on results too large to allocate.
const maxPowBits = 1 << 32

// Pow returns a ** b: an Int when b >= 0, else the float64 result of
// float(a) ** float(b) computed as CPython does (a correctly rounded
// 1 / a**-b for int operands), raising ZeroDivisionError for 0 ** negative.
func (a Int) Pow(b Int) Value {
	if b.Sign() < 0 {
		return FloatPow(IntToFloat(a), IntToFloat(b))
	}
	return a.PowInt(b)
}

// PowInt returns a ** b for b >= 0.
func (a Int) PowInt(b Int) Int {
	if a.big == nil && b.big == nil {
		x, e := a.small, b.small
		switch x {
		case 0:
			if e == 0 {
				return Int{small: 1}
			}
			return Int{}
		case 1:
			return a
		case -1:
			if e&1 == 0 {
				return Int{small: 1}
			}
			return a
		}
		// Exponentiation by squaring with overflow checks.
		result, base := int64(1), x
		ok := true
		for e > 0 {
			if e&1 != 0 {
				r, o := mul64(result, base)
				if !o {
					ok = false
					break
				}
				result = r
			}
			e >>= 1
			if e > 0 {
				bb, o := mul64(base, base)
				if !o {
					ok = false
					break
				}
				base = bb
			}
		}
		if ok {
			return Int{small: result}
		}
	}
	switch {
	case a.IsZero() || a.Equal(Int{small: 1}):
		if b.IsZero() {
			return Int{small: 1}
		}
		return a
	case a.Equal(Int{small: -1}):
		if b.bigView().Bit(0) == 0 {
			return Int{small: 1}
		}
		return a
	}
	hi, lo := bits.Mul64(uint64(b.small), uint64(a.BitLen()))
	if b.big != nil || hi != 0 {
		// a result of more than 2**64 bits
		panic(NewException(MemoryError, ""))
	}
	chargePow(lo)
	if lo > maxPowBits {
		panic(NewException(MemoryError, ""))
	}
	return IntFromBig(new(big.Int).Exp(a.bigView(), b.bigView(), nil))
}

// mul64 returns x*y and whether it did not overflow.
func mul64(x, y int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(x), uint64(y))
	hi -= uint64(x>>63) & uint64(y)
	hi -= uint64(y>>63) & uint64(x)
	return int64(lo), int64(hi) == int64(lo)>>63
}

// PowMod returns pow(a, b, m) with Python's semantics: the result has the
// sign of m; a negative b uses the modular inverse of a (ValueError "base is
// not invertible for the given modulus" if there is none); m == 0 raises
// ValueError "pow() 3rd argument cannot be 0".
func (a Int) PowMod(b, m Int) Int {
	if m.IsZero() {
		panic(NewException(ValueError, "pow() 3rd argument cannot be 0"))
	}
	mneg := m.Sign() < 0
	mm := m.Abs().Big()
	if mm.Cmp(bigOne) == 0 {
		return Int{}
	}
	base := a.Big()
	base.Mod(base, mm) // Euclidean: non-negative
	e := b.Big()
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, mm)
		if inv == nil || new(big.Int).GCD(nil, nil, base, mm).Cmp(bigOne) != 0 {
			panic(NewException(ValueError, "base is not invertible for the given modulus"))
		}
		base = inv
		e.Neg(e)
	}
	lm := intLimbs(m)
	chargeInt(lm, uint64(e.BitLen()+1)*2*IntMulCost(lm, lm))
	r := new(big.Int).Exp(base, e, mm)
	if mneg && r.Sign() != 0 {
		r.Add(r, m.bigView())
	}
	return IntFromBig(r)
}

// BitLen returns the number of bits needed to represent abs(a)
// (int.bit_length).
func (a Int) BitLen() int {
	if a.big == nil {
		x := a.small
		if x < 0 {
			return bits.Len64(uint64(-x))
		}
		return bits.Len64(uint64(x))
	}
	return a.big.BitLen()
}

// BitCount returns the number of ones in the binary representation of
// abs(a) (int.bit_count).
func (a Int) BitCount() int {
	if a.big == nil {
		x := a.small
		if x < 0 {
			return bits.OnesCount64(uint64(-x))
		}
		return bits.OnesCount64(uint64(x))
	}
	n := 0
	for _, w := range a.big.Bits() {
		n += bits.OnesCount(uint(w))
	}
	return n
}

// IntToFloat returns float(a), correctly rounded (ties to even), raising
// OverflowError "int too large to convert to float" when out of range.
func IntToFloat(a Int) float64 {
	if a.big == nil {
		return float64(a.small) // Go rounds int64 conversions to nearest-even
	}
	f, _ := new(big.Float).SetInt(a.big).Float64()
	if math.IsInf(f, 0) {
		panic(NewException(OverflowError, "int too large to convert to float"))
	}
	return f
}

// IntFromFloat returns int(f) (truncation towards zero), raising
// OverflowError for infinities and ValueError for NaN as CPython does.
func IntFromFloat(f float64) Int {
	switch {
	case math.IsNaN(f):
		panic(NewException(ValueError, "cannot convert float NaN to integer"))
	case math.IsInf(f, 0):
		panic(NewException(OverflowError, "cannot convert float infinity to integer"))
	}
	if f > -9.223372036854775808e18 && f < 9.223372036854775808e18 {
		return Int{small: int64(f)}
	}
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return IntFromBig(b)
}

// The Try* methods are the inlinable int64 fast paths of Add, Sub, Mul,
// FloorDiv and Mod, for generated code in hot loops:
//
//	r, ok := x.TryAdd(y)
//	if !ok {
//		r = x.Add(y)
//	}
//
// They report false (with an unspecified Int) when an operand is big, the
// result overflows int64, or (for FloorDiv and Mod) the divisor is not
// positive; the full method then handles the case, including its errors.

// TryAdd returns a + b and true when both are small and the sum fits.
func (a Int) TryAdd(b Int) (Int, bool) {
	s := a.small + b.small
	return Int{small: s}, a.big == nil && b.big == nil && (s^a.small)&(s^b.small) >= 0
}

// TrySub returns a - b and true when both are small and the difference fits.
func (a Int) TrySub(b Int) (Int, bool) {
	s := a.small - b.small
	return Int{small: s}, a.big == nil && b.big == nil && (a.small^b.small)&(s^a.small) >= 0
}

// TryMul returns a * b and true when both are small and the product fits.
func (a Int) TryMul(b Int) (Int, bool) {
	x, y := a.small, b.small
	hi, lo := bits.Mul64(uint64(x), uint64(y))
	hi -= uint64(x>>63)&uint64(y) + uint64(y>>63)&uint64(x)
	return Int{small: int64(lo)}, a.big == nil && b.big == nil && int64(hi) == int64(lo)>>63
}

// TryFloorDiv returns a // b and true when both are small and b > 0.
func (a Int) TryFloorDiv(b Int) (Int, bool) {
	if a.big != nil || b.big != nil || b.small <= 0 {
		return Int{}, false
	}
	q := a.small / b.small
	if a.small%b.small < 0 {
		q--
	}
	return Int{small: q}, true
}

// TryMod returns a % b and true when both are small and b > 0.
func (a Int) TryMod(b Int) (Int, bool) {
	if a.big != nil || b.big != nil || b.small <= 0 {
		return Int{}, false
	}
	r := a.small % b.small
	if r < 0 {
		r += b.small
	}
	return Int{small: r}, true
}
