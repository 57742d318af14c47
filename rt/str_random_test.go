package rt

import (
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
)

// TestStrRandomAgainstCPython compares str methods, slicing and format specs
// on random (seeded) inputs with CPython in one process.
func TestStrRandomAgainstCPython(t *testing.T) {
	rng := rand.New(rand.NewSource(20261121))
	alphabet := []string{"a", "b", "A", "B", " ", " ", "\t", "\n", "\r\n", ",", "-", "é", "ß", "Σ", "σ", "ǅ", "İ",
		"日", "😀", "1", "٣", "\u2028", "\u00a0", "'", "\"", "\\", "\x00", "ﬁ", "\u0345", "\xed\xa0\x80", "\xed\xb2\x80"}
	randStr := func(max int) string {
		n := rng.Intn(max + 1)
		var b strings.Builder
		for i := 0; i < n; i++ {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return b.String()
	}
	randIdx := func() Value {
		switch rng.Intn(6) {
		case 0:
			return None
		case 1:
			return Int{small: int64(rng.Intn(30) - 15)}
		}
		return Int{small: int64(rng.Intn(12) - 4)}
	}
	var cases []pycase.Case
	for i := 0; i < 2500; i++ {
		s := randStr(12)
		sub := randStr(2)
		switch rng.Intn(16) {
		case 0:
			if sub == "" {
				sub = ","
			}
			cases = append(cases, cM(s, "split", sub, rng.Intn(5)-1), cM(s, "rsplit", sub, rng.Intn(5)-1))
		case 1:
			cases = append(cases, cM(s, "split", None, rng.Intn(5)-1), cM(s, "rsplit", None, rng.Intn(5)-1))
		case 2:
			cases = append(cases, cM(s, "find", sub, randIdx(), randIdx()), cM(s, "rfind", sub, randIdx(), randIdx()))
		case 3:
			cases = append(cases, cM(s, "count", sub, randIdx(), randIdx()), cM(s, "startswith", sub, randIdx(), randIdx()),
				cM(s, "endswith", sub, randIdx(), randIdx()))
		case 4:
			cases = append(cases, cM(s, "replace", sub, randStr(2), rng.Intn(4)-1))
		case 5:
			cases = append(cases, cM(s, "strip", sub), cM(s, "lstrip", sub), cM(s, "rstrip", sub))
		case 6:
			st, sp, stp := randIdx(), randIdx(), randIdx()
			if stp == (Int{}) {
				stp = None
			}
			cases = append(cases, cE(pyLit(s)+"["+pyLit(st)+":"+pyLit(sp)+":"+pyLit(stp)+"]", func() Value {
				return GetItem(s, NewSlice(st, sp, stp))
			}))
		case 7:
			fill := alphabet[rng.Intn(len(alphabet))]
			if fill == "\r\n" {
				fill = "*"
			}
			w := rng.Intn(20)
			cases = append(cases, cM(s, "center", w, fill), cM(s, "ljust", w, fill), cM(s, "rjust", w, fill), cM(s, "zfill", w))
		case 8:
			cases = append(cases, cM(s, "expandtabs", rng.Intn(6)-1), cM(s, "splitlines", rng.Intn(2) == 0))
		case 9:
			if sub == "" {
				sub = "a"
			}
			cases = append(cases, cM(s, "partition", sub), cM(s, "rpartition", sub))
		case 10, 11:
			for _, m := range []string{"upper", "lower", "title", "capitalize", "swapcase", "casefold", "istitle",
				"islower", "isupper", "isalnum", "isspace", "isprintable"} {
				cases = append(cases, cM(s, m))
			}
		case 12:
			cases = append(cases, cE("repr("+pyLit(s)+")", func() Value { return StrRepr(s) }),
				cE("ascii("+pyLit(s)+")", func() Value { return StrASCII(s) }),
				cE("len("+pyLit(s)+")", func() Value { return Int{small: int64(StrLen(s))} }))
		case 13:
			cases = append(cases, cM(s, "index", sub, randIdx()), cM(s, "rindex", sub, None, randIdx()))
		case 14, 15:
			spec := randSpec(rng)
			var v Value
			switch rng.Intn(4) {
			case 0:
				v = Int{small: rng.Int63n(2000000) - 1000000}
			case 1:
				v = rng.NormFloat64() * math.Pow(10, float64(rng.Intn(30)-10))
			case 2:
				v = randStr(4)
			default:
				v = float64(rng.Intn(2000)-1000) / 8
			}
			cases = append(cases, cFmt(v, spec))
		}
	}
	pycase.Check(t, cases)
}

func randSpec(rng *rand.Rand) string {
	var b strings.Builder
	if rng.Intn(3) == 0 {
		if rng.Intn(2) == 0 {
			b.WriteString([]string{"*", "0", "é", " "}[rng.Intn(4)])
		}
		b.WriteByte("<>^="[rng.Intn(4)])
	}
	if rng.Intn(3) == 0 {
		b.WriteByte("+- "[rng.Intn(3)])
	}
	if rng.Intn(6) == 0 {
		b.WriteByte('z')
	}
	if rng.Intn(4) == 0 {
		b.WriteByte('#')
	}
	if rng.Intn(4) == 0 {
		b.WriteByte('0')
	}
	if rng.Intn(2) == 0 {
		b.WriteString([]string{"1", "5", "8", "12", "20"}[rng.Intn(5)])
	}
	if rng.Intn(4) == 0 {
		b.WriteByte(",_"[rng.Intn(2)])
	}
	if rng.Intn(2) == 0 {
		b.WriteString([]string{".0", ".1", ".3", ".6", ".12"}[rng.Intn(5)])
	}
	if rng.Intn(4) != 0 {
		b.WriteByte("bcdeEfFgGnosxX%"[rng.Intn(15)])
	}
	return b.String()
}
