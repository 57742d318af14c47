// Package base64 implements Python's base64 module: b64encode/b64decode
// (altchars, validate), the standard_ and urlsafe_ variants, base32
// (b32encode/b32decode, b32hexencode/b32hexdecode) and base16, with
// binascii.Error raised with CPython's messages for malformed input.
package base64

import (
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// Error is binascii.Error, a subclass of ValueError.
var Error = rt.NewClass("Error", "binascii", rt.ValueError)

const (
	stdAlphabet   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b32Alphabet   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b32HexAlphabe = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
)

var b64rev [256]byte

func init() {
	for i := range b64rev {
		b64rev[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		b64rev[stdAlphabet[i]] = byte(i)
	}
}

func binErr(msg string) { panic(rt.NewException(Error, msg)) }

// bytesFromDecodeData is base64._bytes_from_decode_data.
func bytesFromDecodeData(v rt.Value) string {
	if s, ok := v.(string); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				rt.Raise(rt.ValueError, "string argument should contain only ASCII characters")
			}
		}
		return s
	}
	if b, ok := stdutil.BytesLike(v); ok {
		return b
	}
	rt.Raisef(rt.TypeError, "argument should be a bytes-like object or ASCII string, not '", rt.TypeName(v), "'")
	return ""
}

// Encode is binascii.b2a_base64(data, newline=False).
func Encode(data string) string {
	rt.ChargeText((len(data) + 2) / 3 * 4)
	var sb strings.Builder
	sb.Grow((len(data) + 2) / 3 * 4)
	i := 0
	for ; i+3 <= len(data); i += 3 {
		n := uint(data[i])<<16 | uint(data[i+1])<<8 | uint(data[i+2])
		sb.WriteByte(stdAlphabet[n>>18&63])
		sb.WriteByte(stdAlphabet[n>>12&63])
		sb.WriteByte(stdAlphabet[n>>6&63])
		sb.WriteByte(stdAlphabet[n&63])
	}
	switch len(data) - i {
	case 1:
		n := uint(data[i]) << 16
		sb.WriteByte(stdAlphabet[n>>18&63])
		sb.WriteByte(stdAlphabet[n>>12&63])
		sb.WriteString("==")
	case 2:
		n := uint(data[i])<<16 | uint(data[i+1])<<8
		sb.WriteByte(stdAlphabet[n>>18&63])
		sb.WriteByte(stdAlphabet[n>>12&63])
		sb.WriteByte(stdAlphabet[n>>6&63])
		sb.WriteByte('=')
	}
	return sb.String()
}

// Decode is binascii.a2b_base64(data, strict_mode=strict), raising
// binascii.Error with CPython's messages.
func Decode(data string, strict bool) string {
	rt.ChargeText(len(data))
	if strict && len(data) > 0 && data[0] == '=' {
		binErr("Leading padding not allowed")
	}
	out := make([]byte, 0, len(data)/4*3+3)
	quadPos, pads := 0, 0
	var left byte
	paddingStarted := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '=' {
			paddingStarted = true
			if strict && quadPos == 0 {
				binErr("Excess padding not allowed")
			}
			if quadPos >= 2 {
				pads++
				if quadPos+pads >= 4 {
					if strict && i+1 < len(data) {
						binErr("Excess data after padding")
					}
					return string(out)
				}
			}
			continue
		}
		v := b64rev[c]
		if v >= 64 {
			if strict {
				binErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			binErr("Discontinuous padding not allowed")
		}
		pads = 0
		switch quadPos {
		case 0:
			quadPos, left = 1, v
		case 1:
			quadPos = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quadPos = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quadPos = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	if quadPos == 1 {
		binErr("Invalid base64-encoded string: number of data characters (" + stdutil.Itoa(len(out)/3*4+1) + ") cannot be 1 more than a multiple of 4")
	} else if quadPos != 0 {
		binErr("Incorrect padding")
	}
	return string(out)
}

func translate(s, from, to string) string {
	return strings.Map(func(r rune) rune {
		if i := strings.IndexRune(from, r); i >= 0 {
			return rune(to[i])
		}
		return r
	}, s)
}

func translateBytes(s, from, to string) string {
	b := []byte(s)
	for i, c := range b {
		if j := strings.IndexByte(from, c); j >= 0 {
			b[i] = to[j]
		}
	}
	return string(b)
}

// B64Encode is base64.b64encode(s, altchars).
func B64Encode(s, altchars rt.Value) rt.Value {
	data := stdutil.MustBytes(s)
	enc := Encode(data)
	if !stdutil.IsNone(altchars) {
		alt := stdutil.MustBytes(altchars)
		if len(alt) != 2 {
			rt.Raise(rt.AssertionError, rt.Repr(altchars))
		}
		enc = translateBytes(enc, "+/", alt)
	}
	return rt.Bytes(enc)
}

// B64Decode is base64.b64decode(s, altchars, validate).
func B64Decode(s, altchars rt.Value, validate bool) rt.Value {
	data := bytesFromDecodeData(s)
	if !stdutil.IsNone(altchars) {
		alt := bytesFromDecodeData(altchars)
		if len(alt) != 2 {
			rt.Raise(rt.AssertionError, rt.Repr(altchars))
		}
		data = translateBytes(data, alt, "+/")
	}
	return rt.Bytes(Decode(data, validate))
}

func b32encode(alphabet string, s rt.Value) rt.Value {
	data, ok := stdutil.BytesLike(s)
	if !ok {
		rt.Raisef(rt.TypeError, "memoryview: a bytes-like object is required, not '", rt.TypeName(s), "'")
	}
	rt.ChargeText((len(data) + 4) / 5 * 8)
	var sb strings.Builder
	for i := 0; i < len(data); i += 5 {
		var chunk [5]byte
		n := copy(chunk[:], data[i:])
		var acc uint64
		for _, c := range chunk {
			acc = acc<<8 | uint64(c)
		}
		var out [8]byte
		for j := 7; j >= 0; j-- {
			out[j] = alphabet[acc&31]
			acc >>= 5
		}
		keep := [...]int{0, 2, 4, 5, 7, 8}[n]
		for j := keep; j < 8; j++ {
			out[j] = '='
		}
		sb.Write(out[:])
	}
	return rt.Bytes(sb.String())
}

func b32decode(alphabet string, s rt.Value, casefold bool, map01 rt.Value) rt.Value {
	data := bytesFromDecodeData(s)
	if len(data)%8 != 0 {
		binErr("Incorrect padding")
	}
	if !stdutil.IsNone(map01) {
		m := bytesFromDecodeData(map01)
		if len(m) != 1 {
			rt.Raise(rt.AssertionError, rt.Repr(map01))
		}
		data = translateBytes(data, "01", "O"+m)
	}
	if casefold {
		data = strings.ToUpper(data) // ASCII only: data is bytes
	}
	l := len(data)
	data = strings.TrimRight(data, "=")
	padchars := l - len(data)
	var out []byte
	var acc uint64
	for i := 0; i < len(data); i += 8 {
		end := min(i+8, len(data))
		acc = 0
		for j := i; j < end; j++ {
			k := strings.IndexByte(alphabet, data[j])
			if k < 0 {
				binErr("Non-base32 digit found")
			}
			acc = acc<<5 | uint64(k)
		}
		for j := 4; j >= 0; j-- {
			out = append(out, byte(acc>>(8*uint(j))))
		}
	}
	switch padchars {
	case 0, 1, 3, 4, 6:
	default:
		binErr("Incorrect padding")
	}
	if padchars > 0 && len(out) > 0 {
		acc <<= 5 * uint(padchars)
		acc &= 1<<40 - 1
		var last [5]byte
		for j := 0; j < 5; j++ {
			last[j] = byte(acc >> (8 * uint(4-j)))
		}
		leftover := (43 - 5*padchars) / 8
		out = append(out[:len(out)-5], last[:leftover]...)
	}
	return rt.Bytes(out)
}

func b16encode(s rt.Value) rt.Value {
	data := stdutil.MustBytes(s)
	rt.ChargeText(2 * len(data))
	const hexd = "0123456789ABCDEF"
	out := make([]byte, 2*len(data))
	for i := 0; i < len(data); i++ {
		out[2*i] = hexd[data[i]>>4]
		out[2*i+1] = hexd[data[i]&15]
	}
	return rt.Bytes(out)
}

func b16decode(s rt.Value, casefold bool) rt.Value {
	data := bytesFromDecodeData(s)
	if casefold {
		data = strings.ToUpper(data)
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
			binErr("Non-base16 digit found")
		}
	}
	if len(data)%2 != 0 {
		binErr("Odd-length string")
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		out[i] = unhex(data[2*i])<<4 | unhex(data[2*i+1])
	}
	return rt.Bytes(out)
}

func unhex(c byte) byte {
	if c <= '9' {
		return c - '0'
	}
	return c - 'A' + 10
}

var (
	pEnc    = &rt.Params{Func: "b64encode", Names: []string{"s", "altchars"}, Required: 1}
	pDec    = &rt.Params{Func: "b64decode", Names: []string{"s", "altchars", "validate"}, Required: 1}
	pOne    = &rt.Params{Func: "", Names: []string{"s"}, Required: 1}
	pB32Dec = &rt.Params{Func: "b32decode", Names: []string{"s", "casefold", "map01"}, Required: 1}
	pB16Dec = &rt.Params{Func: "b16decode", Names: []string{"s", "casefold"}, Required: 1}
)

func one(name string, f func(rt.Value) rt.Value) rt.BuiltinFunc {
	p := &rt.Params{Func: name, Names: pOne.Names, Required: 1}
	return func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s rt.Value
		p.Unpack(args, kwargs, &s)
		return f(s)
	}
}

// Module returns a fresh base64 module.
func Module() *rt.Module {
	m := rt.NewModule("base64")
	m.Func("b64encode", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, alt rt.Value
		pEnc.Unpack(args, kwargs, &s, &alt)
		return B64Encode(s, alt)
	})
	m.Func("b64decode", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, alt, validate rt.Value
		pDec.Unpack(args, kwargs, &s, &alt, &validate)
		return B64Decode(s, alt, validate != nil && rt.Truth(validate))
	})
	m.Func("standard_b64encode", one("standard_b64encode", func(s rt.Value) rt.Value { return B64Encode(s, nil) }))
	m.Func("standard_b64decode", one("standard_b64decode", func(s rt.Value) rt.Value { return B64Decode(s, nil, false) }))
	m.Func("urlsafe_b64encode", one("urlsafe_b64encode", func(s rt.Value) rt.Value {
		return rt.Bytes(translateBytes(string(B64Encode(s, nil).(rt.Bytes)), "+/", "-_"))
	}))
	m.Func("urlsafe_b64decode", one("urlsafe_b64decode", func(s rt.Value) rt.Value {
		data := bytesFromDecodeData(s)
		return B64Decode(rt.Bytes(translateBytes(data, "-_", "+/")), nil, false)
	}))
	m.Func("encodebytes", one("encodebytes", func(s rt.Value) rt.Value {
		data := stdutil.MustBytes(s)
		var sb strings.Builder
		for i := 0; i < len(data); i += 57 {
			sb.WriteString(Encode(data[i:min(i+57, len(data))]))
			sb.WriteByte('\n')
		}
		return rt.Bytes(sb.String())
	}))
	m.Func("decodebytes", one("decodebytes", func(s rt.Value) rt.Value {
		return rt.Bytes(Decode(stdutil.MustBytes(s), false))
	}))
	m.Func("b32encode", one("b32encode", func(s rt.Value) rt.Value { return b32encode(b32Alphabet, s) }))
	m.Func("b32hexencode", one("b32hexencode", func(s rt.Value) rt.Value { return b32encode(b32HexAlphabe, s) }))
	m.Func("b32decode", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, cf, m01 rt.Value
		pB32Dec.Unpack(args, kwargs, &s, &cf, &m01)
		return b32decode(b32Alphabet, s, cf != nil && rt.Truth(cf), m01)
	})
	m.Func("b32hexdecode", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, cf rt.Value
		pB16Dec.Unpack(args, kwargs, &s, &cf)
		return b32decode(b32HexAlphabe, s, cf != nil && rt.Truth(cf), nil)
	})
	m.Func("b16encode", one("b16encode", b16encode))
	m.Func("b16decode", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, cf rt.Value
		pB16Dec.Unpack(args, kwargs, &s, &cf)
		return b16decode(s, cf != nil && rt.Truth(cf))
	})
	m.Set("Error", Error)
	return m
}

var _ = translate
