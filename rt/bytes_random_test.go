package rt

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
)

// TestCodecRandomAgainstCPython decodes random byte strings (biased towards
// UTF-8 lead and continuation bytes) and encodes random strings (with lone
// surrogates) under every error handler, comparing with CPython.
func TestCodecRandomAgainstCPython(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	pieces := []string{"a", "\x00", "\x7f", "\x80", "\xbf", "\xc0", "\xc2", "\xdf", "\xe0", "\xe2\x82", "\xed", "\xed\xa0",
		"\xef", "\xf0", "\xf0\x90", "\xf4", "\xf4\x90", "\xf5", "\xff", "\xa0", "\x8f", "\x90", "é", "€", "😀", "\xed\xb2\x80"}
	handlers := []string{"strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"}
	var cases []pycase.Case
	for i := 0; i < 1500; i++ {
		var b strings.Builder
		for n := rng.Intn(6); n >= 0; n-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		raw := Bytes(b.String())
		h := handlers[rng.Intn(len(handlers))]
		enc := []string{"utf-8", "utf-8", "ascii", "latin-1"}[rng.Intn(4)]
		cases = append(cases, cM(raw, "decode", enc, h))
	}
	chars := []string{"a", "é", "ÿ", "Ā", "日", "😀", "\xed\xa0\x80", "\xed\xb2\x80", "\xed\xb3\xbf", "\xed\xbf\xbf", "\x00", "~"}
	for i := 0; i < 800; i++ {
		var b strings.Builder
		for n := rng.Intn(5); n >= 0; n-- {
			b.WriteString(chars[rng.Intn(len(chars))])
		}
		h := append(handlers, "xmlcharrefreplace")[rng.Intn(len(handlers)+1)]
		enc := []string{"utf-8", "ascii", "latin-1"}[rng.Intn(3)]
		cases = append(cases, cM(b.String(), "encode", enc, h))
	}
	pycase.Check(t, cases)
}

// TestByteArraySliceAssignRandom compares random slice assignments and
// deletions on bytearrays with CPython.
func TestByteArraySliceAssignRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	idx := func() Value {
		if rng.Intn(4) == 0 {
			return None
		}
		return Int{small: int64(rng.Intn(14) - 7)}
	}
	var cases []pycase.Case
	for i := 0; i < 600; i++ {
		init := strings.Repeat("abcdefgh", 1)[:rng.Intn(9)]
		lo, hi := idx(), idx()
		var st Value = None
		if rng.Intn(2) == 0 {
			st = Int{small: int64([]int{-3, -2, -1, 1, 2, 3}[rng.Intn(6)])}
		}
		src := Bytes(strings.Repeat("XYZW", 2)[:rng.Intn(6)])
		sl := "slice(" + pyLit(lo) + ", " + pyLit(hi) + ", " + pyLit(st) + ")"
		if rng.Intn(3) == 0 {
			cases = append(cases, cE("(lambda ba: (ba.__delitem__("+sl+"), ba))(bytearray(b'"+init+"'))", func() Value {
				ba := &ByteArray{B: []byte(init)}
				DelItem(ba, NewSlice(lo, hi, st))
				return &Tuple{Items: []Value{None, ba}}
			}))
			continue
		}
		cases = append(cases, cE("(lambda ba: (ba.__setitem__("+sl+", "+pyLit(src)+"), ba))(bytearray(b'"+init+"'))", func() Value {
			ba := &ByteArray{B: []byte(init)}
			SetItem(ba, NewSlice(lo, hi, st), src)
			return &Tuple{Items: []Value{None, ba}}
		}))
	}
	pycase.Check(t, cases)
}
