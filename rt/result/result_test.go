package result

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
)

func TestExecutedWithGoldens(t *testing.T) {
	x, _ := ReturnValue(calldata.Map{{Key: "x", Value: big.NewInt(10)}})
	for _, tc := range []struct {
		r    Result
		want string
	}{
		{x, "executed with `Return(\"\\x0e\\x01xQ\")`"}, // py-core/method_retn.stdout
		{NullReturn(), "executed with `Return(\"\\x00\")`"},
		{Result{Code: VMError, Message: "exit_code 1"}, "executed with `VMError(\"exit_code 1\")`"},
		{Result{Code: VMError, Message: "validator_disagrees call 0"}, "executed with `VMError(\"validator_disagrees call 0\")`"},
		{Result{Code: UserError, Message: "nah"}, "executed with `UserError(\"nah\")`"},
	} {
		if got := tc.r.ExecutedWith(); got != tc.want {
			t.Errorf("got  %s\nwant %s", got, tc.want)
		}
	}
}

func TestEscapeReturn(t *testing.T) {
	for _, tc := range []struct {
		in   []byte
		want string
	}{
		// a schema string: header 0xec 0x21 (0xec announces 3 bytes, '!' is no continuation)
		{append([]byte{0xec, 0x21}, `{"ctor":1}`...), `\ec!{"ctor":1}`},
		{[]byte("a\\b\"c'"), `a\\b"c'`},
		{[]byte("\n\t\x07\x7f"), `\x0a\x09\x07\x7f`},
		{[]byte("\u0085é€😀"), `\x85é€😀`},
		{[]byte{0xff, 0xfe, 0x80}, `\ff\fe\80`},
		{[]byte{0xe2, 0x82}, `\e2\82`},          // truncated 3-byte sequence
		{[]byte{0xe2, 0x82, 0x41}, `\e2\82A`},   // stops before the non-continuation
		{[]byte{0xc0, 0x80}, `\c0\80`},          // overlong
		{[]byte{0xed, 0xa0, 0x80}, `\ed\a0\80`}, // surrogate
		{[]byte{0xf8, 0x88, 0x80, 0x80, 0x80}, `\f8\88\80\80\80`},
		{[]byte{0xf4, 0x90, 0x80, 0x80}, `\f4\90\80\80`}, // > U+10FFFF
	} {
		if got := EscapeReturn(tc.in); got != tc.want {
			t.Errorf("EscapeReturn(% x) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestRustDebugString(t *testing.T) {
	for in, want := range map[string]string{
		"plain":        `"plain"`,
		"q\"b\\'":      `"q\"b\\'"`,
		"\x00\t\r\n":   `"\0\t\r\n"`,
		"\x01\x1f\x7f": `"\u{1}\u{1f}\u{7f}"`,
		"é😀€":          `"é😀€"`,
		"a\u0301":      `"a\u{301}"`, // grapheme extend
		"\u00a0x":      `"\u{a0}x"`,  // Zs other than space
		"\u200b":       `"\u{200b}"`, // Cf
		"\u2028":       `"\u{2028}"`, // Zl
		"\ue000":       `"\u{e000}"`, // Co
		"\U0010ffff":   `"\u{10ffff}"`,
		"\u0085":       `"\u{85}"`,
		"\u0378":       `"\u{378}"`, // unassigned
	} {
		if got := RustDebugString(in); got != want {
			t.Errorf("RustDebugString(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestPayloads(t *testing.T) {
	x, _ := ReturnValue("hi")
	if got := x.Raw(); !bytes.Equal(got, []byte{0, 0x14, 'h', 'i'}) {
		t.Errorf("raw return % x", got)
	}
	ue := Result{Code: UserError, Message: "bad"}
	if got := ue.Raw(); !bytes.Equal(got, []byte{1, 'b', 'a', 'd'}) {
		t.Errorf("raw user error % x", got)
	}
	back, err := ParseRaw(ue.Raw())
	if err != nil || back.Code != UserError || back.Message != "bad" {
		t.Errorf("ParseRaw %v %v", back, err)
	}
	hp, err := ue.HostPayload()
	if err != nil {
		t.Fatal(err)
	}
	want := append([]byte{1}, calldata.MustEncode(calldata.Map{{Key: "fingerprint", Value: nil}, {Key: "message", Value: "bad"}})...)
	if !bytes.Equal(hp, want) {
		t.Errorf("host payload % x want % x", hp, want)
	}
}

func TestKeccak(t *testing.T) {
	for in, want := range map[string]string{
		"":                                  "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
		"Transfer(address,address,uint256)": "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef",
	} {
		h := Keccak256([]byte(in))
		if got := hex.EncodeToString(h[:]); got != want {
			t.Errorf("keccak(%q) = %s", in, got)
		}
	}
}

func TestEventTopics(t *testing.T) {
	ev := NewEvent("Transfer", []string{"to", "from"})
	if ev.Signature() != "Transfer(from,to)" {
		t.Fatalf("signature %s", ev.Signature())
	}
	from, to := address.Address{1}, address.Address{2}
	// positional values go to the *sorted* names: Transfer(to=..., from=...)
	// called as Transfer(from, to) assigns from->"from", to->"to" only because
	// the sorted order happens to be (from, to).
	blob, err := ev.Blob([]calldata.Value{from, to}, calldata.Map{{Key: "value", Value: big.NewInt(5)}})
	if err != nil {
		t.Fatal(err)
	}
	topics, err := ev.Topics(blob)
	if err != nil {
		t.Fatal(err)
	}
	if len(topics) != 3 || topics[0] != Keccak256([]byte("Transfer(from,to)")) {
		t.Fatalf("topic0 %x", topics[0])
	}
	// an address encodes to 21 bytes: 0x18 then the address, zero padded
	var want [32]byte
	want[0], want[1] = 0x18, 1
	if topics[1] != want {
		t.Errorf("topic1 %x", topics[1])
	}
	// a value encoding longer than 32 bytes is hashed
	long := NewEvent("E", []string{"s"})
	s := "a string that is certainly longer than thirty-two bytes"
	b2, _ := long.Blob([]calldata.Value{s}, nil)
	tp, _ := long.Topics(b2)
	if tp[1] != Keccak256(calldata.MustEncode(s)) {
		t.Errorf("long topic %x", tp[1])
	}
	// the quirk: declaration order (b, a) but positional values zip onto (a, b)
	q := NewEvent("Q", []string{"b", "a"})
	b3, _ := q.Blob([]calldata.Value{big.NewInt(1), big.NewInt(2)}, nil)
	if v, _ := b3.Get("a"); v.(*big.Int).Int64() != 1 {
		t.Errorf("quirk: a = %v", v)
	}
	if _, err := q.Blob([]calldata.Value{big.NewInt(1)}, nil); err == nil || err.Error() != "TypeError: indexed fields mismatch, expected ('a', 'b'), but got 1 positional arguments" {
		t.Errorf("mismatch: %v", err)
	}
	if _, err := q.Blob([]calldata.Value{big.NewInt(1), big.NewInt(2)}, calldata.Map{{Key: "a", Value: nil}}); err == nil || err.Error() != "TypeError: indexed field `a` must not be present in blob" {
		t.Errorf("dup: %v", err)
	}
	req := calldata.DebugString(EmitEventRequest(topics[:1], calldata.Map{}))
	if req != `{"EmitEvent":{"blob":{},"topics":[b#`+hex.EncodeToString(topics[0][:])+`]}}` {
		t.Errorf("request %s", req)
	}
}

func TestCreate2(t *testing.T) {
	deployer := address.Address{0xaa, 19: 0xbb}
	salt, chain := uint256.NewInt(0x0102), uint256.NewInt(61999)
	pre := []byte{0x01}
	pre = append(pre, deployer[:]...)
	saltBE := make([]byte, 32)
	saltBE[30], saltBE[31] = 0x01, 0x02
	chainBE := make([]byte, 32)
	chainBE[30], chainBE[31] = 0xf2, 0x2f // 61999 = 0xf22f
	pre = append(pre, saltBE...)
	pre = append(pre, chainBE...)
	h := Keccak256(pre)
	if got := Create2Address(deployer, salt, chain); !bytes.Equal(got[:], h[:20]) {
		t.Errorf("create2 %x, want %x", got, h[:20])
	}
}

// Schema results from the original's goldens (py-core/schemas/*.stdout): a
// str whose header bytes are an invalid UTF-8 lead byte followed by a control
// character, which the Return display shows as \c4\x18 and \f4\x1e.
func TestSchemaGoldens(t *testing.T) {
	for _, golden := range []string{
		"executed with `Return(\"\\c4\\x18{\"ctor\":{\"args\":[[\"foo\",\"any\"],[\"bar\",\"any\"]],\"kwargs\":{}},\"methods\":{\"foo\":{\"args\":[],\"kwargs\":{},\"readonly\":false,\"ret\":\"any\"},\"kw\":{\"args\":[],\"kwargs\":{\"x\":\"any\",\"y\":\"any\"},\"readonly\":false,\"ret\":\"any\"},\"mixed\":{\"args\":[[\"a\",\"any\"],[\"b\",\"any\"]],\"kwargs\":{\"x\":\"any\",\"y\":\"any\"},\"readonly\":false,\"ret\":\"any\"},\"pos\":{\"args\":[[\"x\",\"any\"],[\"y\",\"any\"]],\"kwargs\":{},\"readonly\":false,\"ret\":\"any\"}}}\")`",
		"executed with `Return(\"\\f4\\x1e{\"ctor\":{\"args\":[],\"kwargs\":{}},\"methods\":{\"dict\":{\"args\":[[\"a1\",{\"$dict\":\"int\"}],[\"a2\",{\"$dict\":\"string\"}],[\"a3\",{\"$dict\":{\"$or\":[\"int\",\"string\",\"null\"]}}]],\"kwargs\":{},\"readonly\":false,\"ret\":\"any\"},\"lst\":{\"args\":[[\"a1\",[{\"$rep\":\"string\"}]],[\"a2\",[{\"$rep\":\"string\"}]],[\"a3\",[{\"$rep\":\"int\"}]]],\"kwargs\":{},\"readonly\":false,\"ret\":\"any\"},\"opt\":{\"args\":[[\"a1\",{\"$or\":[\"array\",\"null\"]}],[\"a2\",{\"$or\":[\"string\",\"bytes\"]}],[\"a3\",{\"$or\":[\"string\",\"null\"]}]],\"kwargs\":{},\"readonly\":false,\"ret\":\"any\"}}}\")`",
	} {
		start := strings.Index(golden, "{")
		schema := strings.TrimSuffix(golden[start:], "\")`")
		r, err := ReturnValue(schema)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.ExecutedWith(); got != golden {
			t.Errorf("got  %s\nwant %s", got, golden)
		}
	}
}
