// Package decimal implements Python's decimal module on
// github.com/cockroachdb/apd/v3 (an implementation of the same General
// Decimal Arithmetic specification CPython's decimal follows): Decimal
// construction from str/int/float (exact), arithmetic in the current
// context (default precision 28, ROUND_HALF_EVEN, traps InvalidOperation,
// DivisionByZero and Overflow), quantize, comparisons (exact against int and
// float), hashing equal to int/float hashes, str/repr as to-sci-string, and
// the signal exception classes with CPython's messages.
package decimal

import (
	"math"
	"math/big"
	"strings"

	"github.com/cockroachdb/apd/v3"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// Signal classes, with CPython's hierarchy.
var (
	DecimalException   = rt.NewClass("DecimalException", "decimal", rt.ArithmeticError)
	Clamped            = rt.NewClass("Clamped", "decimal", DecimalException)
	InvalidOperation   = rt.NewClass("InvalidOperation", "decimal", DecimalException)
	ConversionSyntax   = rt.NewClass("ConversionSyntax", "decimal", InvalidOperation)
	DivisionByZero     = rt.NewClass("DivisionByZero", "decimal", DecimalException, rt.ZeroDivisionError)
	DivisionImpossible = rt.NewClass("DivisionImpossible", "decimal", InvalidOperation)
	DivisionUndefined  = rt.NewClass("DivisionUndefined", "decimal", InvalidOperation, rt.ZeroDivisionError)
	Inexact            = rt.NewClass("Inexact", "decimal", DecimalException)
	Rounded            = rt.NewClass("Rounded", "decimal", DecimalException)
	Subnormal          = rt.NewClass("Subnormal", "decimal", DecimalException)
	Overflow           = rt.NewClass("Overflow", "decimal", Inexact, Rounded)
	Underflow          = rt.NewClass("Underflow", "decimal", Inexact, Rounded, Subnormal)
	FloatOperation     = rt.NewClass("FloatOperation", "decimal", DecimalException, rt.TypeError)
)

// Decimal is a decimal.Decimal value (immutable).
type Decimal struct{ d apd.Decimal }

// DecimalType is decimal.Decimal.
var DecimalType = rt.NewClass("Decimal", "decimal")

// Class returns decimal.Decimal.
func (*Decimal) Class() *rt.Class { return DecimalType }

// Context is a decimal context (the fields contracts use).
type Context struct {
	ctx apd.Context
}

// ContextType is decimal.Context.
var ContextType = rt.NewClass("Context", "decimal")

// Class returns decimal.Context.
func (*Context) Class() *rt.Class { return ContextType }

// DefaultContext returns a context with CPython's defaults.
func DefaultContext() *Context {
	return &Context{ctx: apd.Context{Precision: 28, MaxExponent: 999999, MinExponent: -999999, Rounding: apd.RoundHalfEven}}
}

// current is the transaction's decimal context; Module resets it.
var current = DefaultContext()

// Current returns the current context (getcontext()).
func Current() *Context { return current }

var roundings = []struct {
	py string
	r  apd.Rounder
}{{"ROUND_CEILING", apd.RoundCeiling}, {"ROUND_DOWN", apd.RoundDown}, {"ROUND_FLOOR", apd.RoundFloor},
	{"ROUND_HALF_DOWN", apd.RoundHalfDown}, {"ROUND_HALF_EVEN", apd.RoundHalfEven}, {"ROUND_HALF_UP", apd.RoundHalfUp},
	{"ROUND_UP", apd.RoundUp}, {"ROUND_05UP", apd.Round05Up}}

func rounderOf(v rt.Value) apd.Rounder {
	s, ok := v.(string)
	if ok {
		for _, r := range roundings {
			if r.py == s {
				return r.r
			}
		}
	}
	rt.Raise(rt.TypeError, "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
	return ""
}

func roundingName(r apd.Rounder) string {
	for _, x := range roundings {
		if x.r == r {
			return x.py
		}
	}
	return "ROUND_HALF_EVEN"
}

// check raises the trapped signals of cond, as CPython's decimal does.
func check(cond apd.Condition) {
	var cls *rt.Class
	var names []string
	switch {
	case cond&apd.DivisionUndefined != 0:
		cls, names = InvalidOperation, []string{"DivisionUndefined"}
	case cond&apd.DivisionImpossible != 0:
		cls, names = InvalidOperation, []string{"DivisionImpossible"}
	case cond&apd.InvalidOperation != 0:
		cls, names = InvalidOperation, []string{"InvalidOperation"}
	case cond&apd.DivisionByZero != 0:
		cls, names = DivisionByZero, []string{"DivisionByZero"}
	case cond&(apd.Overflow|apd.SystemOverflow) != 0:
		cls, names = Overflow, []string{"Overflow"}
	default:
		return
	}
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = "<class 'decimal." + n + "'>"
	}
	panic(rt.NewException(cls, "["+strings.Join(parts, ", ")+"]"))
}

// FromString is Decimal(str): surrounding whitespace and underscores
// between digits allowed; invalid text raises InvalidOperation.
func FromString(s string) *Decimal {
	t := strings.TrimSpace(s)
	if strings.Contains(t, "_") {
		if strings.HasPrefix(t, "_") || strings.HasSuffix(t, "_") {
			t = "x"
		} else {
			t = strings.ReplaceAll(t, "_", "")
		}
	}
	lower := strings.ToLower(strings.TrimLeft(t, "+-"))
	switch {
	case lower == "inf" || lower == "infinity" || lower == "nan" || lower == "snan":
	case strings.HasPrefix(lower, "nan") || strings.HasPrefix(lower, "snan"):
		// NaN payloads: keep apd's handling.
	default:
		for _, c := range lower {
			if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == '+' || c == '-') {
				t = "x"
				break
			}
		}
	}
	out := &Decimal{}
	ctx := apd.Context{MaxExponent: 999999999, MinExponent: -999999999, Precision: 0}
	if _, _, err := ctx.SetString(&out.d, t); err != nil || t == "" {
		panic(rt.NewException(InvalidOperation, "[<class 'decimal.ConversionSyntax'>]"))
	}
	return out
}

// FromInt is Decimal(int), exact.
func FromInt(i rt.Int) *Decimal {
	out := &Decimal{}
	if n, ok := i.Int64(); ok {
		out.d.SetInt64(n)
		return out
	}
	var b apd.BigInt
	b.SetMathBigInt(i.Big())
	out.d.Coeff.Set(&b)
	if out.d.Coeff.Sign() < 0 {
		out.d.Coeff.Neg(&out.d.Coeff)
		out.d.Negative = true
	}
	return out
}

// FromFloat is Decimal(float): the exact binary value.
func FromFloat(f float64) *Decimal {
	out := &Decimal{}
	switch {
	case math.IsNaN(f):
		out.d.Form = apd.NaN
		return out
	case math.IsInf(f, 0):
		out.d.Form = apd.Infinite
		out.d.Negative = f < 0
		return out
	}
	neg := math.Signbit(f)
	mant, exp := math.Frexp(math.Abs(f))
	m := int64(math.Ldexp(mant, 53))
	e := exp - 53
	coeff := big.NewInt(m)
	var dexp int32
	if e >= 0 {
		coeff.Lsh(coeff, uint(e))
	} else {
		// m / 2^k = m * 5^k / 10^k, then strip trailing zeros.
		k := -e
		coeff.Mul(coeff, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(k)), nil))
		dexp = int32(-k)
		ten := big.NewInt(10)
		r := new(big.Int)
		for coeff.Sign() != 0 && dexp < 0 {
			q, rem := new(big.Int).QuoRem(coeff, ten, r)
			if rem.Sign() != 0 {
				break
			}
			coeff = q
			dexp++
		}
	}
	out.d.Coeff.SetMathBigInt(coeff)
	out.d.Exponent = dexp
	out.d.Negative = neg
	return out
}

// New is Decimal(value) for the argument types Python accepts.
func New(v rt.Value) *Decimal {
	switch x := v.(type) {
	case nil:
		return &Decimal{}
	case *Decimal:
		return x
	case string:
		return FromString(x)
	case rt.Int:
		return FromInt(x)
	case bool:
		n, _ := stdutil.ToInt(x)
		return FromInt(n)
	case float64:
		return FromFloat(x)
	case *rt.Tuple:
		return fromTuple(x.Items)
	case *rt.List:
		return fromTuple(x.Items)
	}
	rt.Raisef(rt.TypeError, "conversion from ", rt.TypeName(v), " to Decimal is not supported")
	return nil
}

// String is str(d): the spec's to-scientific-string.
func (x *Decimal) String() string {
	d := &x.d
	sign := ""
	if d.Negative {
		sign = "-"
	}
	switch d.Form {
	case apd.NaN, apd.NaNSignaling:
		p := "NaN"
		if d.Form == apd.NaNSignaling {
			p = "sNaN"
		}
		if d.Coeff.Sign() != 0 {
			p += d.Coeff.String()
		}
		return sign + p
	case apd.Infinite:
		return sign + "Infinity"
	}
	digits := d.Coeff.String()
	exp := int(d.Exponent)
	adj := exp + len(digits) - 1
	if exp <= 0 && adj >= -6 {
		if exp == 0 {
			return sign + digits
		}
		point := len(digits) + exp
		if point > 0 {
			return sign + digits[:point] + "." + digits[point:]
		}
		return sign + "0." + strings.Repeat("0", -point) + digits
	}
	s := digits[:1]
	if len(digits) > 1 {
		s += "." + digits[1:]
	}
	es := "+"
	if adj < 0 {
		es = "-"
		adj = -adj
	}
	return sign + s + "E" + es + stdutil.Itoa(adj)
}

// Repr is repr(d).
func (x *Decimal) Repr() string { return "Decimal('" + x.String() + "')" }

// operand converts the other operand of an arithmetic operation: Decimal
// and int (exactly); anything else is NotImplemented.
func operand(v rt.Value) (*Decimal, bool) {
	switch x := v.(type) {
	case *Decimal:
		return x, true
	case rt.Int:
		return FromInt(x), true
	case bool:
		n, _ := stdutil.ToInt(x)
		return FromInt(n), true
	}
	return nil, false
}

func (c *Context) apply(f func(ctx *apd.Context, d *apd.Decimal) (apd.Condition, error)) *Decimal {
	out := &Decimal{}
	cond, _ := f(&c.ctx, &out.d)
	check(cond)
	return out
}

// Binary implements the arithmetic operators in the current context.
func Binary(op rt.BinaryOp, a, b rt.Value) rt.Value {
	x, ok1 := operand(a)
	y, ok2 := operand(b)
	if !ok1 || !ok2 {
		return rt.NotImplemented
	}
	c := current
	switch op {
	case rt.OpAdd:
		return c.apply(func(ctx *apd.Context, d *apd.Decimal) (apd.Condition, error) { return ctx.Add(d, &x.d, &y.d) })
	case rt.OpSub:
		return c.apply(func(ctx *apd.Context, d *apd.Decimal) (apd.Condition, error) { return ctx.Sub(d, &x.d, &y.d) })
	case rt.OpMul:
		return c.apply(func(ctx *apd.Context, d *apd.Decimal) (apd.Condition, error) { return ctx.Mul(d, &x.d, &y.d) })
	case rt.OpTrueDiv:
		out := &Decimal{}
		cond, _ := c.ctx.Quo(&out.d, &x.d, &y.d)
		check(cond)
		if cond&apd.Inexact == 0 && out.d.Form == apd.Finite {
			idealExp(&out.d, x.d.Exponent-y.d.Exponent)
		}
		return out
	case rt.OpFloorDiv:
		return c.apply(func(ctx *apd.Context, d *apd.Decimal) (apd.Condition, error) { return ctx.QuoInteger(d, &x.d, &y.d) })
	case rt.OpMod:
		return c.apply(func(ctx *apd.Context, d *apd.Decimal) (apd.Condition, error) { return ctx.Rem(d, &x.d, &y.d) })
	case rt.OpPow:
		return c.apply(func(ctx *apd.Context, d *apd.Decimal) (apd.Condition, error) { return ctx.Pow(d, &x.d, &y.d) })
	}
	return rt.NotImplemented
}

// cmp compares a Decimal with a Decimal, int or float exactly; ok is false
// for other types; nan reports an unordered comparison.
func cmp(a *Decimal, b rt.Value) (c int, nan, ok bool) {
	var y *Decimal
	switch x := b.(type) {
	case float64:
		y = FromFloat(x)
	default:
		y, ok = operand(b)
		if !ok {
			return 0, false, false
		}
	}
	if a.d.Form == apd.NaN || a.d.Form == apd.NaNSignaling || y.d.Form == apd.NaN || y.d.Form == apd.NaNSignaling {
		return 0, true, true
	}
	return a.d.Cmp(&y.d), false, true
}

// Hash is hash(d), equal to the hash of an equal int or float.
func (x *Decimal) Hash() int64 {
	d := &x.d
	switch d.Form {
	case apd.NaNSignaling:
		rt.Raise(rt.TypeError, "Cannot hash a signaling NaN value.")
	case apd.NaN:
		return 0
	case apd.Infinite:
		if d.Negative {
			return -314159
		}
		return 314159
	}
	const mod = (1 << 61) - 1
	m := big.NewInt(mod)
	var expHash *big.Int
	if d.Exponent >= 0 {
		expHash = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.Exponent)), m)
	} else {
		inv := new(big.Int).Exp(big.NewInt(10), big.NewInt(mod-2), m)
		expHash = new(big.Int).Exp(inv, big.NewInt(int64(-d.Exponent)), m)
	}
	h := new(big.Int).Mul(d.Coeff.MathBigInt(), expHash)
	h.Mod(h, m)
	r := h.Int64()
	if d.Negative {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r
}

// ToInt is int(d): truncation toward zero.
func (x *Decimal) ToInt() rt.Int {
	switch x.d.Form {
	case apd.NaN, apd.NaNSignaling:
		rt.Raise(rt.ValueError, "cannot convert NaN to integer")
	case apd.Infinite:
		rt.Raise(rt.OverflowError, "cannot convert Infinity to integer")
	}
	var integ, frac apd.Decimal
	x.d.Modf(&integ, &frac)
	b := new(big.Int).Set(integ.Coeff.MathBigInt())
	if integ.Exponent > 0 {
		b.Mul(b, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(integ.Exponent)), nil))
	}
	if x.d.Negative {
		b.Neg(b)
	}
	return rt.IntFromBig(b)
}

// ToFloat is float(d), correctly rounded.
func (x *Decimal) ToFloat() float64 {
	if x.d.Form == apd.NaNSignaling {
		rt.Raise(rt.ValueError, "cannot convert signaling NaN to float")
	}
	return rt.ParseFloat(x.String())
}

// Quantize is d.quantize(exp, rounding).
func (x *Decimal) Quantize(exp *Decimal, rounding rt.Value) *Decimal {
	ctx := current.ctx
	if rounding != nil && !stdutil.IsNone(rounding) {
		ctx.Rounding = rounderOf(rounding)
	}
	out := &Decimal{}
	if exp.d.Form != apd.Finite || x.d.Form != apd.Finite {
		if x.d.Form == apd.Infinite && exp.d.Form == apd.Infinite {
			out.d.Set(&x.d)
			return out
		}
		if x.d.Form == apd.NaN || exp.d.Form == apd.NaN {
			out.d.Form = apd.NaN
			return out
		}
		check(apd.InvalidOperation)
	}
	cond, _ := ctx.Quantize(&out.d, &x.d, exp.d.Exponent)
	check(cond)
	return out
}

// idealExp removes trailing zeros of an exact result down to the
// specification's ideal exponent (apd returns full-precision quotients).
func idealExp(d *apd.Decimal, ideal int32) {
	if d.Exponent >= ideal {
		return
	}
	if d.IsZero() {
		d.Exponent = ideal
		return
	}
	c := new(big.Int).Set(d.Coeff.MathBigInt())
	ten := big.NewInt(10)
	q, r := new(big.Int), new(big.Int)
	for d.Exponent < ideal {
		q.QuoRem(c, ten, r)
		if r.Sign() != 0 {
			break
		}
		c.Set(q)
		d.Exponent++
	}
	d.Coeff.SetMathBigInt(c)
}

// fromTuple is Decimal((sign, digits, exponent)).
func fromTuple(items []rt.Value) *Decimal {
	if len(items) != 3 {
		rt.Raise(rt.ValueError, "argument must be a sequence of length 3")
	}
	sign, ok := stdutil.ToInt(items[0])
	if !ok || (sign.Sign() != 0 && !sign.Equal(rt.IntFromInt64(1))) {
		rt.Raise(rt.ValueError, "sign must be an integer with the value 0 or 1")
	}
	var digits strings.Builder
	it := rt.Iter(items[1])
	for {
		d, ok := it.Next()
		if !ok {
			break
		}
		n, ok := stdutil.ToInt(d)
		k, _ := n.Int64()
		if !ok || k < 0 || k > 9 {
			rt.Raise(rt.ValueError, "coefficient must be a tuple of digits")
		}
		digits.WriteByte(byte('0' + k))
	}
	text := digits.String()
	if text == "" {
		text = "0"
	}
	prefix := ""
	if sign.Sign() != 0 {
		prefix = "-"
	}
	switch e := items[2].(type) {
	case string:
		switch e {
		case "F":
			text = "Infinity"
		case "n":
			text = "NaN"
		case "N":
			text = "sNaN"
		default:
			rt.Raise(rt.ValueError, "string argument in the third position must be 'F', 'n' or 'N'")
		}
	default:
		n, ok := stdutil.ToInt(e)
		if !ok {
			rt.Raise(rt.ValueError, "exponent must be an integer")
		}
		text += "E" + n.String()
	}
	return FromString(prefix + text)
}
