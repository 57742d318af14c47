package rt

import (
	"testing"
	"unicode/utf8"
)

// The fuzz targets check that text operations on arbitrary input raise only
// Python exceptions (Catch would re-panic on anything else, failing the
// target), never a Go runtime panic.

func FuzzFormatSpec(f *testing.F) {
	for _, s := range []string{"", "d", ">10", "*^#012_.3f", "é<5", ",x", "z.2%", "99999999999999999999", ".", "=+08,.2e"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, spec string) {
		if !utf8.ValidString(spec) || len(spec) > 40 || hugeNumber(spec) {
			return
		}
		for _, v := range []Value{Int{small: -12345}, IntFromBig(bigPow2(80)), 3.25, -0.0, "héllo", true, None} {
			_ = Catch(func() { Format(v, spec) })
		}
	})
}

func FuzzPercent(f *testing.F) {
	for _, s := range []string{"%s", "%(a)s", "%-*.*f", "%c%%", "%#x %o", "%", "%(", "%.*s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		if !utf8.ValidString(format) || len(format) > 60 || hugeNumber(format) {
			return
		}
		args := &Tuple{Items: []Value{Int{small: 3}, 2.5, "x", Int{small: 65}}}
		_ = Catch(func() { StrPercent(format, args) })
		_ = Catch(func() { percentFormat(format, args, true) })
		d := NewDict(0)
		d.Set("a", Int{small: 1})
		_ = Catch(func() { StrPercent(format, d) })
	})
}

func FuzzStrFormat(f *testing.F) {
	for _, s := range []string{"{}", "{0!r:>{1}}", "{a[0].b}", "{{}}", "{:{:{}}}", "}{", "{0[}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, format string) {
		if !utf8.ValidString(format) || len(format) > 60 || hugeNumber(format) {
			return
		}
		args := []Value{Int{small: 1}, "ab", &List{Items: []Value{Int{small: 2}}}}
		_ = Catch(func() { StrFormat(format, args, []KW{{"a", "xyz"}}) })
	})
}

func FuzzDecodeEncode(f *testing.F) {
	for _, s := range []string{"", "abc", "\xff\xfe", "\xed\xa0\x80", "\xf0\x9f\x98", "é"} {
		f.Add([]byte(s))
	}
	handlers := []string{"strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace"}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, enc := range []string{"utf-8", "ascii", "latin-1"} {
			for _, h := range handlers {
				var s string
				if Catch(func() { s = Decode(string(b), enc, h) }) == nil {
					for _, h2 := range handlers {
						_ = Catch(func() { Encode(s, enc, h2) })
					}
					_ = StrRepr(s)
					_ = StrLen(s)
					_ = StrUpper(s)
					_ = StrLower(s)
					_ = StrTitle(s)
					_ = StrSplitWS(s, -1)
				}
			}
		}
	})
}

// hugeNumber reports whether s holds a run of 6 or more digits (a width that
// would make the target slow by building huge strings, not find bugs).
func hugeNumber(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run >= 6 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}
