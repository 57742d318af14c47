package decimal

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

func TestDecimalMatchesCPython(t *testing.T) {
	m := Module()
	D := func(v rt.Value) rt.Value { return rt.CallClass(DecimalType, []rt.Value{v}, nil) }
	var cases []pycase.Case
	add := func(py string, f func() rt.Value) {
		cases = append(cases, pycase.Case{Py: py, Go: func() string { Module(); return rt.Outcome(f) }})
	}
	_ = m
	i := rt.IntFromInt64
	strs := []string{"0", "1", "-1", "1.5", "-0", "0.000", "1E+3", "1e-7", "0E-9", "123.456", "  42  ", "1_000", "1__0", "abc", "",
		"NaN", "-Infinity", "inf", "sNaN", "1e99999", "1e-99999", "0.1", "12345678901234567890123456789.5", "1.2345e10", ".5", "5."}
	for _, s := range strs {
		s := s
		add("decimal.Decimal("+rt.StrRepr(s)+")", func() rt.Value { return D(s) })
		add("str(decimal.Decimal("+rt.StrRepr(s)+"))", func() rt.Value { return rt.Str(D(s)) })
	}
	for _, f := range []float64{0.1, 0.5, -2.75, 1e20, 1e-5, 3.141592653589793} {
		f := f
		add("decimal.Decimal("+rt.Repr(f)+")", func() rt.Value { return D(f) })
	}
	add("decimal.Decimal(10**30)", func() rt.Value { return D(rt.IntFromString("1"+"000000000000000000000000000000", 10)) })
	add("decimal.Decimal((1, (1, 4), -1)), decimal.Decimal((0, (), 'F'))", func() rt.Value {
		return rt.NewTuple(D(rt.NewTuple(i(1), rt.NewTuple(i(1), i(4)), i(-1))), D(rt.NewTuple(i(0), rt.NewTuple(), "F")))
	})
	add("decimal.Decimal(-5)", func() rt.Value { return D(i(-5)) })
	add("decimal.Decimal([1])", func() rt.Value { return D(rt.NewList([]rt.Value{i(1)})) })
	pairs := [][2]string{{"1", "3"}, {"2", "3"}, {"1.5", "0.5"}, {"10", "0"}, {"0", "0"}, {"-7", "2"}, {"7", "-2"}, {"1.23", "4.5678"},
		{"1e28", "1"}, {"123456789012345678901234567890", "1"}, {"2", "0.5"}, {"-2", "0.5"}, {"9.99", "0.01"}, {"1e99999", "10"}}
	ops := []struct {
		py string
		op rt.BinaryOp
	}{{"+", rt.OpAdd}, {"-", rt.OpSub}, {"*", rt.OpMul}, {"/", rt.OpTrueDiv}, {"//", rt.OpFloorDiv}, {"%", rt.OpMod}}
	for _, p := range pairs {
		for _, op := range ops {
			p, op := p, op
			add("decimal.Decimal("+rt.StrRepr(p[0])+") "+op.py+" decimal.Decimal("+rt.StrRepr(p[1])+")", func() rt.Value {
				return rt.Binary(op.op, D(p[0]), D(p[1]))
			})
		}
		p := p
		add("decimal.Decimal("+rt.StrRepr(p[0])+") < decimal.Decimal("+rt.StrRepr(p[1])+")", func() rt.Value {
			return rt.Compare(rt.OpLT, D(p[0]), D(p[1]))
		})
	}
	add("decimal.Decimal('1.1') + 2", func() rt.Value { return rt.Binary(rt.OpAdd, D("1.1"), i(2)) })
	add("2 * decimal.Decimal('1.1')", func() rt.Value { return rt.Binary(rt.OpMul, i(2), D("1.1")) })
	add("decimal.Decimal('2') ** 10", func() rt.Value { return rt.Binary(rt.OpPow, D("2"), i(10)) })
	add("decimal.Decimal('0.1') == 0.1, decimal.Decimal('0.5') == 0.5, decimal.Decimal(2) == 2, decimal.Decimal('0.1') < 0.2", func() rt.Value {
		return rt.NewTuple(rt.Compare(rt.OpEQ, D("0.1"), 0.1), rt.Compare(rt.OpEQ, D("0.5"), 0.5), rt.Compare(rt.OpEQ, D(i(2)), i(2)), rt.Compare(rt.OpLT, D("0.1"), 0.2))
	})
	add("decimal.Decimal('NaN') < 1", func() rt.Value { return rt.Compare(rt.OpLT, D("NaN"), i(1)) })
	add("decimal.Decimal('NaN') == decimal.Decimal('NaN')", func() rt.Value { return rt.Compare(rt.OpEQ, D("NaN"), D("NaN")) })
	for _, s := range []string{"1", "2.5", "-2.5", "0.1", "100", "1e3", "1.000", "12345678901234567890.25", "-0"} {
		s := s
		add("hash(decimal.Decimal("+rt.StrRepr(s)+"))", func() rt.Value { return i(rt.Hash(D(s))) })
		add("int(decimal.Decimal("+rt.StrRepr(s)+")), float(decimal.Decimal("+rt.StrRepr(s)+"))", func() rt.Value {
			x := D(s).(*Decimal)
			return rt.NewTuple(x.ToInt(), x.ToFloat())
		})
		add("-decimal.Decimal("+rt.StrRepr(s)+"), +decimal.Decimal("+rt.StrRepr(s)+"), abs(decimal.Decimal("+rt.StrRepr(s)+"))", func() rt.Value {
			return rt.NewTuple(rt.Unary(rt.OpNeg, D(s)), rt.Unary(rt.OpPos, D(s)), rt.CallMethod(D(s), "__abs__", nil, nil))
		})
		for _, q := range []string{"1", "0.01", "1e2"} {
			q := q
			add("decimal.Decimal("+rt.StrRepr(s)+").quantize(decimal.Decimal("+rt.StrRepr(q)+"))", func() rt.Value {
				return rt.CallMethod(D(s), "quantize", []rt.Value{D(q)}, nil)
			})
		}
		add("decimal.Decimal("+rt.StrRepr(s)+").quantize(decimal.Decimal('1'), rounding=decimal.ROUND_HALF_UP)", func() rt.Value {
			return rt.CallMethod(D(s), "quantize", []rt.Value{D("1")}, []rt.KW{{Name: "rounding", Value: "ROUND_HALF_UP"}})
		})
		add("round(decimal.Decimal("+rt.StrRepr(s)+")), round(decimal.Decimal("+rt.StrRepr(s)+"), 1)", func() rt.Value {
			return rt.NewTuple(rt.CallMethod(D(s), "__round__", nil, nil), rt.CallMethod(D(s), "__round__", []rt.Value{i(1)}, nil))
		})
		add("decimal.Decimal("+rt.StrRepr(s)+").as_tuple()", func() rt.Value { return rt.CallMethod(D(s), "as_tuple", nil, nil) })
		add("decimal.Decimal("+rt.StrRepr(s)+").normalize()", func() rt.Value { return rt.CallMethod(D(s), "normalize", nil, nil) })
		add("decimal.Decimal("+rt.StrRepr(s)+").adjusted()", func() rt.Value { return rt.CallMethod(D(s), "adjusted", nil, nil) })
	}
	add("decimal.Decimal('123456789.123').quantize(decimal.Decimal('1e-25'))", func() rt.Value {
		return rt.CallMethod(D("123456789.123"), "quantize", []rt.Value{D("1e-25")}, nil)
	})
	add("decimal.Decimal(2).sqrt()", func() rt.Value { return rt.CallMethod(D(i(2)), "sqrt", nil, nil) })
	add("decimal.getcontext().prec, decimal.getcontext().rounding", func() rt.Value {
		c := Current()
		return rt.NewTuple(rt.GetAttr(c, "prec"), rt.GetAttr(c, "rounding"))
	})
	add("(lambda c: (setattr(c, 'prec', 5), decimal.Decimal(1) / decimal.Decimal(7), setattr(c, 'prec', 28))[1])(decimal.getcontext())", func() rt.Value {
		c := Current()
		rt.SetAttr(c, "prec", i(5))
		r := rt.Binary(rt.OpTrueDiv, D(i(1)), D(i(7)))
		rt.SetAttr(c, "prec", i(28))
		return r
	})
	for _, s := range []string{"1234567.891", "-0.5", "0", "-0", "1e10", "0.000012345", "2.5", "100", "NaN", "-Infinity", "1E+2"} {
		for _, spec := range []string{"", ".2f", ".0f", "f", ",.2f", "_", ">12.3f", "<10", "^10.1f", "012.2f", "+.3e", ".3g", "g", "e", ".2%", "%",
			"z.1f", "#.0f", "010,.2f", "E", "G", "x<8", ".10g"} {
			s, spec := s, spec
			add("format(decimal.Decimal("+rt.StrRepr(s)+"), "+rt.StrRepr(spec)+")", func() rt.Value { return rt.Format(D(s), spec) })
		}
	}
	pycase.Check(t, cases)
}
