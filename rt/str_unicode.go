package rt

//go:generate sh -c "PYENV_VERSION=3.13.0 python3.13 gen_unicode.py > str_unicode_tables.go"

import (
	"strings"
	"unicode/utf8"
)

// caseEntry holds the full case mappings of one code point (str.upper,
// str.lower, str.title and str.casefold of the one-character string).
type caseEntry struct {
	cp                        rune
	upper, lower, title, fold string
}

// asciiFlags caches the property flags of the ASCII code points.
var asciiFlags [128]uint16

func init() {
	for c := rune(0); c < 128; c++ {
		asciiFlags[c] = runeFlagsSlow(c)
	}
}

// runeFlags returns the property flags (uc*) of code point r, as CPython
// 3.13's unicodedata database defines them.
func runeFlags(r rune) uint16 {
	if r >= 0 && r < 128 {
		return asciiFlags[r]
	}
	return runeFlagsSlow(r)
}

func runeFlagsSlow(r rune) uint16 {
	if r < 0 || r > utf8.MaxRune {
		return 0
	}
	lo, hi := 0, len(ucRunStarts)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if ucRunStarts[m] <= r {
			lo = m
		} else {
			hi = m
		}
	}
	return ucRunFlags[lo]
}

// lookupCase returns the case mappings of r, or nil if r maps to itself.
func lookupCase(r rune) *caseEntry {
	lo, hi := 0, len(ucCases)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ucCases[m].cp < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ucCases) && ucCases[lo].cp == r {
		return &ucCases[lo]
	}
	return nil
}

// IsPrintableRune reports whether r is printable in the sense of
// str.isprintable (and so shown unescaped by repr).
func IsPrintableRune(r rune) bool { return runeFlags(r)&ucPrintable != 0 }

// IsSpaceRune reports whether r is whitespace for str.isspace, str.split()
// and str.strip().
func IsSpaceRune(r rune) bool { return runeFlags(r)&ucSpace != 0 }

// DecimalValue returns the decimal digit value of r (0-9) for characters with
// str.isdecimal(), or -1; int() and float() accept these digits.
func DecimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if runeFlags(r)&ucDecimal == 0 {
		return -1
	}
	lo, hi := 0, len(ucDecimalZeros)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ucDecimalZeros[m] <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return int(r - ucDecimalZeros[lo-1])
}

// IsXIDStart and IsXIDContinue report the identifier properties str.isidentifier uses.
func IsXIDStart(r rune) bool { return runeFlags(r)&ucXIDStart != 0 }

// IsXIDContinue reports whether r may continue an identifier.
func IsXIDContinue(r rune) bool { return runeFlags(r)&ucXIDContinue != 0 }

// Code point decoding. Python strs are Go strings holding UTF-8, with lone
// surrogates (U+D800..U+DFFF, e.g. from surrogateescape) encoded as WTF-8:
// the 3-byte sequence ED A0..BF 80..BF. Invalid bytes never occur in a str.

// txDecodeRune decodes the code point at s[i:], surrogates included.
func txDecodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 && c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2]&0xC0 == 0x80 {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return r, n
}

// txDecodeLastRune decodes the code point ending at s[:end].
func txDecodeLastRune(s string, end int) (rune, int) {
	c := s[end-1]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeLastRuneInString(s[:end])
	if r == utf8.RuneError && n == 1 && end >= 3 && s[end-3] == 0xED && s[end-2] >= 0xA0 && s[end-2] <= 0xBF {
		return 0xD000 | rune(s[end-2]&0x3F)<<6 | rune(c&0x3F), 3
	}
	return r, n
}

// txAppendRune appends the (WTF-8) encoding of code point r.
func txAppendRune(b []byte, r rune) []byte {
	if r < utf8.RuneSelf && r >= 0 {
		return append(b, byte(r))
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// txRuneStr returns the one-character string of code point r.
func txRuneStr(r rune) string {
	if r >= 0 && r < utf8.RuneSelf {
		return txAsciiStrs[r]
	}
	return string(txAppendRune(make([]byte, 0, 4), r))
}

var txAsciiStrs = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return
}()

// txIsASCII reports whether s holds only ASCII characters.
func txIsASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if (uint64(s[i])|uint64(s[i+1])|uint64(s[i+2])|uint64(s[i+3])|uint64(s[i+4])|uint64(s[i+5])|uint64(s[i+6])|uint64(s[i+7]))&0x80 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// StrLen returns len(s): the number of code points.
func StrLen(s string) int {
	if txIsASCII(s) {
		return len(s)
	}
	n := utf8.RuneCountInString(s)
	// Each WTF-8 surrogate was counted as three invalid bytes.
	for i := 0; ; {
		j := strings.IndexByte(s[i:], 0xED)
		if j < 0 {
			return n
		}
		i += j
		if i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			n -= 2
			i += 3
		} else {
			i++
		}
	}
}

// StrRunes returns the code points of s.
func StrRunes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		out = append(out, r)
		i += n
	}
	return out
}

// txRunesStr encodes code points as a str.
func txRunesStr(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = txAppendRune(b, r)
	}
	return string(b)
}
