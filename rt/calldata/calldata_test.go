package calldata

import (
	"bytes"
	"encoding/hex"
	"errors"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/rt/address"
)

func bi(s string) *big.Int {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return n
}

func unhex(s string) []byte {
	b, err := hex.DecodeString(strings.ReplaceAll(s, " ", ""))
	if err != nil {
		panic(err)
	}
	return b
}

// Worked vectors of spec §3 (from the original's golden files).
var specVectors = []struct {
	v   Value
	enc string
}{
	{Map{{"x", big.NewInt(10)}}, "0e 01 78 51"}, // py-core/method_retn.stdout
	{Map{{"args", []Value{big.NewInt(1), big.NewInt(2)}}, {"method", "foo"}},
		"16 04" + hex.EncodeToString([]byte("args")) + "15 09 11 06" + hex.EncodeToString([]byte("method")) + "1c" + hex.EncodeToString([]byte("foo"))}, // send_message.msgs
	{Map{}, "06"},
	{nil, "00"},
	{false, "08"},
	{true, "10"},
	{"web page?", "4c" + hex.EncodeToString([]byte("web page?"))},
	{big.NewInt(42), "d1 02"},
	{big.NewInt(500), "a1 1f"},
	{big.NewInt(1234567890), "91 ad c0 e5 24"},
	{big.NewInt(0), "01"},
	{big.NewInt(-1), "02"},
	{big.NewInt(-2), "0a"},
	{[]byte{}, "03"},
	{[]byte{0xff}, "0b ff"},
	{"", "04"},
	{[]Value{}, "05"},
	{address.Address{1}, "18 01" + strings.Repeat("00", 19)},
}

func TestSpecVectors(t *testing.T) {
	for _, tc := range specVectors {
		want := unhex(tc.enc)
		got, err := Encode(tc.v)
		if err != nil {
			t.Fatalf("Encode(%s): %v", DebugString(tc.v), err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Encode(%s) = % x, want % x", DebugString(tc.v), got, want)
		}
		back, err := Decode(want)
		if err != nil {
			t.Fatalf("Decode(% x): %v", want, err)
		}
		if !Equal(back, tc.v) {
			t.Errorf("Decode(% x) = %s, want %s", want, DebugString(back), DebugString(tc.v))
		}
	}
}

func TestEncodeGoInts(t *testing.T) {
	for _, n := range []int64{0, 1, -1, 63, 64, -64, -65, 1 << 40, -(1 << 40), 1<<63 - 1, -1 << 63} {
		a, err := Encode(n)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Encode(big.NewInt(n))
		c, _ := Encode(int(n))
		if !bytes.Equal(a, b) || !bytes.Equal(a, c) {
			t.Errorf("%d: int64 % x, big % x, int % x", n, a, b, c)
		}
	}
	for _, n := range []uint64{1<<61 - 1, 1 << 61, 1<<64 - 1} {
		a, _ := Encode(n)
		b, _ := Encode(new(big.Int).SetUint64(n))
		if !bytes.Equal(a, b) {
			t.Errorf("%d: uint64 % x, big % x", n, a, b)
		}
	}
}

func TestBigIntegers(t *testing.T) {
	for _, s := range []string{
		"18446744073709551615", "18446744073709551616", "-18446744073709551616", "-18446744073709551617",
		"115792089237316195423570985008687907853269984665640564039457584007913129639935",
		"-115792089237316195423570985008687907853269984665640564039457584007913129639936",
		strings.Repeat("9", 300), "-" + strings.Repeat("7", 301),
	} {
		v := bi(s)
		enc := MustEncode(v)
		// reference: header = v<<3|1 (or (-v-1)<<3|2) as plain ULEB128 groups
		h := new(big.Int)
		if v.Sign() < 0 {
			h.Neg(v).Sub(h, big.NewInt(1)).Lsh(h, 3).Or(h, big.NewInt(2))
		} else {
			h.Lsh(v, 3).Or(h, big.NewInt(1))
		}
		var want []byte
		for {
			g := byte(new(big.Int).And(h, big.NewInt(0x7f)).Uint64())
			h.Rsh(h, 7)
			if h.Sign() != 0 {
				want = append(want, g|0x80)
				continue
			}
			want = append(want, g)
			break
		}
		if !bytes.Equal(enc, want) {
			t.Errorf("%s: % x, want % x", s, enc, want)
		}
		back, err := Decode(enc)
		if err != nil || back.(*big.Int).Cmp(v) != 0 {
			t.Errorf("%s: decode %v %v", s, back, err)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, tc := range []struct{ in, msg string }{
		{"", "offset 0: unterminated ULEB128"},
		{"81", "offset 1: unterminated ULEB128"},
		{"81 00", "offset 1: non-minimal ULEB128"},
		{"80 80 00", "offset 2: non-minimal ULEB128"},
		{"05 00 00", "offset 1: 2 trailing bytes"},
		{"00 00", "offset 1: 1 trailing bytes"},
		{"07", "offset 0: reserved type 7"},
		{"0f", "offset 0: reserved type 7"},
		{"20", "offset 0: invalid special 0x20"},
		{"f8", "offset 1: unterminated ULEB128 (started at offset 0)"},
		{"f8 01", "offset 0: invalid special 0xf8"},
		{"80 02", "offset 0: invalid special value"},
		{"18 00", "offset 1: address of 20 bytes but only 1 remain"},
		{"14 41", "offset 1: str of 2 bytes but only 1 remain"},
		{"0c ff", "offset 1: str is not valid UTF-8"},
		{"14 41 ff", "offset 2: str is not valid UTF-8"},
		{"0c ed a0 80", "offset 1: str is not valid UTF-8"},
		{"1c ed a0 80", "offset 1: str is not valid UTF-8"},
		{"16 01 62 00 01 61 00", "offset 5: map key \"a\" is not after \"b\""},
		{"16 01 61 00 01 61 00", "offset 5: map key \"a\" is not after \"a\""},
		{"0e 01 ff 00", "offset 2: map key is not valid UTF-8"},
		{"0e 81 00 61 00", "offset 2: non-minimal ULEB128"},
		{"83 80 80 80 80 01", "offset 0: length of 33 bits exceeds 32 bits"},
		{"0d", "offset 0: array of 1 elements but only 0 bytes remain"},
		{"0b", "offset 1: bytes of 1 bytes but only 0 remain"},
		{"0e 05 61", "offset 2: map key of 5 bytes but only 1 remain"},
	} {
		_, err := Decode(unhex(tc.in))
		var de *DecodeError
		if !errors.As(err, &de) {
			t.Errorf("Decode(%s) err = %v, want DecodeError", tc.in, err)
			continue
		}
		if !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("Decode(%s) = %q, want it to contain %q", tc.in, err, tc.msg)
		}
	}
}

func TestLengthBoundary(t *testing.T) {
	// 2^32-1 is a legal length (then the input is too short); 2^32 is not.
	h := AppendULEB128(nil, (1<<32-1)<<3|typeBytes)
	if _, err := Decode(h); err == nil || !strings.Contains(err.Error(), "only 0 remain") {
		t.Errorf("max length: %v", err)
	}
	h = AppendULEB128(nil, (1<<32)<<3|typeBytes)
	if _, err := Decode(h); err == nil || !strings.Contains(err.Error(), "exceeds 32 bits") {
		t.Errorf("2^32 length: %v", err)
	}
}

func TestDepthLimit(t *testing.T) {
	deep := append(bytes.Repeat([]byte{0x0d}, MaxDepth), 0x00)
	if _, err := Decode(deep); err != nil {
		t.Errorf("depth %d: %v", MaxDepth, err)
	}
	deeper := append(bytes.Repeat([]byte{0x0d}, MaxDepth+1), 0x00)
	if _, err := Decode(deeper); err == nil || !strings.Contains(err.Error(), "nesting deeper") {
		t.Errorf("depth %d: %v", MaxDepth+1, err)
	}
}

func TestEncodeErrors(t *testing.T) {
	for _, v := range []Value{3.5, "\xff", Map{{"a", nil}, {"a", nil}}, Map{{"\xff", nil}}, []Value{struct{}{}}, (*big.Int)(nil)} {
		if _, err := Encode(v); err == nil {
			t.Errorf("Encode(%#v) succeeded", v)
		}
	}
	// unsorted maps are sorted, not rejected
	a := MustEncode(Map{{"b", nil}, {"a", true}})
	if !bytes.Equal(a, unhex("16 01 61 10 01 62 00")) {
		t.Errorf("sorted map: % x", a)
	}
}

// randValue generates a random calldata value with bounded depth.
func randValue(r *rand.Rand, depth int) Value {
	k := r.IntN(10)
	if depth > 3 && k >= 8 {
		k = r.IntN(8)
	}
	switch k {
	case 0:
		return nil
	case 1:
		return r.IntN(2) == 0
	case 2:
		return big.NewInt(r.Int64N(1<<20) - 1<<19)
	case 3:
		b := make([]byte, r.IntN(40))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		x := new(big.Int).SetBytes(b)
		if r.IntN(2) == 0 {
			x.Neg(x)
		}
		return x
	case 4:
		return randString(r)
	case 5:
		b := make([]byte, r.IntN(20))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	case 6:
		var a address.Address
		for i := range a {
			a[i] = byte(r.Uint32())
		}
		return a
	case 7:
		return randString(r)
	case 8:
		out := make([]Value, r.IntN(5))
		for i := range out {
			out[i] = randValue(r, depth+1)
		}
		return out
	default:
		m := Map{}
		seen := map[string]bool{}
		for range r.IntN(5) {
			k := randString(r)
			if !seen[k] {
				seen[k] = true
				m = append(m, Entry{k, randValue(r, depth+1)})
			}
		}
		return m
	}
}

func randString(r *rand.Rand) string {
	alphabet := []rune{'a', 'b', 'Z', '0', ' ', '"', '\\', '\n', 0, 0x7f, 0xe9, 0x3b1, 0x20ac, 0x1f600, 0xfffd, 0x10ffff}
	var sb strings.Builder
	for range r.IntN(8) {
		sb.WriteRune(alphabet[r.IntN(len(alphabet))])
	}
	return sb.String()
}

func TestRoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 5000 {
		v := randValue(r, 0)
		enc, err := Encode(v)
		if err != nil {
			t.Fatalf("#%d Encode(%s): %v", i, DebugString(v), err)
		}
		back, err := Decode(enc)
		if err != nil {
			t.Fatalf("#%d Decode(Encode(%s)) = %v", i, DebugString(v), err)
		}
		if !Equal(back, v) {
			t.Fatalf("#%d round trip %s -> %s", i, DebugString(v), DebugString(back))
		}
		again, _ := Encode(back)
		if !bytes.Equal(again, enc) {
			t.Fatalf("#%d re-encode differs", i)
		}
		// the debug form parses back through the readable parser
		rv, err := ParseReadable(DebugString(v))
		if err != nil {
			t.Fatalf("#%d ParseReadable(%s): %v", i, DebugString(v), err)
		}
		if !Equal(rv, v) {
			t.Fatalf("#%d readable round trip %s -> %s", i, DebugString(v), DebugString(rv))
		}
	}
}

// FuzzDecode checks that the decoder never panics and accepts only
// canonical input: everything it accepts re-encodes to the same bytes.
func FuzzDecode(f *testing.F) {
	for _, tc := range specVectors {
		f.Add(unhex(tc.enc))
	}
	f.Add(unhex("81 00"))
	f.Add(unhex("16 01 62 00 01 61 00"))
	f.Add(unhex("83 80 80 80 80 01"))
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := Decode(b)
		if err != nil {
			var de *DecodeError
			if !errors.As(err, &de) || de.Offset < 0 || de.Offset > len(b) {
				t.Fatalf("bad error %v", err)
			}
			return
		}
		enc, err := Encode(v)
		if err != nil {
			t.Fatalf("accepted value does not encode: %v", err)
		}
		if !bytes.Equal(enc, b) {
			t.Fatalf("non-canonical input accepted: % x re-encodes to % x", b, enc)
		}
	})
}

func BenchmarkEncode(b *testing.B) {
	v := benchValue()
	enc := MustEncode(v)
	b.SetBytes(int64(len(enc)))
	b.ReportAllocs()
	buf := make([]byte, 0, len(enc))
	for b.Loop() {
		buf, _ = Append(buf[:0], v)
	}
}

func BenchmarkDecode(b *testing.B) {
	enc := MustEncode(benchValue())
	b.SetBytes(int64(len(enc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(enc); err != nil {
			b.Fatal(err)
		}
	}
}

func benchValue() Value {
	items := make([]Value, 50)
	for i := range items {
		items[i] = Map{{"amount", big.NewInt(int64(i) * 1000003)}, {"memo", "transfer number"}, {"to", address.Address{byte(i)}}}
	}
	return Map{{"args", []Value{items, true, []byte("payload-bytes")}}, {"kwargs", Map{}}, {"method", "batch_transfer"}}
}
