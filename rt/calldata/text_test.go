package calldata

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
	"github.com/genvm-go/genvm/rt/address"
)

func TestDebugString(t *testing.T) {
	v := Map{
		{"a", []Value{nil, true, false, big.NewInt(-5), []byte{0, 0xab}, address.Address{0xff}}},
		{"b", "q\"\\é\n"},
	}
	want := `{"a":[null,true,false,-5,b#00ab,addr#ff00000000000000000000000000000000000000],"b":"q\"\\\u00e9\n"}`
	if got := DebugString(v); got != want {
		t.Errorf("DebugString = %s\nwant          %s", got, want)
	}
}

// TestJSONStringAgainstCPython compares WriteJSONString with json.dumps.
func TestJSONStringAgainstCPython(t *testing.T) {
	pyoracle.Require(t)
	var inputs []string
	for r := rune(0); r < 0x300; r++ {
		inputs = append(inputs, string(r))
	}
	inputs = append(inputs, "\u2028\u2029", "\U0001F600x", "\uffff", "\U0010FFFF", "a\"b\\c/d", "\ufeff", "")
	in, _ := json.Marshal(inputs)
	out, err := pyoracle.Run(`
import sys, json
for s in json.load(sys.stdin):
    print(json.dumps(s))
`, in)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(inputs) {
		t.Fatalf("got %d lines for %d inputs", len(lines), len(inputs))
	}
	for i, s := range inputs {
		var sb strings.Builder
		WriteJSONString(&sb, s)
		if sb.String() != lines[i] {
			t.Errorf("%q: got %s, CPython %s", s, sb.String(), lines[i])
		}
	}
}

func TestParseReadable(t *testing.T) {
	for _, tc := range []struct{ in, debug string }{
		{`{"method":"foo","args":[1,"x"]}`, `{"args":[1,"x"],"method":"foo"}`},
		{` [ null , true,false ] `, `[null,true,false]`},
		{`-123456789012345678901234567890`, `-123456789012345678901234567890`},
		{`"\u00e9\ud83d\ude00\n\/"`, `"\u00e9\ud83d\ude00\n/"`},
		{`b"\x00a\"\\\n"`, `b#0061225c0a`},
		{`b#00ff`, `b#00ff`},
		{`b""`, `b#`},
		{`0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed`, `addr#5aaeb6053f3e94c9b9a09f33669435e7ef1beaed`},
		{`addr#0200000000000000000000000000000000000000`, `addr#0200000000000000000000000000000000000000`},
		{`{}`, `{}`},
		{`[]`, `[]`},
		{"\"é\"", `"\u00e9"`},
		{`{'method': 'foo', 'args': [True, None, b'\x01', 'it\'s', "\xe9"],}`, `{"args":[true,null,b#01,"it's","\u00e9"],"method":"foo"}`},
		{`[1, 2,]`, `[1,2]`},
	} {
		v, err := ParseReadable(tc.in)
		if err != nil {
			t.Errorf("ParseReadable(%s): %v", tc.in, err)
			continue
		}
		if got := DebugString(v); got != tc.debug {
			t.Errorf("ParseReadable(%s) = %s, want %s", tc.in, got, tc.debug)
		}
	}
	for _, tc := range []struct{ in, msg string }{
		{``, "1:1: expected a value"},
		{`[1,`, "1:4: expected a value"},
		{`[1 2]`, "1:4: expected , or ]"},
		{`{"a":1,"a":2}`, `1:8: duplicate map key "a"`},
		{`{a:1}`, `1:2: expected a "string" map key`},
		{`0x1234`, "1:1: 0x1234 is not an address"},
		{`nul`, `1:1: unknown word "nul"`},
		{`"abc`, "1:1: unterminated string"},
		{`b"\q"`, `1:3: invalid escape \q`},
		{`b#0`, `1:1: invalid hex`},
		{"[1]\n x", `2:2: unexpected 'x' after the value`},
		{`1.5`, `1:2: unexpected '.'`},
		{`[,]`, `1:2: unexpected ','`},
		{`{,}`, `1:2: expected a "string" map key`},
		{`'abc"`, "1:1: unterminated string"},
	} {
		_, err := ParseReadable(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("ParseReadable(%q) err = %v, want %q", tc.in, err, tc.msg)
		}
	}
}
