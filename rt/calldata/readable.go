package calldata

import (
	"encoding/hex"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/address"
)

// ParseReadable parses the human-friendly input form used on the command
// line, a JSON superset:
//
//	null true false           specials
//	12 -3 1000000000000000000000  integers of any size (decimal)
//	"text"                    str with JSON escapes
//	b"\x00ab\n"               bytes: ASCII with \\ \" \' \n \r \t \0 \xNN escapes
//	b#00ff                    bytes in the debug form
//	0x + 40 hex digits        an address (either case, checksum not enforced)
//	addr#<40 hex digits>      an address in the debug form
//	[v, ...]   {"k": v, ...}  arrays and maps (string keys, no duplicates)
//
// Python spellings are accepted too, so calldata written as in GenVM's test
// cases reads as expected: None, True, False, 'single-quoted' strings and
// b'...' bytes, \xNN and \' escapes in strings, and a trailing comma in arrays
// and maps. Every DebugString output parses back to the same value.
func ParseReadable(src string) (Value, error) {
	p := &readParser{src: src}
	p.skipSpace()
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.pos < len(p.src) {
		return nil, p.errf(p.pos, "unexpected %q after the value", p.peekRune())
	}
	return v, nil
}

// ReadableError is a syntax error in the readable form at Line:Col (1-based,
// columns count characters).
type ReadableError struct {
	Line, Col int
	Msg       string
}

func (e *ReadableError) Error() string {
	return fmt.Sprintf("calldata: %d:%d: %s", e.Line, e.Col, e.Msg)
}

type readParser struct {
	src string
	pos int
}

func (p *readParser) errf(at int, format string, args ...any) error {
	line, col := 1, 1
	for _, r := range p.src[:at] {
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return &ReadableError{line, col, fmt.Sprintf(format, args...)}
}

func (p *readParser) peekRune() rune {
	r, _ := utf8.DecodeRuneInString(p.src[p.pos:])
	return r
}

func (p *readParser) skipSpace() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func isWordByte(c byte) bool {
	return c == '_' || c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func (p *readParser) word() string {
	start := p.pos
	for p.pos < len(p.src) && isWordByte(p.src[p.pos]) {
		p.pos++
	}
	return p.src[start:p.pos]
}

func (p *readParser) value(depth int) (Value, error) {
	if depth > MaxDepth {
		return nil, p.errf(p.pos, "nesting deeper than %d", MaxDepth)
	}
	if p.pos >= len(p.src) {
		return nil, p.errf(p.pos, "expected a value, found end of input")
	}
	start := p.pos
	c := p.src[p.pos]
	switch {
	case c == '"' || c == '\'':
		return p.jsonString()
	case c == '[':
		return p.array(depth)
	case c == '{':
		return p.mapping(depth)
	case c == 'b' && p.pos+1 < len(p.src) && (p.src[p.pos+1] == '"' || p.src[p.pos+1] == '\''):
		p.pos++
		return p.bytesLit()
	case c == '-' || c >= '0' && c <= '9':
		if c == '-' {
			p.pos++
		}
		w := p.word()
		if c != '-' && (strings.HasPrefix(w, "0x") || strings.HasPrefix(w, "0X")) {
			a, err := address.FromHex(w)
			if err != nil {
				return nil, p.errf(start, "0x%s is not an address (0x and 40 hex digits); write bytes as b#hex or b\"...\"", w[2:])
			}
			return a, nil
		}
		n, ok := new(big.Int).SetString(w, 10)
		if !ok || w == "" || w[0] == '+' {
			return nil, p.errf(start, "invalid number %q", p.src[start:p.pos])
		}
		if c == '-' {
			n.Neg(n)
		}
		return n, nil
	}
	w := p.word()
	switch {
	case w == "null" || w == "None":
		return nil, nil
	case w == "true" || w == "True":
		return true, nil
	case w == "false" || w == "False":
		return false, nil
	case strings.HasPrefix(w, "b#"):
		b, err := hex.DecodeString(w[2:])
		if err != nil {
			return nil, p.errf(start, "invalid hex in %q", w)
		}
		return b, nil
	case strings.HasPrefix(w, "addr#"):
		a, err := address.FromHex("0x" + w[5:])
		if err != nil {
			return nil, p.errf(start, "%q is not addr# and 40 hex digits", w)
		}
		return a, nil
	case w == "":
		return nil, p.errf(start, "unexpected %q", p.peekRune())
	}
	return nil, p.errf(start, "unknown word %q (strings need double quotes)", w)
}

func (p *readParser) array(depth int) (Value, error) {
	p.pos++ // [
	out := []Value{}
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == ']' {
		p.pos++
		return out, nil
	}
	for {
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == ']' && len(out) > 0 {
			p.pos++
			return out, nil
		}
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
		p.skipSpace()
		if p.pos >= len(p.src) {
			return nil, p.errf(p.pos, "unterminated array: expected , or ]")
		}
		switch p.src[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return out, nil
		default:
			return nil, p.errf(p.pos, "expected , or ] in array, found %q", p.peekRune())
		}
	}
}

func (p *readParser) mapping(depth int) (Value, error) {
	p.pos++ // {
	out := Map{}
	seen := map[string]bool{}
	p.skipSpace()
	if p.pos < len(p.src) && p.src[p.pos] == '}' {
		p.pos++
		return out, nil
	}
	for {
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == '}' && len(out) > 0 {
			p.pos++
			m, _ := out.sorted()
			return m, nil
		}
		kat := p.pos
		if p.pos >= len(p.src) || p.src[p.pos] != '"' && p.src[p.pos] != '\'' {
			return nil, p.errf(p.pos, "expected a \"string\" map key")
		}
		k, err := p.jsonString()
		if err != nil {
			return nil, err
		}
		key := k.(string)
		if seen[key] {
			return nil, p.errf(kat, "duplicate map key %q", key)
		}
		seen[key] = true
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != ':' {
			return nil, p.errf(p.pos, "expected : after map key")
		}
		p.pos++
		p.skipSpace()
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		out = append(out, Entry{key, v})
		p.skipSpace()
		if p.pos >= len(p.src) {
			return nil, p.errf(p.pos, "unterminated map: expected , or }")
		}
		switch p.src[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			m, _ := out.sorted()
			return m, nil
		default:
			return nil, p.errf(p.pos, "expected , or } in map, found %q", p.peekRune())
		}
	}
}

func (p *readParser) hexDigits(n int) (int, bool) {
	if p.pos+n > len(p.src) {
		return 0, false
	}
	v, err := strconv.ParseUint(p.src[p.pos:p.pos+n], 16, 32)
	if err != nil {
		return 0, false
	}
	p.pos += n
	return int(v), true
}

// jsonString parses a string literal at p.pos (on the opening quote, " or
// '): JSON escapes plus Python's \' and \xNN.
func (p *readParser) jsonString() (Value, error) {
	start := p.pos
	quote := p.src[p.pos]
	p.pos++
	var sb strings.Builder
	for {
		if p.pos >= len(p.src) {
			return nil, p.errf(start, "unterminated string")
		}
		c := p.src[p.pos]
		switch {
		case c == quote:
			p.pos++
			return sb.String(), nil
		case c == '\\':
			esc := p.pos
			p.pos++
			if p.pos >= len(p.src) {
				return nil, p.errf(start, "unterminated string")
			}
			e := p.src[p.pos]
			p.pos++
			switch e {
			case '"', '\\', '/', '\'':
				sb.WriteByte(e)
			case 'x':
				v, ok := p.hexDigits(2)
				if !ok {
					return nil, p.errf(esc, "invalid \\x escape: need two hex digits")
				}
				sb.WriteRune(rune(v))
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			case 'r':
				sb.WriteByte('\r')
			case 'b':
				sb.WriteByte('\b')
			case 'f':
				sb.WriteByte('\f')
			case 'u':
				u, ok := p.hexDigits(4)
				if !ok {
					return nil, p.errf(esc, "invalid \\u escape")
				}
				r := rune(u)
				if utf16.IsSurrogate(r) {
					lo := -1
					if strings.HasPrefix(p.src[p.pos:], `\u`) {
						p.pos += 2
						if l, ok := p.hexDigits(4); ok {
							lo = l
						}
					}
					r = utf16.DecodeRune(r, rune(lo))
					if r == utf8.RuneError {
						return nil, p.errf(esc, "unpaired surrogate in \\u escape")
					}
				}
				sb.WriteRune(r)
			default:
				return nil, p.errf(esc, "invalid escape \\%c in string", e)
			}
		case c < 0x20:
			return nil, p.errf(p.pos, "control character in string: use an escape")
		default:
			r, w := utf8.DecodeRuneInString(p.src[p.pos:])
			if r == utf8.RuneError && w == 1 {
				return nil, p.errf(p.pos, "invalid UTF-8 in string")
			}
			sb.WriteString(p.src[p.pos : p.pos+w])
			p.pos += w
		}
	}
}

// bytesLit parses b"..." or b'...' at p.pos (on the opening quote).
func (p *readParser) bytesLit() (Value, error) {
	start := p.pos - 1
	quote := p.src[p.pos]
	p.pos++
	out := []byte{}
	for {
		if p.pos >= len(p.src) {
			return nil, p.errf(start, "unterminated bytes literal")
		}
		c := p.src[p.pos]
		switch {
		case c == quote:
			p.pos++
			return out, nil
		case c == '\\':
			esc := p.pos
			p.pos++
			if p.pos >= len(p.src) {
				return nil, p.errf(start, "unterminated bytes literal")
			}
			e := p.src[p.pos]
			p.pos++
			switch e {
			case '"', '\\', '\'':
				out = append(out, e)
			case 'n':
				out = append(out, '\n')
			case 't':
				out = append(out, '\t')
			case 'r':
				out = append(out, '\r')
			case '0':
				out = append(out, 0)
			case 'x':
				v, ok := p.hexDigits(2)
				if !ok {
					return nil, p.errf(esc, "invalid \\x escape: need two hex digits")
				}
				out = append(out, byte(v))
			default:
				return nil, p.errf(esc, "invalid escape \\%c in bytes literal", e)
			}
		case c < 0x20 || c >= 0x7f:
			return nil, p.errf(p.pos, "non-ASCII or control byte in bytes literal: use \\xNN")
		default:
			out = append(out, c)
			p.pos++
		}
	}
}
