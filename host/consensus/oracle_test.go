package consensus

import (
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// oracleScript encodes leader_nondet lists as GenVM's mock host does:
// json.loads, then the code byte and calldata.encode (written out from
// the calldata spec, genvm.md §3) or the message's UTF-8. One list per
// input line; "ERR" when Python raises.
const oracleScript = `
import sys, json
def uleb(n, out):
    while True:
        b = n & 0x7f
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return
def enc(v, out):
    if v is None: out.append(0)
    elif v is True: out.append(0x10)
    elif v is False: out.append(0x08)
    elif isinstance(v, int):
        uleb((v << 3) | 1 if v >= 0 else ((-v - 1) << 3) | 2, out)
    elif isinstance(v, str):
        b = v.encode('utf-8'); uleb(len(b) << 3 | 4, out); out += b
    elif isinstance(v, list):
        uleb(len(v) << 3 | 5, out)
        for x in v: enc(x, out)
    elif isinstance(v, dict):
        uleb(len(v) << 3 | 6, out)
        for k in sorted(v):
            kb = k.encode('utf-8'); uleb(len(kb), out); out += kb; enc(v[k], out)
    else:
        raise TypeError(type(v))
for line in sys.stdin:
    try:
        res = []
        for e in json.loads(line):
            if set(e) != {'kind', 'value'}: raise KeyError
            if e['kind'] == 'return':
                out = bytearray([0]); enc(e['value'], out)
            elif e['kind'] == 'rollback':
                out = bytearray([1]) + e['value'].encode('utf-8')
            elif e['kind'] == 'contract_error':
                out = bytearray([2]) + e['value'].encode('utf-8')
            else:
                raise ValueError
            res.append(out.hex())
        print(' '.join(res))
    except Exception:
        print('ERR')
`

// TestParseLeaderNondetOracle compares ParseLeaderNondet with CPython's
// json.loads on random lists: big and negative integers, floats, unicode
// and escapes (pairs and lone surrogates), duplicate keys, nesting.
func TestParseLeaderNondetOracle(t *testing.T) {
	pyoracle.Require(t)
	r := rand.New(rand.NewPCG(7, 11))
	var inputs []string
	for range 600 {
		var sb strings.Builder
		sb.WriteString("[")
		for i := range r.IntN(3) + 1 {
			if i > 0 {
				sb.WriteString(", ")
			}
			kind := []string{"return", "return", "return", "rollback", "contract_error", "error"}[r.IntN(6)]
			var value string
			if kind == "return" || r.IntN(5) == 0 {
				value = randJSON(r, 3)
			} else {
				value = randString(r)
			}
			fmt.Fprintf(&sb, `{"kind": %q, "value": %s}`, kind, value)
		}
		sb.WriteString("]")
		inputs = append(inputs, sb.String())
	}
	out, err := pyoracle.Run(oracleScript, []byte(strings.Join(inputs, "\n")+"\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(want) != len(inputs) {
		t.Fatalf("%d answers for %d inputs", len(want), len(inputs))
	}
	errs := 0
	for i, in := range inputs {
		rs, err := ParseLeaderNondet([]byte(in))
		got := "ERR"
		if err == nil {
			parts := make([]string, len(rs))
			for j, b := range rs {
				parts[j] = hex.EncodeToString(b)
			}
			got = strings.Join(parts, " ")
		} else {
			errs++
		}
		if got != want[i] {
			t.Errorf("%s\n got %s (%v)\nwant %s", in, got, err, want[i])
		}
	}
	if errs == 0 || errs == len(inputs) {
		t.Fatalf("%d of %d inputs rejected: the generator does not cover both", errs, len(inputs))
	}
}

func randJSON(r *rand.Rand, depth int) string {
	switch n := r.IntN(10); {
	case n == 0:
		return []string{"null", "true", "false"}[r.IntN(3)]
	case n <= 2:
		return []string{"0", "-0", "7", "-1", "18446744073709551616", "-340282366920938463463374607431768211457", "1.0", "1e3", "-2.5E-3"}[r.IntN(9)]
	case n <= 5 || depth == 0:
		return randString(r)
	case n <= 7:
		var parts []string
		for range r.IntN(4) {
			parts = append(parts, randJSON(r, depth-1))
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	var parts []string
	for range r.IntN(4) {
		parts = append(parts, randString(r)+": "+randJSON(r, depth-1))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

func randString(r *rand.Rand) string {
	pieces := []string{"a", "b", "ab", "é", "日本", "😀", `\"`, `\\`, `\n`, `\u00e9`, `\ud83d\ude00`, `\u0000`, "B", "Z", "ä", `\/`}
	if r.IntN(12) == 0 {
		pieces = append(pieces, `\ud800`, `\udfff`)
	}
	var sb strings.Builder
	sb.WriteByte('"')
	for range r.IntN(4) {
		sb.WriteString(pieces[r.IntN(len(pieces))])
	}
	sb.WriteByte('"')
	return sb.String()
}
