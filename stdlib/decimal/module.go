package decimal

import (
	"github.com/cockroachdb/apd/v3"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

var pDecimal = &rt.Params{Func: "Decimal", Names: []string{"value", "context"}}

func unary(self rt.Value, f func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error)) rt.Value {
	x := self.(*Decimal)
	return current.apply(func(ctx *apd.Context, d *apd.Decimal) (apd.Condition, error) { return f(ctx, d, &x.d) })
}

func init() {
	c := DecimalType
	rt.SetConstructor(c, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var v, ctx rt.Value
		pDecimal.Unpack(args, kwargs, &v, &ctx)
		return New(v)
	})
	c.Slots.Repr = func(v rt.Value) string { return v.(*Decimal).Repr() }
	c.Slots.Str = func(v rt.Value) string { return v.(*Decimal).String() }
	c.Slots.Format = func(v rt.Value, spec string) string { return v.(*Decimal).Format(spec) }
	c.Slots.Hash = func(v rt.Value) int64 { return v.(*Decimal).Hash() }
	c.Slots.Bool = func(v rt.Value) bool { x := v.(*Decimal); return !(x.d.Form == apd.Finite && x.d.IsZero()) }
	c.Slots.Binary = func(op rt.BinaryOp, a, b rt.Value) rt.Value {
		if _, ok := a.(float64); ok {
			return rt.NotImplemented
		}
		if _, ok := b.(float64); ok {
			return rt.NotImplemented
		}
		return Binary(op, a, b)
	}
	c.Slots.Unary = func(op rt.UnaryOp, a rt.Value) rt.Value {
		switch op {
		case rt.OpNeg:
			return unary(a, func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) { return ctx.Neg(d, x) })
		case rt.OpPos:
			return unary(a, func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) {
				// plus(x) is 0 + x: a negative zero becomes positive.
				var zero apd.Decimal
				zero.Exponent = x.Exponent
				return ctx.Add(d, &zero, x)
			})
		}
		return rt.NotImplemented
	}
	c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		x, ok := a.(*Decimal)
		if !ok {
			return rt.NotImplemented
		}
		n, nan, ok := cmp(x, b)
		if !ok {
			return rt.NotImplemented
		}
		if nan {
			switch op {
			case rt.OpEQ:
				return false
			case rt.OpNE:
				return true
			}
			check(apd.InvalidOperation)
		}
		switch op {
		case rt.OpLT:
			return n < 0
		case rt.OpLE:
			return n <= 0
		case rt.OpEQ:
			return n == 0
		case rt.OpNE:
			return n != 0
		case rt.OpGT:
			return n > 0
		}
		return n >= 0
	}
	c.Slots.Int = func(v rt.Value) rt.Value { return v.(*Decimal).ToInt() }
	c.Slots.Float = func(v rt.Value) float64 { return v.(*Decimal).ToFloat() }
	c.AddMethod("__abs__", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return unary(self, func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) { return ctx.Abs(d, x) })
	})
	pQuant := &rt.Params{Func: "quantize", Names: []string{"exp", "rounding", "context"}, Required: 1}
	c.AddMethod("quantize", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var exp, rounding, ctx rt.Value
		pQuant.Unpack(args, kwargs, &exp, &rounding, &ctx)
		e, ok := operand(exp)
		if !ok {
			rt.Raisef(rt.TypeError, "conversion from ", rt.TypeName(exp), " to Decimal is not supported")
		}
		return self.(*Decimal).Quantize(e, rounding)
	})
	pRound := &rt.Params{Func: "__round__", Names: []string{"ndigits"}}
	c.AddMethod("__round__", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		var nd rt.Value
		pRound.Unpack(args, kwargs, &nd)
		x := self.(*Decimal)
		if nd == nil || stdutil.IsNone(nd) {
			q := x.Quantize(&Decimal{d: *apd.New(1, 0)}, "ROUND_HALF_EVEN")
			return q.ToInt()
		}
		n := stdutil.Int(nd)
		return x.Quantize(&Decimal{d: *apd.New(1, int32(-n))}, nil)
	})
	for _, m := range []struct {
		name string
		f    func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error)
	}{
		{"sqrt", func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) { return ctx.Sqrt(d, x) }},
		{"exp", func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) { return ctx.Exp(d, x) }},
		{"ln", func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) { return ctx.Ln(d, x) }},
		{"log10", func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) { return ctx.Log10(d, x) }},
		{"to_integral_value", func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) {
			return ctx.RoundToIntegralValue(d, x)
		}},
		{"to_integral", func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) {
			return ctx.RoundToIntegralValue(d, x)
		}},
		{"normalize", func(ctx *apd.Context, d, x *apd.Decimal) (apd.Condition, error) {
			_, cond, err := ctx.Reduce(d, x)
			return cond, err
		}},
	} {
		m := m
		c.AddMethod(m.name, func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			return unary(self, m.f)
		})
	}
	pred := func(name string, f func(x *Decimal) rt.Value) {
		c.AddMethod(name, func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
			stdutil.Arity(name, args, kwargs, 0, 0)
			return f(self.(*Decimal))
		})
	}
	pred("is_nan", func(x *Decimal) rt.Value { return x.d.Form == apd.NaN || x.d.Form == apd.NaNSignaling })
	pred("is_infinite", func(x *Decimal) rt.Value { return x.d.Form == apd.Infinite })
	pred("is_finite", func(x *Decimal) rt.Value { return x.d.Form == apd.Finite })
	pred("is_zero", func(x *Decimal) rt.Value { return x.d.Form == apd.Finite && x.d.IsZero() })
	pred("is_signed", func(x *Decimal) rt.Value { return x.d.Negative })
	pred("copy_abs", func(x *Decimal) rt.Value { out := &Decimal{}; out.d.Abs(&x.d); return out })
	pred("copy_negate", func(x *Decimal) rt.Value { out := &Decimal{}; out.d.Neg(&x.d); return out })
	pred("adjusted", func(x *Decimal) rt.Value {
		if x.d.Form != apd.Finite || x.d.IsZero() {
			return rt.IntFromInt64(int64(x.d.Exponent))
		}
		return rt.IntFromInt64(int64(x.d.Exponent) + x.d.NumDigits() - 1)
	})
	pred("as_tuple", func(x *Decimal) rt.Value {
		sign := rt.IntFromInt64(0)
		if x.d.Negative {
			sign = rt.IntFromInt64(1)
		}
		digits := x.d.Coeff.String()
		items := make([]rt.Value, len(digits))
		for i := range digits {
			items[i] = rt.IntFromInt64(int64(digits[i] - '0'))
		}
		var exp rt.Value = rt.IntFromInt64(int64(x.d.Exponent))
		switch x.d.Form {
		case apd.NaN:
			exp = "n"
		case apd.NaNSignaling:
			exp = "N"
		case apd.Infinite:
			exp = "F"
			items = []rt.Value{rt.IntFromInt64(0)}
		}
		return &DecimalTuple{rt.NewTuple(sign, rt.NewTuple(items...), exp)}
	})
	c.AddMethod("to_eng_string", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return self.(*Decimal).String()
	})

	cc := ContextType
	cc.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		x := v.(*Context)
		switch name {
		case "prec":
			return rt.IntFromInt64(int64(x.ctx.Precision)), true
		case "rounding":
			return roundingName(x.ctx.Rounding), true
		case "Emax":
			return rt.IntFromInt64(int64(x.ctx.MaxExponent)), true
		case "Emin":
			return rt.IntFromInt64(int64(x.ctx.MinExponent)), true
		}
		return nil, false
	}
	cc.Slots.SetAttr = func(v rt.Value, name string, val rt.Value) bool {
		x := v.(*Context)
		switch name {
		case "prec":
			n := stdutil.Int(val)
			if n < 1 || n > 999999999999999999 {
				rt.Raise(rt.ValueError, "valid range for prec is [1, MAX_PREC]")
			}
			x.ctx.Precision = uint32(n)
			return true
		case "rounding":
			x.ctx.Rounding = rounderOf(val)
			return true
		}
		return false
	}
}

// Module returns a fresh decimal module and resets the current context.
func Module() *rt.Module {
	current = DefaultContext()
	m := rt.NewModule("decimal")
	m.Set("Decimal", DecimalType)
	m.Set("Context", ContextType)
	m.Func("getcontext", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("getcontext", args, kwargs, 0, 0)
		return current
	})
	m.Func("setcontext", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("setcontext", args, kwargs, 1, 1)
		ctx, ok := args[0].(*Context)
		if !ok {
			rt.Raise(rt.TypeError, "argument must be a context")
		}
		current = ctx
		return rt.None
	})
	for _, r := range roundings {
		m.Set(r.py, r.py)
	}
	for _, cls := range []*rt.Class{DecimalException, Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded, Subnormal,
		Overflow, Underflow, FloatOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined} {
		m.Set(cls.Name, cls)
	}
	m.Set("MAX_PREC", rt.IntFromInt64(999999999999999999))
	return m
}

// DecimalTuple is the named tuple as_tuple() returns.
type DecimalTuple struct{ t *rt.Tuple }

// DecimalTupleType is decimal.DecimalTuple.
var DecimalTupleType = rt.NewClass("DecimalTuple", "decimal")

// Class returns DecimalTuple.
func (*DecimalTuple) Class() *rt.Class { return DecimalTupleType }

func init() {
	c := DecimalTupleType
	names := []string{"sign", "digits", "exponent"}
	c.Slots.Repr = func(v rt.Value) string {
		t := v.(*DecimalTuple).t
		return "DecimalTuple(sign=" + rt.Repr(t.Items[0]) + ", digits=" + rt.Repr(t.Items[1]) + ", exponent=" + rt.Repr(t.Items[2]) + ")"
	}
	c.Slots.Len = func(v rt.Value) int { return 3 }
	c.Slots.GetItem = func(v, k rt.Value) rt.Value { return rt.GetItem(v.(*DecimalTuple).t, k) }
	c.Slots.Iter = func(v rt.Value) rt.Iterator { return rt.Iter(v.(*DecimalTuple).t) }
	c.Slots.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		x, ok := a.(*DecimalTuple)
		if !ok {
			return rt.NotImplemented
		}
		if y, ok := b.(*DecimalTuple); ok {
			b = y.t
		}
		return rt.Compare(op, x.t, b)
	}
	c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		for i, n := range names {
			if n == name {
				return v.(*DecimalTuple).t.Items[i], true
			}
		}
		return nil, false
	}
}
