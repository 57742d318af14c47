package decimal

import (
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"

	"github.com/genvm-go/genvm/rt"
)

// fmtSpec is a parsed format specification.
type fmtSpec struct {
	fill      rune
	align     byte
	sign      byte
	noNeg0    bool
	alt       bool
	zeropad   bool
	width     int
	thousands string
	prec      int // -1: none
	typ       byte
}

func parseSpec(spec string) fmtSpec {
	s := fmtSpec{fill: ' ', prec: -1}
	r := []rune(spec)
	i := 0
	isAlign := func(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }
	if len(r) >= 2 && isAlign(r[1]) {
		s.fill, s.align = r[0], byte(r[1])
		i = 2
	} else if len(r) >= 1 && isAlign(r[0]) {
		s.align = byte(r[0])
		i = 1
	}
	if i < len(r) && (r[i] == '+' || r[i] == '-' || r[i] == ' ') {
		s.sign = byte(r[i])
		i++
	}
	if i < len(r) && r[i] == 'z' {
		s.noNeg0 = true
		i++
	}
	if i < len(r) && r[i] == '#' {
		s.alt = true
		i++
	}
	if i < len(r) && r[i] == '0' {
		s.zeropad = true
		if s.align == 0 {
			s.fill, s.align = '0', '='
		}
		i++
	}
	start := i
	for i < len(r) && r[i] >= '0' && r[i] <= '9' {
		i++
	}
	if i > start {
		s.width, _ = strconv.Atoi(string(r[start:i]))
	}
	if i < len(r) && r[i] == '_' {
		rt.Raise(rt.ValueError, "invalid format string")
	}
	if i < len(r) && r[i] == ',' {
		s.thousands = string(r[i])
		i++
	}
	if i < len(r) && r[i] == '.' {
		i++
		start = i
		for i < len(r) && r[i] >= '0' && r[i] <= '9' {
			i++
		}
		if i == start {
			rt.Raise(rt.ValueError, "Invalid format specifier '"+spec+"' for object of type 'decimal.Decimal'")
		}
		s.prec, _ = strconv.Atoi(string(r[start:i]))
	}
	if i < len(r) {
		if i != len(r)-1 || !strings.ContainsRune("eEfFgGn%", r[i]) {
			rt.Raise(rt.ValueError, "Invalid format specifier '"+spec+"' for object of type 'decimal.Decimal'")
		}
		s.typ = byte(r[i])
	}
	if s.align == 0 {
		s.align = '>'
	}
	return s
}

// Format is format(d, spec), following _pydecimal's Decimal.__format__.
func (x *Decimal) Format(spec string) string {
	sp := parseSpec(spec)
	d := x.d
	if d.Form != apd.Finite {
		body := x.String()
		neg := d.Negative
		if neg {
			body = body[1:]
		}
		if sp.typ == '%' {
			body += "%"
		}
		if sp.zeropad && sp.fill == '0' && sp.align == '=' {
			sp.fill, sp.align = ' ', '>' // CPython pads specials with spaces
		}
		return align(signOf(neg, sp), body, sp)
	}
	typ := sp.typ
	switch typ {
	case 0:
		typ = 'G' // context.capitals
	case 'n':
		typ = 'g' // the C locale
	}
	if typ == '%' {
		d.Exponent += 2
	}
	ctx := current.ctx
	if sp.prec >= 0 {
		switch typ {
		case 'e', 'E':
			d = roundSig(ctx, d, sp.prec+1)
		case 'f', 'F', '%':
			d = rescale(ctx, d, int32(-sp.prec))
		case 'g', 'G':
			p := sp.prec
			if p == 0 {
				p = 1
			}
			if int(d.NumDigits()) > p {
				d = roundSig(ctx, d, p)
			}
		}
	}
	digits := d.Coeff.String()
	isZero := d.Coeff.Sign() == 0
	if isZero && d.Exponent > 0 && (typ == 'f' || typ == 'F' || typ == '%') {
		d.Exponent = 0
	}
	neg := d.Negative
	if isZero && sp.noNeg0 {
		neg = false
	}
	left := int(d.Exponent) + len(digits)
	var dot int
	switch typ {
	case 'e', 'E':
		if isZero && sp.prec >= 0 {
			dot = 1 - sp.prec
		} else {
			dot = 1
		}
	case 'f', 'F', '%':
		dot = left
	default: // g, G
		if d.Exponent <= 0 && left > -6 {
			dot = left
		} else {
			dot = 1
		}
	}
	var intpart, frac string
	switch {
	case dot < 0:
		intpart, frac = "0", strings.Repeat("0", -dot)+digits
	case dot > len(digits):
		intpart, frac = digits+strings.Repeat("0", dot-len(digits)), ""
	default:
		intpart, frac = digits[:dot], digits[dot:]
		if intpart == "" {
			intpart = "0"
		}
	}
	exp := left - dot
	sign := signOf(neg, sp)
	if frac != "" || sp.alt {
		frac = "." + frac
	}
	if exp != 0 || typ == 'e' || typ == 'E' {
		echar := "e"
		if typ == 'E' || typ == 'G' {
			echar = "E"
		}
		es := strconv.Itoa(exp)
		if exp >= 0 {
			es = "+" + es
		}
		frac += echar + es
	}
	if typ == '%' {
		frac += "%"
	}
	minWidth := 0
	if sp.zeropad {
		minWidth = sp.width - len([]rune(frac)) - len(sign)
	}
	intpart = groupDigits(intpart, sp.thousands, minWidth)
	return align(sign, intpart+frac, sp)
}

func signOf(neg bool, sp fmtSpec) string {
	switch {
	case neg:
		return "-"
	case sp.sign == '+':
		return "+"
	case sp.sign == ' ':
		return " "
	}
	return ""
}

// groupDigits is _insert_thousands_sep with groups of three.
func groupDigits(digits, sep string, minWidth int) string {
	if sep == "" {
		for len(digits) < minWidth {
			digits = "0" + digits
		}
		return digits
	}
	var groups []string
	for {
		l := min(max(len(digits), minWidth, 1), 3)
		if len(digits) < l {
			digits = strings.Repeat("0", l-len(digits)) + digits
		}
		groups = append(groups, digits[len(digits)-l:])
		digits = digits[:len(digits)-l]
		minWidth -= l
		if len(digits) == 0 && minWidth <= 0 {
			break
		}
		minWidth -= len(sep)
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, sep)
}

func align(sign, body string, sp fmtSpec) string {
	n := len([]rune(sign)) + len([]rune(body))
	padding := sp.width - n
	if padding <= 0 {
		return sign + body
	}
	fill := strings.Repeat(string(sp.fill), padding)
	switch sp.align {
	case '<':
		return sign + body + fill
	case '=':
		return sign + fill + body
	case '^':
		half := padding / 2
		return strings.Repeat(string(sp.fill), half) + sign + body + strings.Repeat(string(sp.fill), padding-half)
	}
	return fill + sign + body
}

// rescale is _rescale: quantize to exponent exp with the context's rounding
// and no precision limit.
func rescale(ctx apd.Context, d apd.Decimal, exp int32) apd.Decimal {
	c := ctx
	c.Precision = 100000
	c.MaxExponent, c.MinExponent = 100000, -100000
	var out apd.Decimal
	c.Quantize(&out, &d, exp)
	return out
}

// roundSig is _round: round a nonzero finite value to places significant
// digits (padding with zeros when it has fewer).
func roundSig(ctx apd.Context, d apd.Decimal, places int) apd.Decimal {
	if d.Coeff.Sign() == 0 {
		return d
	}
	adj := func(x apd.Decimal) int32 { return x.Exponent + int32(x.NumDigits()) - 1 }
	out := rescale(ctx, d, adj(d)+1-int32(places))
	if adj(out) != adj(d) {
		out = rescale(ctx, out, adj(out)+1-int32(places))
	}
	return out
}
