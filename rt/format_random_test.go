package rt

import (
	"math"
	"math/rand"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
)

// TestPercentRandomAgainstCPython compares random printf-style conversions
// (flags, width, precision, * arguments) for str and bytes with CPython.
func TestPercentRandomAgainstCPython(t *testing.T) {
	rng := rand.New(rand.NewSource(99))
	var cases []pycase.Case
	for i := 0; i < 3000; i++ {
		var spec strings.Builder
		spec.WriteByte('%')
		for _, f := range "-+ #0" {
			if rng.Intn(4) == 0 {
				spec.WriteRune(f)
			}
		}
		var args []Value
		switch rng.Intn(4) {
		case 0:
			spec.WriteString([]string{"1", "4", "9", "12"}[rng.Intn(4)])
		case 1:
			spec.WriteByte('*')
			args = append(args, Int{small: int64(rng.Intn(21) - 10)})
		}
		switch rng.Intn(4) {
		case 0:
			spec.WriteString([]string{".", ".0", ".2", ".7"}[rng.Intn(4)])
		case 1:
			spec.WriteString(".*")
			args = append(args, Int{small: int64(rng.Intn(12) - 2)})
		}
		conv := "sradiuoxXeEfFgGc"[rng.Intn(16)]
		spec.WriteByte(conv)
		var v Value
		switch rng.Intn(5) {
		case 0:
			v = Int{small: rng.Int63n(1<<40) - 1<<39}
		case 1:
			v = rng.NormFloat64() * math.Pow(10, float64(rng.Intn(24)-8))
		case 2:
			v = []string{"abc", "é", "", "x y"}[rng.Intn(4)]
		case 3:
			v = Int{small: int64(rng.Intn(300))}
		default:
			v = []Value{math.Inf(1), math.Inf(-1), math.NaN(), 0.0, math.Copysign(0, -1), true}[rng.Intn(6)]
		}
		args = append(args, v)
		f := "<" + spec.String() + ">"
		cases = append(cases, cPct(f, &Tuple{Items: args}))
		if _, isStr := v.(string); !isStr && conv != 'r' && conv != 'a' {
			cases = append(cases, cPct(Bytes(f), &Tuple{Items: args}))
		}
	}
	pycase.Check(t, cases)
}

// TestBytesRandomAgainstCPython compares bytes methods on random inputs.
func TestBytesRandomAgainstCPython(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	alphabet := []string{"a", "b", "A", " ", "\t", "\n", "\r\n", ",", "\x00", "\xff", "\x80", "1", "'"}
	rs := func(max int) Bytes {
		var b strings.Builder
		for n := rng.Intn(max + 1); n > 0; n-- {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		return Bytes(b.String())
	}
	idx := func() Value {
		if rng.Intn(4) == 0 {
			return None
		}
		return Int{small: int64(rng.Intn(16) - 6)}
	}
	var cases []pycase.Case
	for i := 0; i < 1500; i++ {
		s, sub := rs(10), rs(2)
		var recv Value = s
		if rng.Intn(3) == 0 {
			recv = &ByteArray{B: []byte(s)}
		}
		switch rng.Intn(8) {
		case 0:
			if sub == "" {
				sub = ","
			}
			cases = append(cases, cM(recv, "split", sub, rng.Intn(4)-1), cM(recv, "rsplit", nil, rng.Intn(4)-1))
		case 1:
			cases = append(cases, cM(recv, "find", sub, idx(), idx()), cM(recv, "rindex", sub, idx(), idx()))
		case 2:
			cases = append(cases, cM(recv, "count", sub, idx(), idx()), cM(recv, "endswith", sub, idx(), idx()))
		case 3:
			cases = append(cases, cM(recv, "replace", sub, rs(2), rng.Intn(4)-1), cM(recv, "strip", sub))
		case 4:
			lo, hi, st := idx(), idx(), Int{small: int64(rng.Intn(5) - 2)}
			cases = append(cases, cE(pyLit(recv)+"["+pyLit(lo)+":"+pyLit(hi)+":"+pyLit(st)+"]",
				func() Value { return GetItem(recv, NewSlice(lo, hi, st)) }))
		case 5:
			cases = append(cases, cM(recv, "title"), cM(recv, "capitalize"), cM(recv, "splitlines", true), cM(recv, "istitle"))
		case 6:
			cases = append(cases, cM(recv, "center", rng.Intn(14), Bytes("*")), cM(recv, "zfill", rng.Intn(12)),
				cM(recv, "expandtabs", rng.Intn(5)))
		case 7:
			cases = append(cases, cM(recv, "hex", Bytes(":"), rng.Intn(9)-4), cM(recv, "partition", Bytes("a")))
		}
	}
	pycase.Check(t, cases)
}
