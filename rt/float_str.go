package rt

import (
	"math"
	"strconv"
	"strings"
)

// This file converts floats to and from text as CPython's
// PyOS_double_to_string and float() do. Digit generation relies on Go's
// strconv, which, like David Gay's dtoa that CPython uses, returns the
// shortest round-tripping digits (mode 0) or the correctly rounded digits of
// the exact binary value, ties to even (modes 2 and 3).

// FloatFlags modify FormatFloat's output (CPython's Py_DTSF_* flags).
type FloatFlags uint8

const (
	// FloatAddDot0 adds ".0" to a result that would look like an integer
	// (repr/str; format with no type and a precision).
	FloatAddDot0 FloatFlags = 1 << iota
	// FloatAlt is the '#' option: keep trailing zeros for 'g' and always
	// write a decimal point.
	FloatAlt
	// FloatSign writes '+' before non-negative numbers.
	FloatSign
	// FloatNoNegZero turns a negative zero result into positive zero (the 'z'
	// option).
	FloatNoNegZero
)

// FloatRepr returns repr(f) (also str(f)): the shortest digits that round-trip,
// in fixed notation when the decimal exponent is in [-4, 16), else
// exponential ("1e+16", "1e-05"), with ".0" for integral values.
func FloatRepr(f float64) string {
	if f == 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return FormatFloat(f, 'r', 0, FloatAddDot0)
	}
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64) // [-]d[.ddd]e±XX
	var out [48]byte
	o := out[:0]
	if e[0] == '-' {
		o = append(o, '-')
		e = e[1:]
	}
	// Split mantissa digits and exponent.
	var digits [20]byte
	nd := 0
	i := 0
	for ; e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits[nd] = e[i]
			nd++
		}
	}
	exp := 0
	for _, c := range e[i+2:] {
		exp = exp*10 + int(c-'0')
	}
	if e[i+1] == '-' {
		exp = -exp
	}
	decpt := exp + 1
	d := digits[:nd]
	switch {
	case decpt > -4 && decpt <= 0:
		o = append(o, '0', '.')
		for k := decpt; k < 0; k++ {
			o = append(o, '0')
		}
		o = append(o, d...)
	case decpt > 0 && decpt <= 16:
		if decpt >= nd {
			o = append(o, d...)
			for k := nd; k < decpt; k++ {
				o = append(o, '0')
			}
			o = append(o, '.', '0')
		} else {
			o = append(o, d[:decpt]...)
			o = append(o, '.')
			o = append(o, d[decpt:]...)
		}
	default:
		o = append(o, d[0])
		if nd > 1 {
			o = append(o, '.')
			o = append(o, d[1:]...)
		}
		x := decpt - 1
		o = append(o, 'e')
		if x < 0 {
			o = append(o, '-')
			x = -x
		} else {
			o = append(o, '+')
		}
		if x < 10 {
			o = append(o, '0')
		}
		o = strconv.AppendInt(o, int64(x), 10)
	}
	return string(o)
}

// FormatFloat formats f as PyOS_double_to_string(f, code, prec, flags) does.
// code is 'e', 'E', 'f', 'F', 'g', 'G' or 'r' (repr: prec ignored). For 'g'
// a precision of 0 means 1. Infinities and NaN are "inf"/"nan" ("INF"/"NAN"
// for upper-case codes). The '%' presentation type is 'f' on f*100 followed
// by '%', which callers add.
func FormatFloat(f float64, code byte, prec int, flags FloatFlags) string {
	upper := code == 'E' || code == 'F' || code == 'G'
	lc := code | 0x20
	if code == 'r' {
		lc = 'r'
	}
	neg := math.Signbit(f)
	if math.IsNaN(f) {
		neg = false // CPython prints nan without its sign bit
	}
	var body string
	switch {
	case math.IsInf(f, 0):
		body = "inf"
	case math.IsNaN(f):
		body = "nan"
	default:
		body = formatFinite(math.Abs(f), lc, prec, flags)
		if neg && flags&FloatNoNegZero != 0 && isZeroText(body) {
			neg = false
		}
	}
	if upper {
		body = strings.ToUpper(body)
	}
	switch {
	case neg:
		return "-" + body
	case flags&FloatSign != 0:
		return "+" + body
	}
	return body
}

func isZeroText(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' {
			break
		}
		if c != '0' && c != '.' {
			return false
		}
	}
	return true
}

// formatFinite formats a non-negative finite f (format_float_short).
func formatFinite(f float64, code byte, prec int, flags FloatFlags) string {
	alt := flags&FloatAlt != 0
	if code == 'f' {
		s := strconv.FormatFloat(f, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	}
	if code == 'e' && !alt {
		return strconv.FormatFloat(f, 'e', prec, 64)
	}
	// Digits and decimal point position: value = 0.DIGITS * 10**decpt.
	var e string
	switch code {
	case 'r':
		e = strconv.FormatFloat(f, 'e', -1, 64)
	case 'e':
		e = strconv.FormatFloat(f, 'e', prec, 64)
	default: // 'g'
		if prec == 0 {
			prec = 1
		}
		e = strconv.FormatFloat(f, 'e', prec-1, 64)
	}
	mant, exps, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(exps)
	digits := strings.Replace(mant, ".", "", 1)
	if code != 'e' {
		digits = strings.TrimRight(digits, "0")
	}
	if digits == "" {
		digits = "0"
	}
	decpt := exp + 1
	if f == 0 {
		decpt = 1
	}
	addDot0 := flags&FloatAddDot0 != 0
	useExp := false
	vdigitsEnd := len(digits)
	switch code {
	case 'e':
		useExp = true
		vdigitsEnd = prec + 1
	case 'g':
		lim := prec
		if addDot0 {
			lim = prec - 1
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
		if alt {
			vdigitsEnd = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	x := 0
	if useExp {
		x = decpt - 1
		decpt = 1
	}
	vdigitsStart := 0
	if decpt <= 0 {
		vdigitsStart = decpt - 1
	}
	if !useExp && addDot0 {
		vdigitsEnd = max(vdigitsEnd, decpt+1)
	} else {
		vdigitsEnd = max(vdigitsEnd, decpt)
	}
	var b strings.Builder
	if decpt <= 0 {
		b.WriteString(strings.Repeat("0", decpt-vdigitsStart))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", -decpt))
	} else {
		b.WriteString(strings.Repeat("0", -vdigitsStart))
	}
	n := len(digits)
	if 0 < decpt && decpt <= n {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if n < decpt {
		b.WriteString(strings.Repeat("0", decpt-n))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", vdigitsEnd-decpt))
	} else {
		b.WriteString(strings.Repeat("0", vdigitsEnd-n))
	}
	s := b.String()
	if s[len(s)-1] == '.' && !alt {
		s = s[:len(s)-1]
	}
	if useExp {
		s += "e"
		if x < 0 {
			s += "-"
			x = -x
		} else {
			s += "+"
		}
		if x < 10 {
			s += "0"
		}
		s += strconv.Itoa(x)
	}
	return s
}

// ParseFloat converts s as float(s) does: surrounding whitespace, a sign,
// decimal digits with single underscores between digits, an optional
// exponent, or inf/infinity/nan in any case. It raises ValueError "could not
// convert string to float: <repr>" otherwise. Out-of-range values become
// infinities or zeros, as in CPython.
func ParseFloat(s string) float64 {
	f, ok := parseFloatText(asciiDigits(s))
	if !ok {
		panic(NewException(ValueError, "could not convert string to float: "+Repr(s)))
	}
	return f
}

// ParseFloatBytes is ParseFloat for a bytes argument (float(b'1.5')).
func ParseFloatBytes(b Bytes) float64 {
	f, ok := parseFloatText(strings.TrimFunc(string(b), func(r rune) bool { return r < 0x80 && isPySpace(r) }))
	if !ok {
		panic(NewException(ValueError, "could not convert string to float: "+Repr(b)))
	}
	return f
}

func parseFloatText(s string) (float64, bool) {
	t := s
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	if t != "" && (t[0]|0x20 == 'i' || t[0]|0x20 == 'n') {
		switch strings.ToLower(t) {
		case "inf", "infinity":
			if neg {
				return math.Inf(-1), true
			}
			return math.Inf(1), true
		case "nan":
			if neg {
				return math.Copysign(math.NaN(), -1), true
			}
			return math.NaN(), true
		}
		return 0, false
	}
	// Validate: digitpart ["." [digitpart]] [exp] | "." digitpart [exp].
	i, underscores := 0, false
	i, intPart := scanDigitPart(t, i, &underscores)
	frac := false
	if i < len(t) && t[i] == '.' {
		i, frac = scanDigitPart(t, i+1, &underscores)
	}
	if !intPart && !frac {
		return 0, false
	}
	if i < len(t) && (t[i] == 'e' || t[i] == 'E') {
		i++
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		var ok bool
		if i, ok = scanDigitPart(t, i, &underscores); !ok {
			return 0, false
		}
	}
	if i != len(t) {
		return 0, false
	}
	clean := s
	if underscores {
		clean = strings.ReplaceAll(clean, "_", "")
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

// scanDigitPart scans digit (["_"] digit)* from t[i:], returning the end and
// whether at least one digit was found; it records whether an underscore
// was seen.
func scanDigitPart(t string, i int, underscores *bool) (int, bool) {
	if i >= len(t) || t[i] < '0' || t[i] > '9' {
		return i, false
	}
	for i < len(t) {
		c := t[i]
		if c >= '0' && c <= '9' {
			i++
		} else if c == '_' && i+1 < len(t) && t[i+1] >= '0' && t[i+1] <= '9' {
			*underscores = true
			i++
		} else {
			break
		}
	}
	return i, true
}

// FloatHex returns float.hex(f): "0x1.8000000000000p+0", "-0x0.0p+0",
// "inf", "nan".
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	h := strconv.FormatUint(mant, 16)
	h = strings.Repeat("0", 13-len(h)) + h
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + h + "p" + es
}

// FloatFromHex returns float.fromhex(s), raising ValueError "invalid
// hexadecimal floating-point string" or OverflowError "hexadecimal value too
// large to represent as a float".
func FloatFromHex(s string) float64 {
	t := strings.TrimFunc(s, isPySpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	sign := 1.0
	if neg {
		sign = -1
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		return math.Inf(int(sign))
	case "nan":
		return math.NaN()
	}
	if len(t) >= 2 && t[0] == '0' && (t[1]|0x20) == 'x' {
		t = t[2:]
	}
	i := 0
	isHex := func(c byte) bool { return digitValue(c) < 16 }
	nd := 0
	for i < len(t) && isHex(t[i]) {
		i++
		nd++
	}
	if i < len(t) && t[i] == '.' {
		i++
		for i < len(t) && isHex(t[i]) {
			i++
			nd++
		}
	}
	if nd == 0 {
		panic(NewException(ValueError, "invalid hexadecimal floating-point string"))
	}
	mant := t[:i]
	exp := "0"
	if i < len(t) && (t[i]|0x20) == 'p' {
		i++
		j := i
		if i < len(t) && (t[i] == '+' || t[i] == '-') {
			i++
		}
		k := i
		for i < len(t) && t[i] >= '0' && t[i] <= '9' {
			i++
		}
		if i == k {
			panic(NewException(ValueError, "invalid hexadecimal floating-point string"))
		}
		exp = t[j:i]
	}
	if i != len(t) {
		panic(NewException(ValueError, "invalid hexadecimal floating-point string"))
	}
	if strings.HasPrefix(mant, ".") {
		mant = "0" + mant
	}
	f, err := strconv.ParseFloat("0x"+mant+"p"+exp, 64)
	if err != nil || math.IsInf(f, 0) {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && f == 0 {
			return math.Copysign(0, sign)
		}
		if math.IsInf(f, 0) {
			panic(NewException(OverflowError, "hexadecimal value too large to represent as a float"))
		}
		panic(NewException(ValueError, "invalid hexadecimal floating-point string"))
	}
	return sign * f
}
