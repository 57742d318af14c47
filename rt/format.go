package rt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/fuel"
)

// This file implements the format mini-language (format(), f-string format
// specs, str.format) for str, int, bool and float, as CPython's
// Python/formatter_unicode.c, and the dispatcher Format.

// FormatSpec is a parsed standard format specifier:
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
type FormatSpec struct {
	Fill      string // one code point; " " by default
	Align     byte   // '<', '>', '^', '=' or 0 (type's default)
	Sign      byte   // '+', '-', ' ' or 0
	NoNegZero bool   // 'z'
	Alt       bool   // '#'
	Width     int    // -1 if absent
	Grouping  byte   // ',', '_' or 0
	Prec      int    // -1 if absent
	Type      byte   // presentation type or 0
	fillSet   bool
	under4    bool // '_' grouping every four digits (b, o, x, X)
}

// ParseFormatSpec parses spec for an object of type typeName whose default
// alignment is defAlign, raising CPython's ValueErrors.
func ParseFormatSpec(spec, typeName string, defAlign, defType byte) *FormatSpec {
	f := &FormatSpec{Fill: " ", Align: defAlign, Width: -1, Prec: -1, Type: defType}
	pos := 0
	alignSet := false
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if spec != "" {
		_, n := txDecodeRune(spec, 0)
		if n < len(spec) && isAlign(spec[n]) {
			f.Fill, f.Align, f.fillSet, alignSet = spec[:n], spec[n], true, true
			pos = n + 1
		} else if isAlign(spec[0]) {
			f.Align, alignSet = spec[0], true
			pos = 1
		}
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		f.Sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		f.NoNegZero = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		f.Alt = true
		pos++
	}
	if !f.fillSet && pos < len(spec) && spec[pos] == '0' {
		f.Fill = "0"
		if !alignSet && defAlign == '>' {
			f.Align = '='
		}
		pos++
	}
	var n int
	f.Width, n, pos = txSpecInt(spec, pos)
	if n == 0 {
		f.Width = -1
	}
	if pos < len(spec) && spec[pos] == ',' {
		f.Grouping = ','
		pos++
	}
	if pos < len(spec) && spec[pos] == '_' {
		if f.Grouping != 0 {
			Raise(ValueError, "Cannot specify both ',' and '_'.")
		}
		f.Grouping = '_'
		pos++
	}
	if pos < len(spec) && spec[pos] == ',' && f.Grouping == '_' {
		Raise(ValueError, "Cannot specify both ',' and '_'.")
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		f.Prec, n, pos = txSpecInt(spec, pos)
		if n == 0 {
			Raise(ValueError, "Format specifier missing precision")
		}
	}
	if pos < len(spec) {
		_, n := txDecodeRune(spec, pos)
		if pos+n < len(spec) {
			Raisef(ValueError, "Invalid format specifier '", spec, "' for object of type '", typeName, "'")
		}
		f.Type = spec[pos]
		if f.Type >= utf8.RuneSelf {
			// A non-ASCII type character: keep it for the error message.
			f.Type = 0xff
		}
	}
	if f.Grouping != 0 {
		switch f.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if f.Grouping == '_' {
				f.under4 = true
				break
			}
			fallthrough
		default:
			t := "'" + string(f.Type) + "'"
			if f.Type <= ' ' || f.Type >= 0x7f {
				t = "'\\x" + strconv.FormatInt(int64(f.Type), 16) + "'"
			}
			Raisef(ValueError, "Cannot specify '", string(f.Grouping), "' with ", t, ".")
		}
	}
	return f
}

// txSpecInt parses a decimal integer at spec[pos:], returning the value, the
// number of digits and the new position.
func txSpecInt(spec string, pos int) (int, int, int) {
	v, n := 0, 0
	for pos < len(spec) && spec[pos] >= '0' && spec[pos] <= '9' {
		if v > (math.MaxInt64-9)/10 {
			Raise(ValueError, "Too many decimal digits in format string")
		}
		v = v*10 + int(spec[pos]-'0')
		pos++
		n++
	}
	return v, n, pos
}

func txUnknownFormatCode(spec string, t byte, typeName string) {
	c := string(t)
	if t == 0xff {
		r, _ := utf8.DecodeLastRuneInString(spec)
		Raisef(ValueError, "Unknown format code '\\x", strconv.FormatInt(int64(r), 16), "' for object of type '", typeName, "'")
	}
	if t <= ' ' || t >= 0x7f {
		c = "\\x" + strconv.FormatInt(int64(t), 16)
	}
	Raisef(ValueError, "Unknown format code '", c, "' for object of type '", typeName, "'")
}

// pad aligns body (of n code points) in f.Width with f.Fill; align '='
// inserts the padding after the first prefixLen bytes (sign and base prefix).
func (f *FormatSpec) pad(body string, n, prefixLen int, align byte) string {
	if f.Width <= n {
		return body
	}
	total := f.Width - n
	var left, right int
	switch align {
	case '<':
		right = total
	case '^':
		left = total / 2
		right = total - left
	default:
		left = total
	}
	if int64(total) > fuel.MaxCount/int64(len(f.Fill)) {
		panic(NewException(MemoryError, "")) // beyond any budget
	}
	ChargeBytes(len(body) + total*len(f.Fill))
	if int64(total) > txMaxStrBytes/int64(len(f.Fill)) {
		panic(NewException(MemoryError, ""))
	}
	var b strings.Builder
	b.Grow(len(body) + total*len(f.Fill))
	if align == '=' {
		b.WriteString(body[:prefixLen])
		body = body[prefixLen:]
	}
	for ; left > 0; left-- {
		b.WriteString(f.Fill)
	}
	b.WriteString(body)
	for ; right > 0; right-- {
		b.WriteString(f.Fill)
	}
	return b.String()
}

// FormatStr returns format(s, spec).
func FormatStr(s, spec string) string {
	if spec == "" {
		return s
	}
	f := ParseFormatSpec(spec, "str", '<', 's')
	if f.Type != 's' {
		txUnknownFormatCode(spec, f.Type, "str")
	}
	switch {
	case f.Sign == ' ':
		Raise(ValueError, "Space not allowed in string format specifier")
	case f.Sign != 0:
		Raise(ValueError, "Sign not allowed in string format specifier")
	case f.NoNegZero:
		Raise(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case f.Alt:
		Raise(ValueError, "Alternate form (#) not allowed in string format specifier")
	case f.Align == '=':
		Raise(ValueError, "'=' alignment not allowed in string format specifier")
	}
	n := -1
	if f.Prec >= 0 {
		n = StrLen(s)
		if n > f.Prec {
			s = StrSlice(s, 0, f.Prec)
			n = f.Prec
		}
	}
	if f.Width < 0 {
		return s
	}
	if n < 0 {
		n = StrLen(s)
	}
	return f.pad(s, n, 0, f.Align)
}

// txGroupDigits inserts sep every size digits from the right of the ASCII
// digit string d, left-padding with zeros while the result is shorter than
// minWidth (CPython's zero padding through the grouping routine).
func txGroupDigits(d string, sep byte, size, minWidth int) string {
	if sep == 0 {
		if len(d) < minWidth {
			return strings.Repeat("0", minWidth-len(d)) + d
		}
		return d
	}
	grouped := func(n int) int { return n + (n-1)/size }
	nd := len(d)
	for grouped(nd) < minWidth {
		nd++
	}
	if nd > len(d) {
		d = strings.Repeat("0", nd-len(d)) + d
	}
	b := make([]byte, 0, grouped(nd))
	first := nd % size
	if first == 0 {
		first = size
	}
	b = append(b, d[:first]...)
	for i := first; i < nd; i += size {
		b = append(b, sep)
		b = append(b, d[i:i+size]...)
	}
	return string(b)
}

// formatNumber assembles sign, prefix, grouped integer digits, the rest
// (fraction/exponent/suffix) and padding, as CPython's fill_number.
func (f *FormatSpec) formatNumber(neg bool, prefix, intDigits, rest string) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case f.Sign == '+':
		sign = "+"
	case f.Sign == ' ':
		sign = " "
	}
	size := 3
	if f.under4 {
		size = 4
	}
	minWidth := 0
	if f.Fill == "0" && f.Align == '=' && f.Width > 0 {
		minWidth = f.Width - len(sign) - len(prefix) - len(rest)
	}
	digits := txGroupDigits(intDigits, f.Grouping, size, minWidth)
	body := sign + prefix + digits + rest
	return f.pad(body, len(body), len(sign)+len(prefix), f.Align)
}

// txIntAbsText returns |v| in base (decimal obeys the 4300-digit limit) and
// whether v is negative.
func txIntAbsText(v Int, base int) (string, bool) {
	s := v.Text(base)
	if s[0] == '-' {
		return s[1:], true
	}
	return s, false
}

// FormatInt returns format(v, spec) for an int; typeName is "int" or "bool"
// (for messages).
func FormatInt(v Int, spec, typeName string) string {
	if spec == "" {
		return v.String()
	}
	f := ParseFormatSpec(spec, typeName, '>', 'd')
	switch f.Type {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return formatFloatSpec(txIntToFloatChecked(v), f)
	case 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		txUnknownFormatCode(spec, f.Type, typeName)
	}
	if f.Prec >= 0 {
		Raise(ValueError, "Precision not allowed in integer format specifier")
	}
	if f.NoNegZero {
		Raise(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.Type == 'c' {
		if f.Sign != 0 {
			Raise(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if f.Alt {
			Raise(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if v.big != nil {
			Raise(OverflowError, "Python int too large to convert to C long")
		}
		if v.small < 0 || v.small > utf8.MaxRune {
			Raise(OverflowError, "%c arg not in range(0x110000)")
		}
		s := txRuneStr(rune(v.small))
		return f.pad(s, 1, 0, f.Align)
	}
	base, prefix := 10, ""
	switch f.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !f.Alt {
		prefix = ""
	}
	digits, neg := txIntAbsText(v, base)
	if f.Type == 'X' {
		digits = strings.ToUpper(digits)
	}
	return f.formatNumber(neg, prefix, digits, "")
}

// txIntToFloatChecked converts an int to float, raising OverflowError "int too
// large to convert to float".
func txIntToFloatChecked(v Int) float64 {
	if v.big == nil {
		return float64(v.small)
	}
	fl, _ := new(big.Float).SetInt(v.big).Float64()
	if math.IsInf(fl, 0) {
		Raise(OverflowError, "int too large to convert to float")
	}
	return fl
}

// FormatFloatSpec returns format(x, spec) for a float.
func FormatFloatSpec(x float64, spec string) string {
	if spec == "" {
		return FloatRepr(x)
	}
	f := ParseFormatSpec(spec, "float", '>', 0)
	switch f.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		txUnknownFormatCode(spec, f.Type, "float")
	}
	return formatFloatSpec(x, f)
}

func formatFloatSpec(x float64, f *FormatSpec) string {
	typ := f.Type
	prec := f.Prec
	var flags FloatFlags
	if f.Alt {
		flags |= FloatAlt
	}
	if f.NoNegZero {
		flags |= FloatNoNegZero
	}
	defPrec := 6
	if typ == 0 {
		flags |= FloatAddDot0
		typ = 'r'
		defPrec = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	suffix := ""
	if typ == '%' {
		typ = 'f'
		x = float64(x * 100)
		suffix = "%"
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	if prec > math.MaxInt32 {
		Raise(ValueError, "precision too big")
	}
	ChargeText(prec)
	if prec > txMaxStrBytes {
		panic(NewException(MemoryError, ""))
	}
	s := FormatFloat(x, typ, prec, flags)
	neg := false
	if s != "" && s[0] == '-' {
		neg = true
		s = s[1:]
	}
	// Split the integer digits (grouped and zero-padded) from the rest.
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 {
		// inf/nan: no grouping, but zero padding still applies as fill.
		body := s + suffix
		sign := ""
		switch {
		case neg:
			sign = "-"
		case f.Sign == '+':
			sign = "+"
		case f.Sign == ' ':
			sign = " "
		}
		body = sign + body
		return f.pad(body, len(body), len(sign), f.Align)
	}
	return f.formatNumber(neg, "", s[:i], s[i:]+suffix)
}

// Format returns format(v, spec): the class's Format slot, or object's
// __format__ (str(v) for an empty spec, else TypeError).
func Format(v Value, spec string) string {
	switch x := v.(type) {
	case string:
		return FormatStr(x, spec)
	case Int:
		return FormatInt(x, spec, "int")
	case float64:
		return FormatFloatSpec(x, spec)
	case bool:
		if spec == "" {
			if x {
				return "True"
			}
			return "False"
		}
		return FormatInt(txBoolInt(x), spec, "bool")
	}
	c := TypeOf(v)
	for _, m := range c.MRO {
		if m.Slots.Format != nil {
			return m.Slots.Format(v, spec)
		}
	}
	if spec != "" {
		Raisef(TypeError, "unsupported format string passed to ", c.Name, ".__format__")
	}
	return Str(v)
}

func txBoolInt(b bool) Int {
	if b {
		return Int{small: 1}
	}
	return Int{}
}

func init() {
	IntType.Slots.Format = func(v Value, spec string) string { return FormatInt(v.(Int), spec, "int") }
	BoolType.Slots.Format = func(v Value, spec string) string { return Format(v, spec) }
	FloatType.Slots.Format = func(v Value, spec string) string { return FormatFloatSpec(v.(float64), spec) }
}

// FormatField renders one f-string replacement field {v!conv:spec}: conv is
// 'r', 's', 'a' or 0 (none), applied before format(). Statically typed code
// may call FormatStr, FormatInt or FormatFloatSpec directly instead.
func FormatField(v Value, conv byte, spec string) string {
	switch conv {
	case 'r':
		v = Repr(v)
	case 's':
		v = Str(v)
	case 'a':
		v = ASCII(v)
	}
	if spec == "" {
		if s, ok := v.(string); ok {
			return s
		}
	}
	return Format(v, spec)
}
