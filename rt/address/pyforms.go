package address

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func runeCount(s string) int { return utf8.RuneCountInString(s) }

func isPySpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
}

func hexVal(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10
	}
	return 16
}

// pyFromHex is Python's bytes.fromhex for the argument s (positions in
// errors count code points of s, as in CPython).
func pyFromHex(s string) ([]byte, error) {
	rs := []rune(s)
	out := make([]byte, 0, len(rs)/2)
	i := 0
	for i < len(rs) {
		if isPySpace(rs[i]) {
			for i < len(rs) && isPySpace(rs[i]) {
				i++
			}
			if i >= len(rs) {
				break
			}
		}
		top := hexVal(rs[i])
		if top >= 16 {
			return nil, nonHex(i)
		}
		i++
		if i >= len(rs) {
			return nil, nonHex(i) // CPython 3.13 reports the end position
		}
		bot := hexVal(rs[i])
		if bot >= 16 {
			return nil, nonHex(i)
		}
		i++
		out = append(out, byte(top<<4|bot))
	}
	return out, nil
}

func nonHex(pos int) error {
	return &Error{"ValueError", fmt.Sprintf("non-hexadecimal number found in fromhex() arg at position %d", pos)}
}

func b64Val(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return 64
}

// pyB64Decode is Python's base64.b64decode(s) with validate=False: characters
// outside the alphabet are discarded, a complete pad sequence ends the input.
func pyB64Decode(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return nil, &Error{"ValueError", "string argument should contain only ASCII characters"}
		}
	}
	out := make([]byte, 0, len(s)*3/4)
	quad, pads := 0, 0
	var left byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '=' {
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					return out, nil
				}
			}
			continue
		}
		v := b64Val(c)
		if v >= 64 {
			continue
		}
		pads = 0
		switch quad {
		case 0:
			quad, left = 1, byte(v)
		case 1:
			quad = 2
			out = append(out, left<<2|byte(v)>>4)
			left = byte(v) & 0x0f
		case 2:
			quad = 3
			out = append(out, left<<4|byte(v)>>2)
			left = byte(v) & 0x03
		case 3:
			quad = 0
			out = append(out, left<<6|byte(v))
			left = 0
		}
	}
	switch quad {
	case 0:
		return out, nil
	case 1:
		return nil, &Error{"binascii.Error", fmt.Sprintf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)}
	}
	return nil, &Error{"binascii.Error", "Incorrect padding"}
}

// pyBytesRepr is Python's repr(bytes).
func pyBytesRepr(b []byte) string {
	quote := byte('\'')
	if strings.IndexByte(string(b), '\'') >= 0 && strings.IndexByte(string(b), '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteByte('b')
	sb.WriteByte(quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}

// pyStrRepr is repr(str) for the ASCII-printable strings format specs are in
// practice; other characters are escaped like Python does for non-printables.
func pyStrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var sb strings.Builder
	sb.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, r)
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte(quote)
	return sb.String()
}
