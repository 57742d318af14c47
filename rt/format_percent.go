package rt

import (
	"math"
	"strconv"
	"strings"
)

// This file implements printf-style formatting: str % args and bytes % args
// (CPython's PyUnicode_Format and _PyBytes_FormatEx).

// percentState walks the arguments of a % operation.
type percentState struct {
	args    []Value
	argi    int
	dict    Value // the mapping for %(key)s, or nil
	isTuple bool
	bytes   bool
}

func (p *percentState) next() Value {
	if p.argi >= len(p.args) {
		Raise(TypeError, "not enough arguments for format string")
	}
	v := p.args[p.argi]
	p.argi++
	return v
}

// txIsMapping reports whether a % argument counts as a mapping: it supports
// lookup by key (PyMapping_Check) and is not a tuple or str (nor bytes, for
// bytes formatting). Lists and ranges count, as in CPython.
func txIsMapping(v Value, bytesMode bool) bool {
	switch v.(type) {
	case *Tuple, string:
		return false
	case Bytes:
		if bytesMode {
			return false
		}
	}
	for _, m := range TypeOf(v).MRO {
		if m.Slots.GetItem != nil {
			return true
		}
	}
	return false
}

// StrPercent returns format % args for a str format.
func StrPercent(format string, args Value) string {
	b := percentFormat(format, args, false)
	ChargeBytes(len(b))
	return string(b)
}

// percentFormat is the shared engine; bytesMode selects bytes' conversions
// (%b, %s meaning bytes, %r/%a meaning ascii()).
func percentFormat(format string, args Value, bytesMode bool) []byte {
	p := &percentState{bytes: bytesMode}
	if t, ok := args.(*Tuple); ok {
		p.args = t.Items
		p.isTuple = true
	} else {
		p.args = []Value{args}
		if txIsMapping(args, bytesMode) {
			p.dict = args
		}
	}
	out := make([]byte, 0, len(format)+16)
	i := 0
	for i < len(format) {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			out = append(out, format[i:]...)
			break
		}
		out = append(out, format[i:i+j]...)
		i += j + 1
		if i >= len(format) {
			Raise(ValueError, "incomplete format")
		}
		var arg Value
		haveArg := false
		// Mapping key.
		if format[i] == '(' {
			if p.dict == nil {
				Raise(TypeError, "format requires a mapping")
			}
			depth := 1
			k := i + 1
			for k < len(format) && depth > 0 {
				switch format[k] {
				case '(':
					depth++
				case ')':
					depth--
				}
				k++
			}
			if depth > 0 {
				Raise(ValueError, "incomplete format key")
			}
			var key Value = format[i+1 : k-1]
			if bytesMode {
				key = Bytes(format[i+1 : k-1])
			}
			arg = GetItem(p.dict, key)
			haveArg = true
			p.isTuple = false
			p.argi = len(p.args)
			i = k
		}
		// Flags.
		var minus, plus, space, alt, zero bool
	flags:
		for i < len(format) {
			switch format[i] {
			case '-':
				minus = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		width, prec := -1, -1
		if i < len(format) && format[i] == '*' {
			width = p.starArg()
			if width < 0 {
				minus = true
				width = -width
			}
			i++
		} else {
			for i < len(format) && format[i] >= '0' && format[i] <= '9' {
				if width < 0 {
					width = 0
				}
				if width > (math.MaxInt64-int(format[i]-'0'))/10 {
					Raise(ValueError, "width too big")
				}
				width = width*10 + int(format[i]-'0')
				i++
			}
		}
		if width > 0 {
			ChargeBytes(width)
		}
		if width > txMaxStrBytes {
			panic(NewException(MemoryError, ""))
		}
		if i < len(format) && format[i] == '.' {
			i++
			prec = 0
			if i < len(format) && format[i] == '*' {
				prec = p.starArg()
				if prec < 0 {
					prec = 0
				}
				i++
			} else {
				for i < len(format) && format[i] >= '0' && format[i] <= '9' {
					if prec > (math.MaxInt32-int(format[i]-'0'))/10 {
						Raise(ValueError, "precision too big")
					}
					prec = prec*10 + int(format[i]-'0')
					i++
				}
			}
		}
		if prec > 0 {
			ChargeText(prec)
		}
		if prec > txMaxStrBytes {
			panic(NewException(MemoryError, ""))
		}
		for i < len(format) && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= len(format) {
			Raise(ValueError, "incomplete format")
		}
		c := format[i]
		i++
		if c == '%' {
			out = append(out, '%')
			continue
		}
		if !haveArg {
			arg = p.next()
		}
		var body string
		numeric := false
		switch c {
		case 's', 'r', 'a':
			switch {
			case bytesMode && c == 's':
				body = string(bytesOfPercent(arg))
			case bytesMode || c == 'a':
				body = ASCII(arg)
			case c == 'r':
				body = Repr(arg)
			default:
				body = Str(arg)
			}
			if prec >= 0 {
				if bytesMode {
					if len(body) > prec {
						body = body[:prec]
					}
				} else {
					body = StrSlice(body, 0, prec)
				}
			}
		case 'b':
			if !bytesMode {
				p.unsupported(format, c, i-1)
			}
			body = string(bytesOfPercent(arg))
			if prec >= 0 && len(body) > prec {
				body = body[:prec]
			}
		case 'd', 'i', 'u', 'o', 'x', 'X':
			numeric = true
			body = percentInt(arg, c, alt, prec)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			numeric = true
			x := percentFloatArg(arg)
			if prec < 0 {
				prec = 6
			}
			var fl FloatFlags
			if alt {
				fl |= FloatAlt
			}
			body = FormatFloat(x, c, prec, fl)
		case 'c':
			body = percentChar(arg, bytesMode)
		default:
			p.unsupported(format, c, i-1)
		}
		if numeric {
			neg := body != "" && body[0] == '-'
			sign := ""
			if neg {
				sign, body = "-", body[1:]
			} else if plus {
				sign = "+"
			} else if space {
				sign = " "
			}
			prefix := ""
			if alt && (c == 'x' || c == 'X' || c == 'o') && len(body) > 2 && body[0] == '0' && (body[1]|0x20 == 'x' || body[1] == 'o') {
				prefix, body = body[:2], body[2:]
			}
			n := len(sign) + len(prefix) + len(body)
			if width > n {
				pad := width - n
				switch {
				case minus:
					body = sign + prefix + body + strings.Repeat(" ", pad)
				case zero:
					body = sign + prefix + strings.Repeat("0", pad) + body
				default:
					body = strings.Repeat(" ", pad) + sign + prefix + body
				}
			} else {
				body = sign + prefix + body
			}
			out = append(out, body...)
			continue
		}
		if width > 0 {
			n := len(body)
			if !bytesMode {
				n = StrLen(body)
			}
			if width > n {
				if minus {
					body += strings.Repeat(" ", width-n)
				} else {
					body = strings.Repeat(" ", width-n) + body
				}
			}
		}
		out = append(out, body...)
	}
	if p.argi < len(p.args) && p.dict == nil {
		if bytesMode {
			Raise(TypeError, "not all arguments converted during bytes formatting")
		}
		Raise(TypeError, "not all arguments converted during string formatting")
	}
	return out
}

func (p *percentState) starArg() int {
	v := p.next()
	i, ok := v.(Int)
	if !ok {
		if b, isBool := v.(bool); isBool {
			return int(txBoolInt(b).small)
		}
		Raise(TypeError, "* wants int")
	}
	if i.big != nil || i.small > math.MaxInt32 || i.small < math.MinInt32 {
		Raise(OverflowError, "Python int too large to convert to C int")
	}
	return int(i.small)
}

func (p *percentState) unsupported(format string, c byte, at int) {
	idx := at
	code := rune(c)
	if !p.bytes {
		idx = StrLen(format[:at])
		code, _ = txDecodeRune(format, at)
	}
	ch := "?"
	if code >= 31 && code <= 126 {
		ch = string(code)
	}
	Raisef(ValueError, "unsupported format character '", ch, "' (0x", strconv.FormatInt(int64(code), 16), ") at index ", strconv.Itoa(idx))
}

// percentInt formats an integer conversion (%d %i %u %o %x %X).
func percentInt(arg Value, c byte, alt bool, prec int) string {
	var v Int
	switch x := arg.(type) {
	case Int:
		v = x
	case bool:
		v = txBoolInt(x)
	case float64:
		if c == 'd' || c == 'i' || c == 'u' {
			if math.IsNaN(x) {
				Raise(ValueError, "cannot convert float NaN to integer")
			}
			if math.IsInf(x, 0) {
				Raise(OverflowError, "cannot convert float infinity to integer")
			}
			v = IntFromFloat(x)
		} else {
			Raisef(TypeError, "%", string(c), " format: an integer is required, not float")
		}
	default:
		if i, ok := txIntArg(arg); ok {
			v = i
		} else if conv := intSlot(arg); conv != nil && (c == 'd' || c == 'i' || c == 'u') {
			r, ok := conv(arg).(Int)
			if !ok {
				Raisef(TypeError, "__int__ returned non-int (type ", typeName(conv(arg)), ")")
			}
			v = r
		} else if c == 'd' || c == 'i' || c == 'u' {
			Raisef(TypeError, "%", string(c), " format: a real number is required, not ", typeName(arg))
		} else {
			Raisef(TypeError, "%", string(c), " format: an integer is required, not ", typeName(arg))
		}
	}
	base := 10
	switch c {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	digits, neg := txIntAbsText(v, base)
	if c == 'X' {
		digits = strings.ToUpper(digits)
	}
	if prec > len(digits) {
		digits = strings.Repeat("0", prec-len(digits)) + digits
	}
	if alt {
		switch c {
		case 'o':
			digits = "0o" + digits
		case 'x':
			digits = "0x" + digits
		case 'X':
			digits = "0X" + digits
		}
	}
	if neg {
		return "-" + digits
	}
	return digits
}

// intSlot returns the __int__ slot of v's class, or nil.
func intSlot(v Value) func(Value) Value {
	for _, m := range TypeOf(v).MRO {
		if m.Slots.Int != nil {
			return m.Slots.Int
		}
	}
	return nil
}

// percentFloatArg converts the argument of %e %f %g.
func percentFloatArg(arg Value) float64 {
	switch x := arg.(type) {
	case float64:
		return x
	case Int:
		return txIntToFloatChecked(x)
	case bool:
		if x {
			return 1
		}
		return 0
	}
	for _, m := range TypeOf(arg).MRO {
		if m.Slots.Float != nil {
			return m.Slots.Float(arg)
		}
	}
	if i, ok := txIntArg(arg); ok {
		return txIntToFloatChecked(i)
	}
	Raisef(TypeError, "must be real number, not ", typeName(arg))
	return 0
}

// percentChar formats %c.
func percentChar(arg Value, bytesMode bool) string {
	if bytesMode {
		switch x := arg.(type) {
		case Bytes:
			if len(x) == 1 {
				return string(x)
			}
		case *ByteArray:
			if len(x.B) == 1 {
				return string(x.B)
			}
		default:
			if i, ok := txIntArg(arg); ok {
				if i.big != nil || i.small < 0 || i.small > 255 {
					Raise(OverflowError, "%c arg not in range(256)")
				}
				return string([]byte{byte(i.small)})
			}
		}
		Raise(TypeError, "%c requires an integer in range(256) or a single byte")
	}
	if s, ok := arg.(string); ok {
		if StrLen(s) != 1 {
			Raise(TypeError, "%c requires int or char")
		}
		return s
	}
	i, ok := txIntArg(arg)
	if !ok {
		Raise(TypeError, "%c requires int or char")
	}
	if i.big != nil || i.small < 0 || i.small > 0x10FFFF {
		Raise(OverflowError, "%c arg not in range(0x110000)")
	}
	return txRuneStr(rune(i.small))
}

// bytesOfPercent returns the bytes of a %b/%s argument of bytes formatting.
func bytesOfPercent(arg Value) []byte {
	switch x := arg.(type) {
	case Bytes:
		return []byte(x)
	case *ByteArray:
		return x.B
	}
	Raisef(TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '", typeName(arg), "'")
	return nil
}

// ASCII returns ascii(v): repr(v) with non-ASCII characters escaped.
func ASCII(v Value) string {
	if s, ok := v.(string); ok {
		return StrASCII(s)
	}
	r := Repr(v)
	if txIsASCII(r) {
		return r
	}
	b := make([]byte, 0, len(r)+8)
	for i := 0; i < len(r); {
		c := r[i]
		if c < 0x80 {
			b = append(b, c)
			i++
			continue
		}
		cp, n := txDecodeRune(r, i)
		b = appendEscapedRune(b, cp)
		i += n
	}
	return string(b)
}
