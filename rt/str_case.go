package rt

import (
	"strings"
	"unicode/utf8"
)

// This file implements str's case mappings (with Unicode's full mappings:
// 'ß'.upper() == 'SS', and the final-sigma rule of lower()) and the is*
// predicates, from the tables generated from CPython 3.13.

const (
	capitalSigma = 0x3A3
	smallSigma   = 0x3C3
	finalSigma   = 0x3C2
)

type caseKind uint8

const (
	caseUpper caseKind = iota
	caseLower
	caseTitle
	caseFold
)

// appendCase appends the full mapping of r of the given kind.
func appendCase(b []byte, r rune, k caseKind) []byte {
	if r < utf8.RuneSelf {
		c := byte(r)
		switch k {
		case caseUpper, caseTitle:
			if 'a' <= c && c <= 'z' {
				c -= 32
			}
		default:
			if 'A' <= c && c <= 'Z' {
				c += 32
			}
		}
		return append(b, c)
	}
	e := lookupCase(r)
	if e == nil {
		return txAppendRune(b, r)
	}
	switch k {
	case caseUpper:
		return append(b, e.upper...)
	case caseLower:
		return append(b, e.lower...)
	case caseTitle:
		return append(b, e.title...)
	}
	return append(b, e.fold...)
}

// isFinalSigma applies Unicode's Final_Sigma condition to the capital sigma
// at byte offset i of s (size 2).
func isFinalSigma(s string, i int) bool {
	j := i
	found := false
	for j > 0 {
		r, n := txDecodeLastRune(s, j)
		f := runeFlags(r)
		j -= n
		if f&ucCaseIgnorable != 0 {
			continue
		}
		found = f&ucCased != 0
		break
	}
	if !found {
		return false
	}
	for k := i + 2; k < len(s); {
		r, n := txDecodeRune(s, k)
		f := runeFlags(r)
		k += n
		if f&ucCaseIgnorable != 0 {
			continue
		}
		return f&ucCased == 0
	}
	return true
}

// appendLower appends the lowercase mapping of the code point r at byte i of s.
func appendLower(b []byte, s string, i int, r rune) []byte {
	if r == capitalSigma {
		if isFinalSigma(s, i) {
			return utf8.AppendRune(b, finalSigma)
		}
		return utf8.AppendRune(b, smallSigma)
	}
	return appendCase(b, r, caseLower)
}

func asciiMap(s string, upper bool) string {
	var lo, hi byte = 'a', 'z'
	if !upper {
		lo, hi = 'A', 'Z'
	}
	i := 0
	for i < len(s) && (s[i] < lo || s[i] > hi) {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if lo <= c && c <= hi {
			c ^= 0x20
		}
		b.WriteByte(c)
	}
	return b.String()
}

// StrUpper returns s.upper().
func StrUpper(s string) string {
	if txIsASCII(s) {
		return asciiMap(s, true)
	}
	b := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		b = appendCase(b, r, caseUpper)
		i += n
	}
	return string(b)
}

// StrLower returns s.lower().
func StrLower(s string) string {
	if txIsASCII(s) {
		return asciiMap(s, false)
	}
	b := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		b = appendLower(b, s, i, r)
		i += n
	}
	return string(b)
}

// StrCasefold returns s.casefold().
func StrCasefold(s string) string {
	if txIsASCII(s) {
		return asciiMap(s, false)
	}
	b := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		b = appendCase(b, r, caseFold)
		i += n
	}
	return string(b)
}

// StrCapitalize returns s.capitalize(): the first character title-cased, the
// rest lowercased.
func StrCapitalize(s string) string {
	b := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		if i == 0 {
			b = appendCase(b, r, caseTitle)
		} else {
			b = appendLower(b, s, i, r)
		}
		i += n
	}
	return string(b)
}

// StrSwapcase returns s.swapcase().
func StrSwapcase(s string) string {
	b := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		f := runeFlags(r)
		switch {
		case f&ucUpper != 0:
			b = appendLower(b, s, i, r)
		case f&ucLower != 0:
			b = appendCase(b, r, caseUpper)
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

// StrTitle returns s.title().
func StrTitle(s string) string {
	b := make([]byte, 0, len(s)+4)
	prevCased := false
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		if prevCased {
			b = appendLower(b, s, i, r)
		} else {
			b = appendCase(b, r, caseTitle)
		}
		prevCased = runeFlags(r)&ucCased != 0
		i += n
	}
	return string(b)
}

// strAll reports whether s is non-empty and every code point has flag f
// (any of the bits in f).
func strAll(s string, f uint16) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		var fl uint16
		if c := s[i]; c < utf8.RuneSelf {
			fl = asciiFlags[c]
			i++
		} else {
			r, n := txDecodeRune(s, i)
			fl = runeFlags(r)
			i += n
		}
		if fl&f == 0 {
			return false
		}
	}
	return true
}

// StrIsAlpha returns s.isalpha(); likewise the other predicates.
func StrIsAlpha(s string) bool { return strAll(s, ucAlpha) }

// StrIsDecimal returns s.isdecimal().
func StrIsDecimal(s string) bool { return strAll(s, ucDecimal) }

// StrIsDigit returns s.isdigit().
func StrIsDigit(s string) bool { return strAll(s, ucDigit) }

// StrIsNumeric returns s.isnumeric().
func StrIsNumeric(s string) bool { return strAll(s, ucNumeric) }

// StrIsAlnum returns s.isalnum().
func StrIsAlnum(s string) bool { return strAll(s, ucAlpha|ucDecimal|ucDigit|ucNumeric) }

// StrIsSpace returns s.isspace().
func StrIsSpace(s string) bool { return strAll(s, ucSpace) }

// StrIsPrintable returns s.isprintable() (true for "").
func StrIsPrintable(s string) bool { return s == "" || strAll(s, ucPrintable) }

// StrIsASCII returns s.isascii().
func StrIsASCII(s string) bool { return txIsASCII(s) }

// StrIsLower returns s.islower().
func StrIsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		i += n
		f := runeFlags(r)
		if f&(ucUpper|ucTitle) != 0 {
			return false
		}
		if f&ucLower != 0 {
			cased = true
		}
	}
	return cased
}

// StrIsUpper returns s.isupper().
func StrIsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		i += n
		f := runeFlags(r)
		if f&(ucLower|ucTitle) != 0 {
			return false
		}
		if f&ucUpper != 0 {
			cased = true
		}
	}
	return cased
}

// StrIsTitle returns s.istitle().
func StrIsTitle(s string) bool {
	cased, prev := false, false
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		i += n
		f := runeFlags(r)
		switch {
		case f&(ucUpper|ucTitle) != 0:
			if prev {
				return false
			}
			prev, cased = true, true
		case f&ucLower != 0:
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

// StrIsIdentifier returns s.isidentifier().
func StrIsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		r, n := txDecodeRune(s, i)
		if i == 0 {
			if !IsXIDStart(r) {
				return false
			}
		} else if !IsXIDContinue(r) {
			return false
		}
		i += n
	}
	return true
}

func strPredicate(name string, f func(string) bool) func(self Value, args []Value, kwargs []KW) Value {
	qual := "str." + name
	return func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf(name, self)
		txNoArgs(qual, args, kwargs)
		return f(s)
	}
}

func strMapper(name string, f func(string) string) func(self Value, args []Value, kwargs []KW) Value {
	qual := "str." + name
	return func(self Value, args []Value, kwargs []KW) Value {
		s := strSelf(name, self)
		txNoArgs(qual, args, kwargs)
		ChargeText(len(s))
		return f(s)
	}
}

func init() {
	t := StrType
	t.AddMethod("upper", strMapper("upper", StrUpper))
	t.AddMethod("lower", strMapper("lower", StrLower))
	t.AddMethod("casefold", strMapper("casefold", StrCasefold))
	t.AddMethod("capitalize", strMapper("capitalize", StrCapitalize))
	t.AddMethod("swapcase", strMapper("swapcase", StrSwapcase))
	t.AddMethod("title", strMapper("title", StrTitle))
	for _, p := range []struct {
		name string
		f    func(string) bool
	}{
		{"isalpha", StrIsAlpha}, {"isdecimal", StrIsDecimal}, {"isdigit", StrIsDigit},
		{"isnumeric", StrIsNumeric}, {"isalnum", StrIsAlnum}, {"isspace", StrIsSpace},
		{"isprintable", StrIsPrintable}, {"isascii", StrIsASCII}, {"islower", StrIsLower},
		{"isupper", StrIsUpper}, {"istitle", StrIsTitle}, {"isidentifier", StrIsIdentifier},
	} {
		t.AddMethod(p.name, strPredicate(p.name, p.f))
	}
}
