package rt

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file implements str.encode and bytes.decode for the codecs contracts
// use (utf-8, ascii, latin-1) with the error handlers strict, ignore,
// replace, backslashreplace, surrogateescape, surrogatepass and (encoding)
// xmlcharrefreplace, with CPython's UnicodeError positions and reasons.

// Codec names after normalisation.
const (
	codecUTF8   = "utf-8"
	codecASCII  = "ascii"
	codecLatin1 = "latin-1"
	// codecUnicodeEscape is Python's unicode_escape (its errors say
	// 'unicodeescape').
	codecUnicodeEscape = "unicodeescape"
)

// normalizeEncoding maps an encoding name and its aliases to a codec name,
// raising LookupError for unknown encodings.
func normalizeEncoding(name string) string {
	switch name {
	case "utf-8", "utf8", "UTF-8":
		return codecUTF8
	case "ascii":
		return codecASCII
	case "latin-1", "latin1":
		return codecLatin1
	}
	// encodings.normalize_encoding: lower case, runs of non-alphanumeric
	// characters other than '.' become '_'.
	var b strings.Builder
	pendingUnderscore := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' {
			if pendingUnderscore && b.Len() > 0 {
				b.WriteByte('_')
			}
			pendingUnderscore = false
			b.WriteByte(c)
		} else {
			pendingUnderscore = true
		}
	}
	switch b.String() {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return codecUTF8
	case "ascii", "us_ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
		"ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us":
		return codecASCII
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
		"csisolatin1", "ibm819", "iso_8859_1_1987":
		return codecLatin1
	case "unicode_escape":
		return codecUnicodeEscape
	}
	Raisef(LookupError, "unknown encoding: ", name)
	return ""
}

func unknownHandler(errors string) {
	Raisef(LookupError, "unknown error handler name '", errors, "'")
}

// decodeError builds a UnicodeDecodeError(encoding, object, start, end, reason).
func decodeError(enc string, obj string, start, end int, reason string) *Exception {
	return &Exception{Cls: UnicodeDecodeError, Args: []Value{enc, Bytes(obj), txMkInt(start), txMkInt(end), reason}}
}

// encodeError builds a UnicodeEncodeError(encoding, object, start, end, reason).
func encodeError(enc string, obj string, start, end int, reason string) *Exception {
	return &Exception{Cls: UnicodeEncodeError, Args: []Value{enc, obj, txMkInt(start), txMkInt(end), reason}}
}

// utf8Invalid classifies the invalid UTF-8 sequence at b[i] as CPython's
// decoder does: the end of the bad range and the reason.
func utf8Invalid(b string, i int) (int, string) {
	c := b[i]
	var need int
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
	case c >= 0xF0 && c <= 0xF4:
		need = 3
	default:
		return i + 1, "invalid start byte"
	}
	lo, hi := byte(0x80), byte(0xBF)
	switch c {
	case 0xE0:
		lo = 0xA0
	case 0xED:
		hi = 0x9F
	case 0xF0:
		lo = 0x90
	case 0xF4:
		hi = 0x8F
	}
	if i+1 >= len(b) {
		return len(b), "unexpected end of data"
	}
	if b[i+1] < lo || b[i+1] > hi {
		return i + 1, "invalid continuation byte"
	}
	for k := 2; k <= need; k++ {
		if i+k >= len(b) {
			return len(b), "unexpected end of data"
		}
		if b[i+k]&0xC0 != 0x80 {
			return i + k, "invalid continuation byte"
		}
	}
	return i + need + 1, ""
}

// Decode returns b.decode(encoding, errors).
func Decode(b string, encoding, errors string) string {
	ChargeText(len(b))
	enc := normalizeEncoding(encoding)
	if enc == codecUnicodeEscape {
		return decodeUnicodeEscape(b, errors)
	}
	if enc == codecUTF8 && utf8.ValidString(b) {
		// Valid UTF-8 excludes surrogates: the str is the same bytes.
		return b
	}
	out := make([]byte, 0, len(b))
	i := 0
	for i < len(b) {
		c := b[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		var end int
		var reason string
		switch enc {
		case codecLatin1:
			out = utf8.AppendRune(out, rune(c))
			i++
			continue
		case codecASCII:
			end, reason = i+1, "ordinal not in range(128)"
		default:
			r, n := utf8.DecodeRuneInString(b[i:])
			if r != utf8.RuneError || n > 1 {
				out = append(out, b[i:i+n]...)
				i += n
				continue
			}
			end, reason = utf8Invalid(b, i)
			if errors == "surrogatepass" && c == 0xED && i+2 < len(b) && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2]&0xC0 == 0x80 {
				// A surrogate allowed by surrogatepass (kept as WTF-8).
				out = append(out, b[i:i+3]...)
				i += 3
				continue
			}
		}
		switch errors {
		case "strict":
			panic(decodeError(enc, b, i, end, reason))
		case "ignore":
		case "replace":
			out = append(out, "\uFFFD"...)
		case "backslashreplace":
			for k := i; k < end; k++ {
				out = append(out, '\\', 'x', txHexDigits[b[k]>>4], txHexDigits[b[k]&15])
			}
		case "surrogateescape":
			for k := i; k < end; k++ {
				if b[k] < 128 {
					panic(decodeError(enc, b, i, end, reason))
				}
				out = txAppendRune(out, 0xDC00+rune(b[k]))
			}
		case "surrogatepass":
			panic(decodeError(enc, b, i, end, reason))
		default:
			unknownHandler(errors)
		}
		i = end
	}
	return string(out)
}

// Encode returns s.encode(encoding, errors).
func Encode(s string, encoding, errors string) string {
	ChargeText(len(s))
	enc := normalizeEncoding(encoding)
	if enc == codecUnicodeEscape {
		return encodeUnicodeEscape(s)
	}
	if txIsASCII(s) || (enc == codecUTF8 && utf8.ValidString(s)) {
		// No surrogates: UTF-8 output is the str's own bytes.
		return s
	}
	limit := rune(0x10FFFF)
	reason := "surrogates not allowed"
	switch enc {
	case codecASCII:
		limit, reason = 127, "ordinal not in range(128)"
	case codecLatin1:
		limit, reason = 255, "ordinal not in range(256)"
	}
	bad := func(r rune) bool { return r > limit || (r >= 0xD800 && r <= 0xDFFF) }
	out := make([]byte, 0, len(s))
	cp := 0 // code point index of i
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		if !bad(r) {
			if enc == codecUTF8 {
				out = append(out, s[i:i+n]...)
			} else {
				out = append(out, byte(r))
			}
			i += n
			cp++
			continue
		}
		if enc == codecUTF8 && errors == "surrogatepass" {
			out = append(out, s[i:i+n]...)
			i += n
			cp++
			continue
		}
		// Collect the run of unencodable characters.
		var run []rune
		j := i
		for j < len(s) {
			r2, n2 := txDecodeRune(s, j)
			if !bad(r2) {
				break
			}
			run = append(run, r2)
			j += n2
		}
		start, end := cp, cp+len(run)
		switch errors {
		case "strict":
			panic(encodeError(enc, s, start, end, reason))
		case "ignore":
		case "replace":
			for range run {
				out = append(out, '?')
			}
		case "backslashreplace":
			for _, r2 := range run {
				out = appendEscapedRune(out, r2)
			}
		case "xmlcharrefreplace":
			for _, r2 := range run {
				out = append(out, "&#"...)
				out = strconv.AppendInt(out, int64(r2), 10)
				out = append(out, ';')
			}
		case "surrogateescape":
			for k, r2 := range run {
				if r2 < 0xDC80 || r2 > 0xDCFF {
					panic(encodeError(enc, s, start+k, end, reason))
				}
				out = append(out, byte(r2-0xDC00))
			}
		case "surrogatepass":
			panic(encodeError(enc, s, start, end, reason))
		default:
			unknownHandler(errors)
		}
		i = j
		cp = end
	}
	return string(out)
}

var (
	encodeParams = &Params{Func: "encode", Names: []string{"encoding", "errors"}}
	decodeParams = &Params{Func: "decode", Names: []string{"encoding", "errors"}}
)

// codecArgs converts the encoding/errors arguments of encode and decode.
func codecArgs(fn string, encV, errV Value) (string, string) {
	enc, errs := "utf-8", "strict"
	if encV != nil {
		s, ok := encV.(string)
		if !ok {
			Raisef(TypeError, fn, "() argument 'encoding' must be str, not ", txArgTypeName(encV))
		}
		enc = s
	}
	if errV != nil {
		s, ok := errV.(string)
		if !ok {
			Raisef(TypeError, fn, "() argument 'errors' must be str, not ", txArgTypeName(errV))
		}
		errs = s
	}
	return enc, errs
}

func init() {
	StrType.AddMethod("encode", func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf("encode", self)
		var encV, errV Value
		encodeParams.Unpack(args, kwargs, &encV, &errV)
		enc, errs := codecArgs("encode", encV, errV)
		return Bytes(Encode(s, enc, errs))
	})
}

// encodeUnicodeEscape is str.encode('unicode_escape'): printable ASCII as is
// (backslash doubled), \t \n \r, \xhh below U+0100, then \uhhhh and
// \Uhhhhhhhh. It never fails.
func encodeUnicodeEscape(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		i += n
		switch {
		case r == '\\':
			out = append(out, '\\', '\\')
		case r >= ' ' && r < 0x7f:
			out = append(out, byte(r))
		case r == '\t':
			out = append(out, '\\', 't')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\r':
			out = append(out, '\\', 'r')
		default:
			out = appendEscapedRune(out, r)
		}
	}
	return string(out)
}

// decodeUnicodeEscape is bytes.decode('unicode_escape'): bytes are Latin-1
// characters except Python's string-literal escapes. \N{name} escapes are
// not supported (no character name database) and raise as unknown names.
func decodeUnicodeEscape(b string, errors string) string {
	out := make([]byte, 0, len(b))
	hexVal := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	i := 0
	for i < len(b) {
		c := b[i]
		i++
		if c != '\\' {
			out = txAppendRune(out, rune(c))
			continue
		}
		start := i - 1
		var msg string
		if i >= len(b) {
			msg = "\\ at end of string"
		} else {
			c = b[i]
			i++
			switch c {
			case '\n':
				continue
			case '\\', '\'', '"':
				out = append(out, c)
				continue
			case 'b':
				out = append(out, '\b')
				continue
			case 'f':
				out = append(out, '\f')
				continue
			case 't':
				out = append(out, '\t')
				continue
			case 'n':
				out = append(out, '\n')
				continue
			case 'r':
				out = append(out, '\r')
				continue
			case 'v':
				out = append(out, '\v')
				continue
			case 'a':
				out = append(out, 7)
				continue
			case '0', '1', '2', '3', '4', '5', '6', '7':
				x := rune(c - '0')
				for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
					x = x<<3 + rune(b[i]-'0')
					i++
				}
				out = txAppendRune(out, x)
				continue
			case 'x', 'u', 'U':
				count := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
				msg = map[byte]string{'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape", 'U': "truncated \\UXXXXXXXX escape"}[c]
				var ch rune
				ok := true
				for ; count > 0; count-- {
					if i >= len(b) {
						ok = false
						break
					}
					h := hexVal(b[i])
					if h < 0 {
						ok = false
						break
					}
					ch = ch<<4 | rune(h)
					i++
				}
				if ok {
					if ch > utf8.MaxRune {
						msg = "illegal Unicode character"
						break
					}
					out = txAppendRune(out, ch)
					continue
				}
			case 'N':
				msg = "malformed \\N character escape"
				if i < len(b) && b[i] == '{' {
					switch j := strings.IndexByte(b[i+1:], '}'); {
					case j < 0:
						i = len(b)
					case j == 0:
						i++
					default:
						msg = "unknown Unicode character name"
						i += j + 2
					}
				}
			default:
				out = append(out, '\\', c)
				continue
			}
		}
		end := i
		switch errors {
		case "strict":
			panic(decodeError(codecUnicodeEscape, b, start, end, msg))
		case "ignore":
		case "replace":
			out = append(out, "\uFFFD"...)
		case "backslashreplace":
			for k := start; k < end; k++ {
				out = append(out, '\\', 'x', txHexDigits[b[k]>>4], txHexDigits[b[k]&15])
			}
		default:
			if errors == "surrogateescape" || errors == "surrogatepass" {
				panic(decodeError(codecUnicodeEscape, b, start, end, msg))
			}
			unknownHandler(errors)
		}
	}
	return string(out)
}
