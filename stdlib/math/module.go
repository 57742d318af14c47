package math

import (
	"math"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

func exactlyOne(name string, args []rt.Value, kwargs []rt.KW) rt.Value {
	rt.NoKwargs(name, kwargs)
	if len(args) != 1 {
		rt.Raisef(rt.TypeError, name, "() takes exactly one argument (", stdutil.Itoa(len(args)), " given)")
	}
	return args[0]
}

func exactly(name string, n int, args []rt.Value, kwargs []rt.KW) {
	rt.NoKwargs(name, kwargs)
	if len(args) != n {
		rt.Raisef(rt.TypeError, name, " expected ", stdutil.Itoa(n), " arguments, got ", stdutil.Itoa(len(args)))
	}
}

func unaryFloat(name string, f func(float64) float64, canOverflow bool) rt.BuiltinFunc {
	return func(args []rt.Value, kwargs []rt.KW) rt.Value {
		x := ToFloat(exactlyOne("math."+name, args, kwargs))
		return math1(x, f, canOverflow)
	}
}

func unaryValue(name string, f func(rt.Value) rt.Value) rt.BuiltinFunc {
	return func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return f(exactlyOne("math."+name, args, kwargs))
	}
}

func logFunc(name string, f func(float64) float64) rt.BuiltinFunc {
	return func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return logOf(exactlyOne("math."+name, args, kwargs), f)
	}
}

var (
	pIsClose = &rt.Params{Func: "isclose", Names: []string{"a", "b", "rel_tol", "abs_tol"}, Required: 2, KwOnly: 2}
	pProd    = &rt.Params{Func: "prod", Names: []string{"iterable", "start"}, Required: 1, PosOnly: 1, KwOnly: 1}
	pPerm    = &rt.Params{Func: "perm", Names: []string{"n", "k"}, Required: 1, PosOnly: 2}
)

// Module returns a fresh math module.
func Module() *rt.Module {
	m := rt.NewModule("math")
	m.Set("pi", math.Pi)
	m.Set("e", math.E)
	m.Set("tau", 2*math.Pi)
	m.Set("inf", math.Inf(1))
	m.Set("nan", math.NaN())
	m.Func("floor", unaryValue("floor", Floor))
	m.Func("ceil", unaryValue("ceil", Ceil))
	m.Func("trunc", unaryValue("trunc", Trunc))
	m.Func("sqrt", unaryFloat("sqrt", math.Sqrt, false))
	m.Func("exp", unaryFloat("exp", crExp, true))
	m.Func("exp2", unaryFloat("exp2", crExp2, true))
	m.Func("expm1", unaryFloat("expm1", math.Expm1, true))
	m.Func("cbrt", unaryFloat("cbrt", glibcCbrt, false))
	m.Func("fabs", unaryFloat("fabs", math.Abs, false))
	m.Func("sin", unaryFloat("sin", crSin, false))
	m.Func("cos", unaryFloat("cos", crCos, false))
	m.Func("tan", unaryFloat("tan", crTan, false))
	m.Func("asin", unaryFloat("asin", crAsin, false))
	m.Func("acos", unaryFloat("acos", crAcos, false))
	m.Func("atan", unaryFloat("atan", crAtan, false))
	m.Func("sinh", unaryFloat("sinh", fdSinh, true))
	m.Func("cosh", unaryFloat("cosh", fdCosh, true))
	m.Func("tanh", unaryFloat("tanh", fdTanh, false))
	m.Func("log2", logFunc("log2", crLog2))
	m.Func("log10", logFunc("log10", fdlibmLog10))
	m.Func("log1p", unaryFloat("log1p", math.Log1p, false))
	m.Func("degrees", unaryFloat("degrees", func(x float64) float64 { return float64(x * (180.0 / math.Pi)) }, true))
	m.Func("radians", unaryFloat("radians", func(x float64) float64 { return float64(x * (math.Pi / 180.0)) }, false))
	m.Func("log", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		rt.NoKwargs("log", kwargs)
		switch len(args) {
		case 1:
			return Log(args[0], nil)
		case 2:
			return Log(args[0], args[1])
		case 0:
			rt.Raise(rt.TypeError, "log expected at least 1 argument, got 0")
		}
		rt.Raisef(rt.TypeError, "log expected at most 2 arguments, got ", stdutil.Itoa(len(args)))
		return nil
	})
	m.Func("pow", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		exactly("pow", 2, args, kwargs)
		return Pow(ToFloat(args[0]), ToFloat(args[1]))
	})
	m.Func("atan2", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		exactly("atan2", 2, args, kwargs)
		return crAtan2(ToFloat(args[0]), ToFloat(args[1]))
	})
	m.Func("copysign", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		exactly("copysign", 2, args, kwargs)
		return math.Copysign(ToFloat(args[0]), ToFloat(args[1]))
	})
	m.Func("fmod", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		exactly("fmod", 2, args, kwargs)
		return Fmod(ToFloat(args[0]), ToFloat(args[1]))
	})
	m.Func("remainder", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		exactly("remainder", 2, args, kwargs)
		return Remainder(ToFloat(args[0]), ToFloat(args[1]))
	})
	m.Func("ldexp", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		exactly("ldexp", 2, args, kwargs)
		return Ldexp(ToFloat(args[0]), args[1])
	})
	m.Func("frexp", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		x := ToFloat(exactlyOne("math.frexp", args, kwargs))
		if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
			return rt.NewTuple(x, rt.IntFromInt64(0))
		}
		f, e := math.Frexp(x)
		return rt.NewTuple(f, rt.IntFromInt64(int64(e)))
	})
	m.Func("modf", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		x := ToFloat(exactlyOne("math.modf", args, kwargs))
		if math.IsInf(x, 0) {
			return rt.NewTuple(math.Copysign(0, x), x)
		}
		i, f := math.Modf(x)
		return rt.NewTuple(f, i)
	})
	m.Func("isfinite", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		x := ToFloat(exactlyOne("math.isfinite", args, kwargs))
		return !math.IsInf(x, 0) && !math.IsNaN(x)
	})
	m.Func("isinf", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return math.IsInf(ToFloat(exactlyOne("math.isinf", args, kwargs)), 0)
	})
	m.Func("isnan", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return math.IsNaN(ToFloat(exactlyOne("math.isnan", args, kwargs)))
	})
	m.Func("fsum", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		return Fsum(rt.Iter(exactlyOne("math.fsum", args, kwargs)))
	})
	m.Func("gcd", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		rt.NoKwargs("gcd", kwargs)
		return Gcd(args)
	})
	m.Func("lcm", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		rt.NoKwargs("lcm", kwargs)
		return Lcm(args)
	})
	m.Func("factorial", unaryValue("factorial", func(v rt.Value) rt.Value { return Factorial(v) }))
	m.Func("isqrt", unaryValue("isqrt", func(v rt.Value) rt.Value { return Isqrt(v) }))
	m.Func("comb", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		exactly("comb", 2, args, kwargs)
		return Comb(args[0], args[1])
	})
	m.Func("perm", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var n, k rt.Value
		pPerm.Unpack(args, kwargs, &n, &k)
		return Perm(n, k)
	})
	m.Func("isclose", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var a, b, rel, abs rt.Value
		pIsClose.Unpack(args, kwargs, &a, &b, &rel, &abs)
		r, t := 1e-09, 0.0
		if rel != nil {
			r = ToFloat(rel)
		}
		if abs != nil {
			t = ToFloat(abs)
		}
		return IsClose(ToFloat(a), ToFloat(b), r, t)
	})
	m.Func("prod", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var it, start rt.Value
		pProd.Unpack(args, kwargs, &it, &start)
		if start == nil {
			start = rt.IntFromInt64(1)
		}
		return Prod(rt.Iter(it), start)
	})
	m.Func("hypot", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		rt.NoKwargs("hypot", kwargs)
		return Hypot(args)
	})
	m.Func("dist", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		exactly("dist", 2, args, kwargs)
		return Dist(args[0], args[1])
	})
	return m
}
