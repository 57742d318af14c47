// Package pystring implements Python's string module constants
// (ascii_letters, digits, punctuation, ...) and capwords.
package pystring

import (
	"github.com/genvm-go/genvm/rt"
)

// The string module's constants, byte for byte as CPython defines them.
const (
	Whitespace     = " \t\n\r\v\f"
	ASCIILowercase = "abcdefghijklmnopqrstuvwxyz"
	ASCIIUppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	ASCIILetters   = ASCIILowercase + ASCIIUppercase
	Digits         = "0123456789"
	HexDigits      = Digits + "abcdef" + "ABCDEF"
	OctDigits      = "01234567"
	Punctuation    = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	Printable      = Digits + ASCIILetters + Punctuation + Whitespace
)

// CapWords is string.capwords(s, sep=None):
// (sep or ' ').join(map(str.capitalize, s.split(sep))).
func CapWords(s rt.Value, sep rt.Value) rt.Value {
	var parts rt.Value
	join := rt.Value(" ")
	if sep == nil || sep == rt.None {
		parts = rt.CallMethod(s, "split", nil, nil)
	} else {
		parts = rt.CallMethod(s, "split", []rt.Value{sep}, nil)
		if rt.Truth(sep) {
			join = sep
		}
	}
	lst := parts.(*rt.List)
	caps := make([]rt.Value, len(lst.Items))
	for i, p := range lst.Items {
		caps[i] = rt.CallMethod(p, "capitalize", nil, nil)
	}
	return rt.CallMethod(join, "join", []rt.Value{rt.NewList(caps)}, nil)
}

// Module returns a fresh string module.
func Module() *rt.Module {
	m := rt.NewModule("string")
	m.Set("whitespace", Whitespace)
	m.Set("ascii_lowercase", ASCIILowercase)
	m.Set("ascii_uppercase", ASCIIUppercase)
	m.Set("ascii_letters", ASCIILetters)
	m.Set("digits", Digits)
	m.Set("hexdigits", HexDigits)
	m.Set("octdigits", OctDigits)
	m.Set("punctuation", Punctuation)
	m.Set("printable", Printable)
	p := &rt.Params{Func: "capwords", Names: []string{"s", "sep"}, Required: 1}
	m.Func("capwords", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var s, sep rt.Value
		p.Unpack(args, kwargs, &s, &sep)
		return CapWords(s, sep)
	})
	return m
}
