package frontend

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:embed unicode_names.txt.gz
var unicodeNamesGz []byte

var (
	namesOnce sync.Once
	namesMap  map[string]rune
)

func loadNames() {
	namesMap = make(map[string]rune, 40000)
	zr, err := gzip.NewReader(bytes.NewReader(unicodeNamesGz))
	if err != nil {
		return
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return
	}
	for len(data) > 0 {
		nl := bytes.IndexByte(data, '\n')
		line := data[:nl]
		data = data[nl+1:]
		semi := bytes.IndexByte(line, ';')
		v, _ := strconv.ParseUint(string(line[semi+1:]), 16, 32)
		namesMap[string(line[:semi])] = rune(v)
	}
}

var hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
var hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
var hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}

// lookupUnicodeName resolves a \N{...} name as unicodedata.lookup does
// (case-insensitively), except for name aliases and named sequences.
func lookupUnicodeName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if h, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		v, err := strconv.ParseUint(h, 16, 32)
		if err == nil && (len(h) == 4 || len(h) == 5) && isCJKUnified(rune(v)) {
			return rune(v), true
		}
		return 0, false
	}
	if h, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		for l := range hangulL {
			if !strings.HasPrefix(h, hangulL[l]) {
				continue
			}
			for v := range hangulV {
				rest := h[len(hangulL[l]):]
				if !strings.HasPrefix(rest, hangulV[v]) {
					continue
				}
				for t := range hangulT {
					if rest[len(hangulV[v]):] == hangulT[t] {
						return rune(0xac00 + (l*21+v)*28 + t), true
					}
				}
			}
		}
		return 0, false
	}
	namesOnce.Do(loadNames)
	r, ok := namesMap[name]
	return r, ok
}

func isCJKUnified(r rune) bool {
	for _, rg := range [][2]rune{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0x20000, 0x2A6DF}, {0x2A700, 0x2B739},
		{0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A}, {0x31350, 0x323AF}, {0x2EBF0, 0x2EE5D}} {
		if r >= rg[0] && r <= rg[1] {
			return true
		}
	}
	return false
}

// LookupUnicodeName resolves a Unicode character name as the \N{...} escape
// of Python string literals does (case-insensitive; CJK unified ideographs
// and Hangul syllables computed; name aliases and named sequences are not
// supported). The table is generated from CPython 3.13's unicodedata.
func LookupUnicodeName(name string) (rune, bool) { return lookupUnicodeName(name) }
