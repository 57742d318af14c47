package datetime

import (
	"math"
	"math/big"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// Timedelta is datetime.timedelta, normalised as CPython does:
// 0 <= Seconds < 86400, 0 <= Micro < 1000000, |Days| <= 999999999.
type Timedelta struct {
	Days    int64
	Seconds int64
	Micro   int64
}

// TimedeltaType is datetime.timedelta.
var TimedeltaType = rt.NewClass("timedelta", "datetime")

// Class returns datetime.timedelta.
func (*Timedelta) Class() *rt.Class { return TimedeltaType }

const (
	usPerSecond = 1000000
	usPerDay    = 86400 * usPerSecond
	maxDays     = 999999999
)

var bigUsPerDay = big.NewInt(usPerDay)

// TimedeltaFromMicro returns the timedelta of us microseconds, raising
// OverflowError when out of range.
func TimedeltaFromMicro(us *big.Int) *Timedelta {
	d, r := new(big.Int).DivMod(us, bigUsPerDay, new(big.Int))
	if !d.IsInt64() || d.Int64() > maxDays || d.Int64() < -maxDays {
		rt.Raisef(rt.OverflowError, "days=", d.String(), "; must have magnitude <= 999999999")
	}
	rem := r.Int64()
	return &Timedelta{Days: d.Int64(), Seconds: rem / usPerSecond, Micro: rem % usPerSecond}
}

func tdFromMicro64(us int64) *Timedelta { return TimedeltaFromMicro(big.NewInt(us)) }

// Micro returns the total number of microseconds.
func (t *Timedelta) micro() *big.Int {
	r := new(big.Int).Mul(big.NewInt(t.Days), bigUsPerDay)
	return r.Add(r, big.NewInt(t.Seconds*usPerSecond+t.Micro))
}

// micro64 returns the total microseconds (always fits: |days| < 1e9).
func (t *Timedelta) micro64() int64 { return t.Days*usPerDay + t.Seconds*usPerSecond + t.Micro }

var tdNames = []string{"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"}
var tdFactors = []int64{usPerDay, usPerSecond, 1, 1000, 60 * usPerSecond, 3600 * usPerSecond, 7 * usPerDay}
var pTimedelta = &rt.Params{Func: "timedelta", Names: tdNames}

// NewTimedelta is timedelta(days, seconds, microseconds, milliseconds,
// minutes, hours, weeks) with CPython's accumulation of fractional parts.
func NewTimedelta(args []rt.Value, kwargs []rt.KW) *Timedelta {
	vals := make([]rt.Value, 7)
	pTimedelta.Unpack(args, kwargs, &vals[0], &vals[1], &vals[2], &vals[3], &vals[4], &vals[5], &vals[6])
	sofar := new(big.Int)
	leftover := 0.0
	// CPython accumulates in the order us, ms, s, min, h, days, weeks.
	for _, i := range []int{2, 3, 1, 4, 5, 0, 6} {
		v := vals[i]
		if v == nil {
			continue
		}
		factor := tdFactors[i]
		switch x := v.(type) {
		case rt.Int, bool:
			n, _ := stdutil.ToInt(x)
			sofar.Add(sofar, new(big.Int).Mul(n.Big(), big.NewInt(factor)))
		case float64:
			intpart, frac := math.Modf(x)
			ip := rt.IntFromFloat(intpart).Big()
			sofar.Add(sofar, ip.Mul(ip, big.NewInt(factor)))
			if frac == 0 {
				continue
			}
			d := float64(float64(factor) * frac)
			intpart, frac = math.Modf(d)
			sofar.Add(sofar, rt.IntFromFloat(intpart).Big())
			leftover += frac
		default:
			rt.Raisef(rt.TypeError, "unsupported type for timedelta ", tdNames[i], " component: ", rt.TypeName(v))
		}
	}
	if leftover != 0 {
		whole := math.RoundToEven(leftover)
		if math.Abs(whole-leftover) == 0.5 {
			odd := 0.0
			if sofar.Bit(0) == 1 {
				odd = 1
			}
			whole = 2.0*math.Round((leftover+odd)*0.5) - odd
		} else {
			whole = math.Round(leftover)
		}
		sofar.Add(sofar, big.NewInt(int64(whole)))
	}
	return TimedeltaFromMicro(sofar)
}

// Repr is repr(timedelta).
func (t *Timedelta) Repr() string {
	s := "datetime.timedelta("
	sep := ""
	if t.Days != 0 {
		s += "days=" + stdutil.Itoa(int(t.Days))
		sep = ", "
	}
	if t.Seconds != 0 {
		s += sep + "seconds=" + stdutil.Itoa(int(t.Seconds))
		sep = ", "
	}
	if t.Micro != 0 {
		s += sep + "microseconds=" + stdutil.Itoa(int(t.Micro))
		sep = ", "
	}
	if sep == "" {
		s += "0"
	}
	return s + ")"
}

// String is str(timedelta): "[D day[s], ]H:MM:SS[.ffffff]".
func (t *Timedelta) String() string {
	s := ""
	if t.Days != 0 {
		s = stdutil.Itoa(int(t.Days)) + " day"
		if t.Days != 1 && t.Days != -1 {
			s += "s"
		}
		s += ", "
	}
	h, m, sec := t.Seconds/3600, t.Seconds/60%60, t.Seconds%60
	s += stdutil.Itoa(int(h)) + ":" + pad(m, 2) + ":" + pad(sec, 2)
	if t.Micro != 0 {
		s += "." + pad(t.Micro, 6)
	}
	return s
}

func pad(n int64, w int) string {
	s := stdutil.Itoa(int(n))
	neg := false
	if n < 0 {
		neg = true
		s = s[1:]
	}
	for len(s) < w {
		s = "0" + s
	}
	if neg {
		s = "-" + s
	}
	return s
}

// TotalSeconds is timedelta.total_seconds().
func (t *Timedelta) TotalSeconds() float64 {
	return rt.IntFromBig(t.micro()).TrueDiv(rt.IntFromInt64(usPerSecond))
}

func (t *Timedelta) cmp(o *Timedelta) int {
	switch {
	case t.Days != o.Days:
		return sign(t.Days - o.Days)
	case t.Seconds != o.Seconds:
		return sign(t.Seconds - o.Seconds)
	}
	return sign(t.Micro - o.Micro)
}

func sign(n int64) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// divRoundHalfEven returns round(a / b) with ties to even (b != 0).
func divRoundHalfEven(a, b *big.Int) *big.Int {
	q, r := floorDivMod(a, b)
	r2 := new(big.Int).Lsh(r, 1)
	c := r2.CmpAbs(b)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return q
}

func floorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r
}

// tdMulFloat is timedelta * float with round-half-even, via the float's
// exact integer ratio, as CPython's multiply_truedivide_timedelta_float.
func tdMulFloat(t *Timedelta, f float64, divide bool) *Timedelta {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if math.IsNaN(f) {
			rt.Raise(rt.ValueError, "cannot convert float NaN to integer")
		}
		rt.Raise(rt.OverflowError, "cannot convert float infinity to integer")
	}
	n, d := rt.FloatAsIntegerRatio(f)
	num, den := n.Big(), d.Big()
	if divide {
		num, den = den, num
		if den.Sign() == 0 {
			rt.Raise(rt.ZeroDivisionError, "division by zero")
		}
	}
	us := new(big.Int).Mul(t.micro(), num)
	return TimedeltaFromMicro(divRoundHalfEven(us, den))
}

func tdBinary(op rt.BinaryOp, a, b rt.Value) rt.Value {
	ta, aok := a.(*Timedelta)
	tb, bok := b.(*Timedelta)
	switch op {
	case rt.OpAdd:
		if aok && bok {
			return TimedeltaFromMicro(new(big.Int).Add(ta.micro(), tb.micro()))
		}
	case rt.OpSub:
		if aok && bok {
			return TimedeltaFromMicro(new(big.Int).Sub(ta.micro(), tb.micro()))
		}
	case rt.OpMul:
		if !aok {
			a, b = b, a
			ta = tb
		}
		switch x := b.(type) {
		case rt.Int, bool:
			n, _ := stdutil.ToInt(x)
			return TimedeltaFromMicro(new(big.Int).Mul(ta.micro(), n.Big()))
		case float64:
			return tdMulFloat(ta, x, false)
		}
	case rt.OpTrueDiv:
		if !aok {
			break
		}
		switch x := b.(type) {
		case *Timedelta:
			bm := x.micro()
			if bm.Sign() == 0 {
				rt.Raise(rt.ZeroDivisionError, "division by zero")
			}
			return rt.IntFromBig(ta.micro()).TrueDiv(rt.IntFromBig(bm))
		case rt.Int, bool:
			n, _ := stdutil.ToInt(x)
			if n.Sign() == 0 {
				rt.Raise(rt.ZeroDivisionError, "integer division or modulo by zero")
			}
			return TimedeltaFromMicro(divRoundHalfEven(ta.micro(), n.Big()))
		case float64:
			return tdMulFloat(ta, x, true)
		}
	case rt.OpFloorDiv:
		if !aok {
			break
		}
		switch x := b.(type) {
		case *Timedelta:
			bm := x.micro()
			if bm.Sign() == 0 {
				rt.Raise(rt.ZeroDivisionError, "integer division or modulo by zero")
			}
			q, _ := floorDivMod(ta.micro(), bm)
			return rt.IntFromBig(q)
		case rt.Int, bool:
			n, _ := stdutil.ToInt(x)
			if n.Sign() == 0 {
				rt.Raise(rt.ZeroDivisionError, "integer division or modulo by zero")
			}
			q, _ := floorDivMod(ta.micro(), n.Big())
			return TimedeltaFromMicro(q)
		}
	case rt.OpMod:
		if aok && bok {
			bm := tb.micro()
			if bm.Sign() == 0 {
				rt.Raise(rt.ZeroDivisionError, "integer division or modulo by zero")
			}
			_, r := floorDivMod(ta.micro(), bm)
			return TimedeltaFromMicro(r)
		}
	}
	return rt.NotImplemented
}

func init() {
	c := TimedeltaType
	rt.SetConstructor(c, func(args []rt.Value, kwargs []rt.KW) rt.Value { return NewTimedelta(args, kwargs) })
	c.Slots.Repr = func(v rt.Value) string { return v.(*Timedelta).Repr() }
	c.Slots.Str = func(v rt.Value) string { return v.(*Timedelta).String() }
	c.Slots.Bool = func(v rt.Value) bool { t := v.(*Timedelta); return t.Days != 0 || t.Seconds != 0 || t.Micro != 0 }
	c.Slots.Hash = func(v rt.Value) int64 {
		t := v.(*Timedelta)
		return rt.HashTuple([]rt.Value{rt.IntFromInt64(t.Days), rt.IntFromInt64(t.Seconds), rt.IntFromInt64(t.Micro)})
	}
	c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		ta, ok1 := a.(*Timedelta)
		tb, ok2 := b.(*Timedelta)
		if !ok1 || !ok2 {
			return rt.NotImplemented
		}
		return cmpOp(op, ta.cmp(tb))
	}
	c.Slots.Binary = tdBinary
	c.Slots.Unary = func(op rt.UnaryOp, a rt.Value) rt.Value {
		t := a.(*Timedelta)
		switch op {
		case rt.OpNeg:
			return TimedeltaFromMicro(new(big.Int).Neg(t.micro()))
		case rt.OpPos:
			return t
		}
		return rt.NotImplemented
	}
	c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		t := v.(*Timedelta)
		switch name {
		case "days":
			return rt.IntFromInt64(t.Days), true
		case "seconds":
			return rt.IntFromInt64(t.Seconds), true
		case "microseconds":
			return rt.IntFromInt64(t.Micro), true
		}
		return nil, false
	}
	c.AddMethod("total_seconds", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("total_seconds", args, kwargs, 0, 0)
		return self.(*Timedelta).TotalSeconds()
	})
	c.AddMethod("__abs__", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		t := self.(*Timedelta)
		if t.Days < 0 {
			return TimedeltaFromMicro(new(big.Int).Neg(t.micro()))
		}
		return t
	})
	c.Attrs["min"] = &Timedelta{Days: -maxDays}
	c.Attrs["max"] = &Timedelta{Days: maxDays, Seconds: 86399, Micro: 999999}
	c.Attrs["resolution"] = &Timedelta{Micro: 1}
}

func cmpOp(op rt.CompareOp, c int) bool {
	switch op {
	case rt.OpLT:
		return c < 0
	case rt.OpLE:
		return c <= 0
	case rt.OpEQ:
		return c == 0
	case rt.OpNE:
		return c != 0
	case rt.OpGT:
		return c > 0
	}
	return c >= 0
}
