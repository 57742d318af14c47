package rt

import (
	"math"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
)

func TestFormatSpecAgainstCPython(t *testing.T) {
	var cases []pycase.Case
	ints := []Value{0, 1, -1, 7, 42, -42, 255, 1234, -1234567, 1 << 40, math.MaxInt64, math.MinInt64,
		IntFromBig(bigPow2(100)), IntFromBig(bigPow2(70)).Neg(), true, false}
	intSpecs := []string{"", "d", "5", "<5", "^7", "=+8", "08", "+", " ", "-", ",", "_", "08,", "010_", "x", "#x",
		"X", "#X", "o", "#o", "b", "#b", "#_b", "_x", "#012_x", "c", "n", "e", ".2f", "%", ".1%", "g", "E", "F",
		"*^9", "é>6", "0>5", ",d", ".3", "z", "#c", "+c", ",c", "_,", ",_", "s", "!", "1.5", "10x,", "12,",
		"013,", "_o", "+#x", " #b", "=8", "<08", "00", "0", ",x"}
	for _, v := range ints {
		for _, s := range intSpecs {
			cases = append(cases, cFmt(v, s))
		}
	}
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, 2.5, 3.14159, -2.71828, 1e16, 1e15, 1e-5, 1e-4,
		123456.789, 1e100, 5e-324, 1.7976931348623157e308, math.Inf(1), math.Inf(-1), math.NaN(), 0.1, 100, 1234567.0,
		-0.0004, 2.675, 9.995, 0.125}
	floatSpecs := []string{"", "f", ".2f", ".0f", "#.0f", "e", ".3e", "E", "g", ".3g", "#g", "G", ".10g", "%",
		".1%", "n", ",", ",.2f", "_.3f", "010.2f", "+.1f", " .1f", "z.1f", "z", ".3", ".0", "#", "10", "<10",
		"^12.3", "=+12.2f", "012,.1f", "F", "#.3g", "#.0e", "d", "x", "s", ".2", "020,.3e", "z.0f", "-08.1f",
		".17g", ".20f"}
	for _, v := range floats {
		for _, s := range floatSpecs {
			cases = append(cases, cFmt(v, s))
		}
	}
	strs := []string{"", "abc", "héllo", "日本"}
	strSpecs := []string{"", "s", "5", "<5", ">5", "^6", "*^7", ".2", "8.1", "é>4", "05", "=5", "+", " ", "z",
		"#", ",", "_", "d", "x", ".0", "010", "3.5s", "x<3", "\x00^5"}
	for _, v := range strs {
		for _, s := range strSpecs {
			cases = append(cases, cFmt(v, s))
		}
	}
	cases = append(cases, cFmt(1, "99999999999999999999"), cFmt(1, ".99999999999999999999f"), cFmt(1.5, "."),
		cFmt("a", "é"), cFmt(1, "é"), cFmt(1.0, "\x01"), cFmt(IntFromBig(bigPow2(2000)), "e"),
		cFmt(IntFromBig(bigPow2(1100)), "f"), cFmt(1.0, ".2147483648f"), cFmt(1, ".2147483648f"), cFmt(1.0, "99999999999999999999"))
	pycase.Check(t, cases)
}

func TestStrFormatMethodAgainstCPython(t *testing.T) {
	c := func(f string, args ...Value) pycase.Case { return cM(f, "format", args...) }
	ck := func(f string, args []Value, kw ...KW) pycase.Case { return cMK(f, "format", args, kw...) }
	cases := []pycase.Case{
		c("{} and {}", "a", 1), c("{0}{1}{0}", "x", "y"), c("{{}} {}", 5), c("{:>5}|{:<5}", "a", "b"),
		c("{0!r} {0!s} {0!a}", "é"), c("{0:{1}}", 3.14159, ".2f"), c("{0:{1}{2}}", 42, ">", 6),
		c("{:{}}", "x", 4), c("{0[0]}{0[1]}", lst("a", "b")), c("{0[1]}", "xyz"), c("{0.x}", 1), c("{0[0]}", 1),
		c("{0}{}", 1, 2), c("{}{0}", 1, 2), c("{"), c("}"), c("a{"), c("a}b"), c("{1}", 1), c("{a}", 1),
		c("{!x}", 1), c("{!}", 1), c("{!r", 1), c("{0!rr}", 1), c("{:.2s}", 1), c("{0:{1:{2}}}", 1, 2, 3),
		c("{0.}", 1), c("{0[}", lst(1)), c("{0[0]x}", lst(1)), c("{[0]}", lst(5)), c("{0:}", "x"),
		c("{:d}", "a"), c("{:x}", 1.5), c("{:,s}", "a"), c("{:=s}", "a"), c("{:+s}", "a"), c("{0!r:>10}", "a"),
		c("{:%}", 0.5), c("{:%}", 1), c("{:n}", 1234567), c("{:#x}", 255), c("{:08,}", 1234), c("{:,.2f}", 12345.678),
		c("{:e}", 1), c("{:^10}", "ab"), c("{:*^11}", "ab"), c("{} {}", "only one"), c("{0{}}", 1), c("{:{{}}}", 1),
		c("{}}", 1), c("{{{}}}", 1), c("no fields"), c(""), c("{:}", None), c("{}", None), c("{:5}", None),
		c("{!r}", "a'b"), c("{}", true), c("{:d}", true), c("{:>5}", true), c("{}", 1.0), c("{}", 1e20),
		ck("{name} is {age}", nil, KW{"name", "Bob"}, KW{"age", 30}), ck("{0} {x}", []Value{1}, KW{"x", 2}),
		ck("{x:>{w}}", nil, KW{"x", "a"}, KW{"w", 4}), ck("{y}", nil, KW{"x", 1}),
		cE("'{a}-{b}'.format_map({'a': 1, 'b': 2})", func() Value {
			d := NewDict(0)
			d.Set("a", mkIntT(1))
			d.Set("b", mkIntT(2))
			return StrFormatMap("{a}-{b}", d)
		}),
		cE("'{}'.format_map({})", func() Value { return StrFormatMap("{}", NewDict(0)) }),
		cE("'{x}'.format_map({})", func() Value { return StrFormatMap("{x}", NewDict(0)) }),
		cE("'a'.format_map(1)", func() Value { return CallMethod("a", "format_map", []Value{mkIntT(1)}, nil) }),
	}
	pycase.Check(t, cases)
}

func TestPercentFormatAgainstCPython(t *testing.T) {
	p := cPct
	cases := []pycase.Case{
		p("%d", "x"), p("%s %s", "x"), p("%s", tup("x", "y")), p("%(a)s", 1), p("%y", 1), p("%", 1),
		p("%c", "ab"), p("%c", 1<<30), p("%.*f", tup("x", 1.0)), p("%x", 1.5), p("%d", 1.5), p("%d", -1.5),
		p("%5.2s|", "abc"), p("%-5d|", 3), p("%+05d", 3), p("% d", 3), p("%#x", 255), p("%#o", 8), p("%#X", -255),
		p("%r", "a"), p("%a", "é"), p("%e", 1.5), p("%g", 1e-5), p("%10.3f", 3.14159), p("%s", None),
		p("%%", tup()), p("%s%%", 1), p("%c", 65), p("%5c|", "a"), p("%i|%u", tup(1, 2)), p("%.3d", 5),
		p("%.3d", -5), p("%08.3d", -5), p("%-08d|", 5), p("%*d", tup(5, 1)), p("%-*d|", tup(5, 1)),
		p("%*d|", tup(-5, 1)), p("%.*s", tup(2, "abc")), p("%s", tup()), p("%s", lst(1, 2)), p("%s", tup(tup(1, 2))),
		p("%s and %r", tup("a", "b")), p("%5s|%-5s|", tup("ab", "cd")), p("%05s", "a"), p("%x", -255),
		p("%o", 8), p("%X", 3054), p("%d", true), p("%s", true), p("%f", 1), p("%.2f", 2.675), p("%.0f", 0.5),
		p("%.0f", 1.5), p("%#.0f", 1.0), p("%g", 100000.0), p("%g", 1000000.0), p("%#g", 1.0), p("%G", 1e-10),
		p("%E", 12345.678), p("%F", math.Inf(1)), p("%f", math.NaN()), p("%05f", math.Inf(-1)), p("%+f", 0.0),
		p("%d", math.Inf(1)), p("%d", math.NaN()), p("%s", "é"), p("%-3s|", "é"), p("%.1s", "日本"),
		p("%d", IntFromBig(bigPow2(100))), p("%x", IntFromBig(bigPow2(100))), p("%e", IntFromBig(bigPow2(100))),
		p("%c", -1), p("%c", "é"), p("%c", 1.0), p("%x", "a"), p("%f", "a"), p("%(a)s", tup()),
		p("abc", tup()), p("abc", 1), p("abc", tup(1)), p("%s %(a)s", 1), p("%z", 1), p("%é", 1), p("%5", 1),
		p("%.2147483648s", "a"), p("%.99999999999999999999s", "a"), p("%99999999999999999999s", "a"), p("%.2147483648d", 1),
		p("%.", 1), p("%(a", 1), p("x", lst(1)), p("x", Bytes("a")), p("%(a)s", lst(1)), p("%s", lst(1)),
		p(Bytes("x"), lst(1)), p(Bytes("x"), "a"), p(Bytes("x"), Bytes("a")), p("x", &ByteArray{B: []byte("a")}), p("%ld %hd %Lf", tup(1, 2, 3.0)), p("%.10000f", 1.0), p("%s", "a'b"),
		cE("'%(a)s-%(b)d' % {'a': 'x', 'b': 2}", func() Value {
			d := NewDict(0)
			d.Set("a", "x")
			d.Set("b", mkIntT(2))
			return Binary(OpMod, "%(a)s-%(b)d", d)
		}),
		cE("'%(a)s' % {}", func() Value { return Binary(OpMod, "%(a)s", NewDict(0)) }),
		cE("'%s' % {}", func() Value { return Binary(OpMod, "%s", NewDict(0)) }),
		cE("'x' % {}", func() Value { return Binary(OpMod, "x", NewDict(0)) }),
		cE("'%(a)s %s' % {'a': 1}", func() Value {
			d := NewDict(0)
			d.Set("a", mkIntT(1))
			return Binary(OpMod, "%(a)s %s", d)
		}),
		cE("'%((a))s' % {'(a)': 1}", func() Value {
			d := NewDict(0)
			d.Set("(a)", mkIntT(1))
			return Binary(OpMod, "%((a))s", d)
		}),
	}
	pycase.Check(t, cases)
}
