package frontend

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// number converts a NUMBER token to its Constant value.
func (p *parser) number(t *token) any {
	b := p.text(t)
	s := string(b)
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	last := s[len(s)-1] | 0x20
	if last == 'j' {
		f, _ := strconv.ParseFloat(s[:len(s)-1], 64)
		return Imag(f)
	}
	base := 10
	digits := s
	if len(s) > 1 && s[0] == '0' {
		switch s[1] | 0x20 {
		case 'x':
			base, digits = 16, s[2:]
		case 'o':
			base, digits = 8, s[2:]
		case 'b':
			base, digits = 2, s[2:]
		}
	}
	if base == 10 && strings.ContainsAny(s, ".eE") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !math.IsInf(f, 0) {
			p.errorTok(t, "invalid decimal literal")
		}
		return f
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v
	}
	if base == 10 && len(digits) > 4300 {
		p.errorTok(t, fmt.Sprintf("Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", len(digits)))
	}
	v, ok := new(big.Int).SetString(digits, base)
	if !ok {
		p.errorTok(t, "invalid decimal literal")
	}
	return v
}

// strBuilder collects the values of a JoinedStr, merging adjacent literal
// pieces into one Constant as CPython does.
type strBuilder struct {
	vals []Expr
	buf  []byte // pending literal text
	pos  Pos    // span of the pending text
	has  bool   // pending text exists (possibly empty)
	kind string // kind of the first piece of the pending run
}

func (b *strBuilder) addText(text []byte, pos Pos, kind string) {
	if !b.has {
		b.has = true
		b.kind = kind
		b.buf = append(b.buf[:0], text...)
		b.pos = pos
		return
	}
	b.buf = append(b.buf, text...)
	b.pos.EndLineno, b.pos.EndColOffset = pos.EndLineno, pos.EndColOffset
}

func (b *strBuilder) flush() {
	if b.has && len(b.buf) > 0 {
		b.vals = append(b.vals, &Constant{Pos: b.pos, Value: string(b.buf), Kind: b.kind})
	}
	b.has = false
	b.buf = b.buf[:0]
}

func (b *strBuilder) addValue(e Expr) {
	b.flush()
	b.vals = append(b.vals, e)
}

// strings parses one or more adjacent STRING/f-string tokens, consuming
// them in order (like CPython, the tokenizer never runs ahead of the parser).
func (p *parser) strings() Expr {
	pos := p.start()
	first := p.i
	var b strBuilder
	hasF := false
	nBytes, nStr := 0, 0
	for {
		t := p.tok()
		if t.kind == tString {
			p.i++
			if p.isBytes(t) {
				nBytes++
			} else {
				nStr++
			}
			kind := ""
			if p.src[t.start] == 'u' {
				kind = "u"
			}
			b.addText(p.decodeStringTok(t), p.end(p.startOf(t)), kind)
			continue
		}
		if t.kind == tFStringStart {
			hasF = true
			nStr++
			p.fstring(&b)
			continue
		}
		break
	}
	if nBytes > 0 && nStr > 0 {
		p.errorTok(p.tok(), "cannot mix bytes and nonbytes literals")
	}
	if !hasF {
		kind := ""
		if p.src[p.toks[first].start] == 'u' { // only lowercase u sets kind, as in CPython
			kind = "u"
		}
		if nBytes > 0 {
			return &Constant{Pos: p.end(pos), Value: append([]byte{}, b.buf...)}
		}
		return &Constant{Pos: p.end(pos), Value: string(b.buf), Kind: kind}
	}
	b.flush()
	return &JoinedStr{Pos: p.end(pos), Values: b.vals}
}

func (p *parser) isBytes(t *token) bool {
	for i := t.start; ; i++ {
		c := p.src[i] | 0x20
		if c == 'b' {
			return true
		}
		if c != 'r' && c != 'u' && c != 'f' {
			return false
		}
	}
}

// fstring parses FSTRING_START ... FSTRING_END into b.
func (p *parser) fstring(b *strBuilder) {
	st := p.advance()
	raw := false
	for i := st.start; i < st.end; i++ {
		if p.src[i]|0x20 == 'r' {
			raw = true
		}
	}
	for {
		t := p.tok()
		switch t.kind {
		case tFStringEnd:
			p.i++
			return
		case tFStringMiddle:
			p.i++
			b.addText(p.decodeFMiddle(t, raw, false), p.end(p.startOf(t)), "")
		case tLBrace:
			p.replacementField(b, raw)
		default:
			p.syntaxError(t)
		}
	}
}

// replacementField parses '{' expr ['='] ['!' NAME] [':' spec] '}'.
func (p *parser) replacementField(b *strBuilder, raw bool) {
	lb := p.advance()
	pos := p.startOf(lb)
	if p.kind() == tRBrace || p.kind() == tExclamation || p.kind() == tColon || p.kind() == tEqual {
		p.errorTok(p.tok(), fmt.Sprintf("f-string: valid expression required before '%s'", p.tok().kind))
	}
	if p.kind() == tLambda {
		p.errorTok(p.tok(), "f-string: lambda expressions are not allowed without parentheses")
	}
	var e Expr
	first := p.tok()
	if err := p.tryErr(func() {
		if p.kind() == tYield {
			e = p.yieldExpr()
		} else {
			e = p.starExpressions()
		}
	}); err != nil {
		if err.Msg != "invalid syntax" {
			panic(err)
		}
		p.errorTok(first, "f-string: expecting a valid expression after '{'")
	}
	fv := &FormattedValue{Value: e, Conversion: -1}
	debug := false
	if p.kind() == tEqual {
		p.i++
		debug = true
		nt := p.tok()
		text := p.debugText(p.i - 1)
		dpos := Pos{int(lb.eline), int(lb.ecol), int(nt.line), int(nt.col)}
		b.addText(text, dpos, "")
	}
	if p.kind() == tExclamation {
		ex := p.advance()
		nt := p.tok()
		if nt.kind == tRBrace || nt.kind == tColon {
			p.errorTok(nt, "f-string: missing conversion character")
		}
		if nt.kind != tName && !nt.kind.isKeyword() {
			p.errorTok(nt, "f-string: invalid conversion character")
		}
		if nt.start != ex.end {
			p.errorTok(nt, "f-string: conversion type must come right after the exclamanation mark")
		}
		p.i++
		switch string(p.text(nt)) {
		case "s":
			fv.Conversion = 's'
		case "r":
			fv.Conversion = 'r'
		case "a":
			fv.Conversion = 'a'
		default:
			p.errorTok(nt, fmt.Sprintf("f-string: invalid conversion character %s: expected 's', 'r', or 'a'", reprStr(string(p.text(nt)))))
		}
	}
	if p.kind() == tColon {
		ct := p.advance()
		spos := p.startOf(ct)
		var sb strBuilder
		for p.kind() != tRBrace {
			t := p.tok()
			switch t.kind {
			case tFStringMiddle:
				p.i++
				sb.addText(p.decodeFMiddle(t, raw, t.flags&fUndouble == 0), p.end(p.startOf(t)), "")
			case tLBrace:
				p.replacementField(&sb, raw)
			default:
				p.errorTok(t, "f-string: expecting '}', or format specs")
			}
		}
		sb.flush()
		fv.FormatSpec = &JoinedStr{Pos: p.end(spos), Values: sb.vals}
	}
	if p.kind() != tRBrace {
		t := p.tok()
		if fv.Conversion != -1 {
			p.errorTok(t, "f-string: expecting ':' or '}'")
		}
		if debug {
			p.errorTok(t, "f-string: expecting '!', or ':', or '}'")
		}
		p.errorTok(t, "f-string: expecting '=', or '!', or ':', or '}'")
	}
	p.i++
	if debug && fv.Conversion == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	fv.Pos = p.end(pos)
	b.addValue(fv)
}

// decodeStringTok decodes a STRING token's value (str as WTF-8, or bytes).
func (p *parser) decodeStringTok(t *token) []byte {
	b := p.src[t.start:t.end]
	i := 0
	raw, isBytes := false, false
	for ; b[i] != '"' && b[i] != '\''; i++ {
		switch b[i] | 0x20 {
		case 'r':
			raw = true
		case 'b':
			isBytes = true
		}
	}
	q := b[i]
	body := b[i+1 : len(b)-1]
	if len(body) >= 4 && body[0] == q && body[1] == q {
		body = body[2 : len(body)-2]
	}
	if isBytes {
		for _, c := range body {
			if c >= 0x80 {
				p.errorTok(t, "bytes can only contain ASCII literal characters")
			}
		}
	} else {
		p.checkUTF8(t, body)
	}
	if raw || indexByte(body, '\\') < 0 {
		return body
	}
	return p.unescape(t, body, isBytes, false)
}

// checkUTF8 rejects a string body that is not valid UTF-8, with CPython's
// decoder message (positions are offsets in the body).
func (p *parser) checkUTF8(t *token, body []byte) {
	for _, c := range body {
		if c >= 0x80 {
			if msg := utf8Error(body); msg != "" {
				p.errorTok(t, "(unicode error) "+msg)
			}
			return
		}
	}
}

// decodeFMiddle decodes an FSTRING_MIDDLE token: escapes (unless raw) and,
// outside format specs, doubled braces.
func (p *parser) decodeFMiddle(t *token, raw, spec bool) []byte {
	body := p.src[t.start:t.end]
	p.checkUTF8(t, body)
	if (raw || indexByte(body, '\\') < 0) && (spec || indexByte(body, '{') < 0 && indexByte(body, '}') < 0) {
		return body
	}
	if raw {
		out := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			c := body[i]
			out = append(out, c)
			if !spec && (c == '{' || c == '}') && i+1 < len(body) && body[i+1] == c {
				i++
			}
		}
		return out
	}
	return p.unescape(t, body, false, !spec)
}

// unescape processes backslash escapes as CPython's string parser does.
func (p *parser) unescape(t *token, s []byte, isBytes, braces bool) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if braces && (c == '{' || c == '}') && i+1 < len(s) && s[i+1] == c {
			out = append(out, c)
			i++
			continue
		}
		if c != '\\' || i+1 >= len(s) {
			out = append(out, c)
			continue
		}
		i++
		c = s[i]
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for n := 1; n < 3 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '7'; n++ {
				i++
				v = v*8 + int(s[i]-'0')
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = appendWTF8(out, rune(v))
			}
		case 'x':
			v, ok := hexN(s, i+1, 2)
			if !ok {
				if isBytes {
					p.errorTok(t, fmt.Sprintf("(value error) invalid \\x escape at position %d", i-1))
				}
				p.unicodeEscErr(t, i-1, i+hexRun(s, i+1, 2), "truncated \\xXX escape")
			}
			i += 2
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = appendWTF8(out, rune(v))
			}
		case 'u', 'U', 'N':
			if isBytes {
				out = append(out, '\\', c)
				continue
			}
			switch c {
			case 'u':
				v, ok := hexN(s, i+1, 4)
				if !ok {
					p.unicodeEscErr(t, i-1, i+hexRun(s, i+1, 4), "truncated \\uXXXX escape")
				}
				i += 4
				out = appendWTF8(out, rune(v))
			case 'U':
				v, ok := hexN(s, i+1, 8)
				if !ok {
					p.unicodeEscErr(t, i-1, i+hexRun(s, i+1, 8), "truncated \\UXXXXXXXX escape")
				}
				if v > 0x10ffff {
					p.unicodeEscErr(t, i-1, i+8, "illegal Unicode character")
				}
				i += 8
				out = appendWTF8(out, rune(v))
			case 'N':
				if i+1 >= len(s) || s[i+1] != '{' {
					p.unicodeEscErr(t, i-1, i, "malformed \\N character escape")
				}
				j := i + 2
				for j < len(s) && s[j] != '}' {
					j++
				}
				if j >= len(s) || j == i+2 {
					p.unicodeEscErr(t, i-1, i+1, "malformed \\N character escape")
				}
				r, ok := lookupUnicodeName(string(s[i+2 : j]))
				if !ok {
					p.unicodeEscErr(t, i-1, j, "unknown Unicode character name")
				}
				out = appendWTF8(out, r)
				i = j
			}
		default:
			out = append(out, '\\', c)
		}
	}
	return out
}

func (p *parser) unicodeEscErr(t *token, from, to int, msg string) {
	p.errorTok(t, fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", from, to, msg))
}

// hexRun counts the hex digits (at most n) at s[i:].
func hexRun(s []byte, i, n int) int {
	k := 0
	for k < n && i+k < len(s) && isHex(s[i+k]) {
		k++
	}
	return k
}

func hexN(s []byte, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range s[i : i+n] {
		var d int
		switch {
		case c >= '0' && c <= '9':
			d = int(c - '0')
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			d = int(c|0x20-'a') + 10
		default:
			return 0, false
		}
		v = v*16 + d
	}
	return v, true
}

// appendWTF8 appends r, encoding surrogates as 3-byte sequences.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xd800 && r <= 0xdfff {
		return append(b, byte(0xe0|r>>12), byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
	}
	return utf8.AppendRune(b, r)
}

// debugText returns the source of a self-documenting replacement field
// from after its '{' through the '=' token at index eq, plus the whitespace
// up to the next token, with comments removed as CPython does.
func (p *parser) debugText(eq int) []byte {
	lb := eq
	for depth := 0; ; lb-- {
		k := p.toks[lb].kind
		if k == tRBrace || k == tRPar || k == tRSqb {
			depth++
		} else if k == tLBrace || k == tLPar || k == tLSqb {
			if depth == 0 && k == tLBrace {
				break
			}
			depth--
		}
	}
	var out []byte
	gap := func(g []byte) {
		for len(g) > 0 {
			h := indexByte(g, '#')
			if h < 0 {
				out = append(out, g...)
				return
			}
			out = append(out, g[:h]...)
			g = g[h:]
			nl := indexByte(g, '\n')
			if nl < 0 {
				return
			}
			g = g[nl:]
		}
	}
	prevEnd := p.toks[lb].end
	for i := lb + 1; i <= eq+1; i++ {
		t := &p.toks[i]
		if t.kind == tNewline || t.kind == tIndent || t.kind == tDedent {
			continue
		}
		gap(p.src[prevEnd:t.start])
		if i == eq+1 {
			break
		}
		out = append(out, p.src[t.start:t.end]...)
		prevEnd = t.end
	}
	return out
}
