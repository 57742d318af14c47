package frontend

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// decodeSource turns a file's bytes into the text the tokenizer sees, as
// CPython does for ast.parse(bytes): a UTF-8 BOM or a PEP 263 coding cookie
// selects the encoding, the text is converted to UTF-8, and "\r\n" and lone
// "\r" become "\n". A final newline is added when missing.
func decodeSource(filename string, src []byte) ([]byte, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &SyntaxError{Filename: filename, Msg: "source code string cannot contain null bytes"}
	}
	bom := false
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		bom = true
		src = src[3:]
	}
	enc, cookieLine, err := findCookie(src)
	cookieErr := func(msg string) *SyntaxError {
		// CPython reports these at line 0; we point at the cookie's line.
		return &SyntaxError{Filename: filename, Line: cookieLine, Col: 1, Msg: msg, Text: lineText(src, cookieLine)}
	}
	if err != nil {
		err.Filename = filename
		return nil, err
	}
	if enc != "" {
		norm := normalEncoding(enc)
		if bom && norm != "utf-8" {
			return nil, cookieErr("encoding problem: " + norm + " with BOM")
		}
		switch lookupCodec(norm) {
		case "utf-8":
		case "iso-8859-1":
			src = decodeLatin1(src)
		default:
			tab := singleByteCodecs[lookupCodec(norm)]
			if tab == nil {
				if lookupCodec(norm) == "ascii" {
					for i, b := range src {
						if b >= 0x80 {
							e := unicodeErr(filename, src, i, "")
							e.Msg = fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", b, i)
							return nil, e
						}
					}
					break
				}
				return nil, cookieErr("unknown encoding: " + enc)
			}
			var b strings.Builder
			for i, c := range src {
				r := tab[c]
				if r < 0 {
					return nil, unicodeErr(filename, src, i, fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %%d: character maps to <undefined>", lookupCodec(norm), c))
				}
				b.WriteRune(rune(r))
			}
			src = []byte(b.String())
		}
	}
	// Like CPython, UTF-8 is not validated here but token by token: invalid
	// bytes in comments are ignored, in strings and names they are errors.
	return normalizeNewlines(src), nil
}

// utf8Error returns CPython's UTF-8 decoder message for the first invalid
// sequence in b ("" if b is valid UTF-8).
func utf8Error(b []byte) string {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		var n int
		lo, hi := byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			n = 1
		case c >= 0xe0 && c <= 0xef:
			n = 2
			if c == 0xe0 {
				lo = 0xa0
			} else if c == 0xed {
				hi = 0x9f
			}
		case c >= 0xf0 && c <= 0xf4:
			n = 3
			if c == 0xf0 {
				lo = 0x90
			} else if c == 0xf4 {
				hi = 0x8f
			}
		default:
			return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", c, i)
		}
		k := 0 // valid continuation bytes seen
		for ; k < n; k++ {
			j := i + 1 + k
			if j >= len(b) {
				if k == 0 {
					return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: unexpected end of data", c, i)
				}
				return fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: unexpected end of data", i, i+k)
			}
			x := b[j]
			if k == 0 && (x < lo || x > hi) || k > 0 && (x < 0x80 || x > 0xbf) {
				if k == 0 {
					return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: invalid continuation byte", c, i)
				}
				return fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: invalid continuation byte", i, i+k)
			}
		}
		i += n + 1
	}
	return ""
}

// unicodeErr reports a decoding error at byte i of the (undecoded) source,
// positioned on its line as CPython does: "(unicode error) ..." with the
// offset of the failing byte within the line's token.
func unicodeErr(filename string, src []byte, i int, msg string) *SyntaxError {
	line := 1 + bytes.Count(src[:i], []byte("\n"))
	ls := bytes.LastIndexByte(src[:i], '\n') + 1
	// CPython reports the error on the string literal holding the byte,
	// with the byte's position inside that token.
	start := i
	if q := bytes.LastIndexAny(src[ls:i], "'\""); q >= 0 {
		start = ls + q
		for start > ls && start > ls+q-2 && bytes.IndexByte([]byte("rRbBuUfF"), src[start-1]) >= 0 {
			start--
		}
	}
	m := msg
	if strings.Count(m, "%d") == 1 {
		m = fmt.Sprintf(m, i-start)
	} else if strings.Count(m, "%d") == 2 {
		m = fmt.Sprintf(m, i-start, i-start+1)
	}
	return &SyntaxError{Filename: filename, Line: line, Col: utf8.RuneCount(src[ls:start]) + 1, Msg: "(unicode error) " + m}
}

func decodeLatin1(src []byte) []byte {
	n := 0
	for _, c := range src {
		if c >= 0x80 {
			n++
		}
	}
	if n == 0 {
		return src
	}
	out := make([]byte, 0, len(src)+n)
	for _, c := range src {
		out = utf8.AppendRune(out, rune(c))
	}
	return out
}

func normalizeNewlines(src []byte) []byte {
	if bytes.IndexByte(src, '\r') >= 0 {
		out := make([]byte, 0, len(src))
		for i := 0; i < len(src); i++ {
			c := src[i]
			if c == '\r' {
				out = append(out, '\n')
				if i+1 < len(src) && src[i+1] == '\n' {
					i++
				}
				continue
			}
			out = append(out, c)
		}
		src = out
	}
	if len(src) == 0 || src[len(src)-1] != '\n' {
		src = append(src[:len(src):len(src)], '\n')
	}
	return src
}

// findCookie looks for a PEP 263 coding declaration on the first two lines.
func findCookie(src []byte) (string, int, *SyntaxError) {
	for ln := 1; ln <= 2; ln++ {
		end := bytes.IndexAny(src, "\r\n")
		line := src
		if end >= 0 {
			line = src[:end]
		}
		if enc, ok := cookieOf(line); ok {
			return enc, ln, nil
		}
		// Only a comment or blank first line lets the second one declare.
		t := bytes.TrimLeft(line, " \t\f")
		if len(t) > 0 && t[0] != '#' {
			return "", 0, nil
		}
		if end < 0 {
			break
		}
		if src[end] == '\r' && end+1 < len(src) && src[end+1] == '\n' {
			end++
		}
		src = src[end+1:]
	}
	return "", 0, nil
}

// cookieOf matches ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+).
func cookieOf(line []byte) (string, bool) {
	t := bytes.TrimLeft(line, " \t\f")
	if len(t) == 0 || t[0] != '#' {
		return "", false
	}
	i := bytes.Index(t, []byte("coding"))
	for i >= 0 {
		j := i + 6
		if j < len(t) && (t[j] == ':' || t[j] == '=') {
			j++
			for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
				j++
			}
			k := j
			for k < len(t) && (t[k] == '-' || t[k] == '_' || t[k] == '.' || isAlnumASCII(t[k])) {
				k++
			}
			if k > j {
				return string(t[j:k]), true
			}
		}
		n := bytes.Index(t[i+1:], []byte("coding"))
		if n < 0 {
			break
		}
		i += 1 + n
	}
	return "", false
}

func isAlnumASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// normalEncoding is CPython's get_normal_name.
func normalEncoding(s string) string {
	l := strings.ToLower(strings.ReplaceAll(s, "_", "-"))
	if len(l) > 12 {
		l = l[:12]
	}
	if l == "utf-8" || strings.HasPrefix(l, "utf-8-") {
		return "utf-8"
	}
	for _, p := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if l == p || strings.HasPrefix(l, p+"-") {
			return "iso-8859-1"
		}
	}
	return s
}

// lookupCodec maps an encoding name to the codec names of codecs_table.go.
func lookupCodec(s string) string {
	l := strings.ToLower(strings.NewReplacer("_", "-", " ", "-").Replace(s))
	switch l {
	case "utf8", "utf-8", "u8", "cp65001":
		return "utf-8"
	case "latin1", "latin-1", "l1", "iso8859-1", "iso-8859-1", "8859", "cp819", "latin":
		return "iso-8859-1"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "windows-1252", "1252":
		return "cp1252"
	case "windows-1251", "1251":
		return "cp1251"
	case "windows-1250", "1250":
		return "cp1250"
	case "iso-8859-15", "latin9", "latin-9", "l9":
		return "iso8859-15"
	case "iso-8859-2", "latin2", "latin-2", "l2":
		return "iso8859-2"
	case "iso-8859-5", "cyrillic":
		return "iso8859-5"
	case "macroman", "macintosh":
		return "mac-roman"
	case "437", "ibm437":
		return "cp437"
	case "850", "ibm850":
		return "cp850"
	}
	return l
}
