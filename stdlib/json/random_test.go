package json

import (
	"encoding/json"
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
	"github.com/genvm-go/genvm/rt"
)

// gen builds a random nested value and, in parallel, its tagged description
// for the Python side (so that the oracle rebuilds exactly the same value
// without trusting our repr).
type gen struct {
	r *rand.Rand
}

func (g *gen) str() (string, any) {
	n := g.r.Intn(8)
	var b strings.Builder
	cps := make([]int, 0, n)
	for i := 0; i < n; i++ {
		var c rune
		switch g.r.Intn(6) {
		case 0:
			c = rune(g.r.Intn(0x20)) // control characters
		case 1:
			c = rune(0x80 + g.r.Intn(0x780))
		case 2:
			c = rune(0x10000 + g.r.Intn(0x1000)) // astral
		case 3:
			c = []rune{'"', '\\', '/', 0x7f, 0x2028, 0xfeff}[g.r.Intn(6)]
		default:
			c = rune(0x20 + g.r.Intn(0x5f))
		}
		b.WriteRune(c)
		cps = append(cps, int(c))
	}
	return b.String(), []any{"s", cps}
}

func (g *gen) value(depth int) (rt.Value, any) {
	k := g.r.Intn(10)
	if depth > 3 && k >= 7 {
		k = g.r.Intn(7)
	}
	switch k {
	case 0:
		return rt.None, []any{"n"}
	case 1:
		b := g.r.Intn(2) == 0
		return b, []any{"b", b}
	case 2:
		n := g.r.Int63n(2000) - 1000
		if g.r.Intn(3) == 0 {
			n = g.r.Int63() - g.r.Int63()
		}
		return rt.IntFromInt64(n), []any{"i", strconv.FormatInt(n, 10)}
	case 3:
		x := new(big.Int).Lsh(big.NewInt(g.r.Int63()), uint(g.r.Intn(200)))
		if g.r.Intn(2) == 0 {
			x.Neg(x)
		}
		return rt.IntFromBig(x), []any{"i", x.String()}
	case 4:
		var f float64
		switch g.r.Intn(4) {
		case 0:
			f = math.Float64frombits(g.r.Uint64())
			if math.IsNaN(f) {
				f = math.Inf(1)
			}
		case 1:
			f = float64(g.r.Intn(1000)) / 8
		case 2:
			f = g.r.NormFloat64() * math.Pow(10, float64(g.r.Intn(40)-20))
		default:
			f = []float64{0, math.Copysign(0, -1), 1e16, 1e-7, 0.1, math.Inf(-1)}[g.r.Intn(6)]
		}
		return f, []any{"f", strconv.FormatUint(math.Float64bits(f), 10)}
	case 5, 6:
		s, d := g.str()
		return s, d
	case 7, 8:
		n := g.r.Intn(5)
		items := make([]rt.Value, n)
		ds := make([]any, n)
		for i := range items {
			items[i], ds[i] = g.value(depth + 1)
		}
		return rt.NewList(items), []any{"l", ds}
	default:
		n := g.r.Intn(5)
		d := rt.NewDict(n)
		pairs := []any{}
		for i := 0; i < n; i++ {
			k, kd := g.str()
			v, vd := g.value(depth + 1)
			d.Set(k, v)
			pairs = append(pairs, []any{kd, vd})
		}
		return d, []any{"d", pairs}
	}
}

const randomDriver = `
import sys, json, struct
def build(d):
    t = d[0]
    if t == 'n': return None
    if t == 'b': return d[1]
    if t == 'i': return int(d[1])
    if t == 'f': return struct.unpack('<d', struct.pack('<Q', int(d[1])))[0]
    if t == 's': return ''.join(map(chr, d[1]))
    if t == 'l': return [build(x) for x in d[1]]
    out = {}
    for k, v in d[1]:
        out[build(k)] = build(v)
    return out
req = json.loads(sys.stdin.read())
opts = [{}, {'indent': 2, 'sort_keys': True}, {'ensure_ascii': False, 'separators': (',', ':')}]
res = []
for desc, ours in req:
    v = build(desc)
    dumps = [json.dumps(v, **o) for o in opts]
    # loads(dumps(v)) == v on the CPython side for our text (NaN-free values).
    back = json.loads(ours) == v
    res.append([dumps, back])
sys.stdout.write(json.dumps(res, ensure_ascii=True))
`

// TestRandomRoundTripsMatchCPython generates random nested values, dumps
// them with several option sets here and in CPython (one process), and
// checks loads(dumps(v)) == v on both sides.
func TestRandomRoundTripsMatchCPython(t *testing.T) {
	pyoracle.Require(t)
	g := &gen{r: rand.New(rand.NewSource(42))}
	const n = 1500
	vals := make([]rt.Value, n)
	req := make([]any, n)
	encs := [][]rt.KW{
		nil,
		{{Name: "indent", Value: rt.IntFromInt64(2)}, {Name: "sort_keys", Value: true}},
		{{Name: "ensure_ascii", Value: false}, {Name: "separators", Value: rt.NewTuple(",", ":")}},
	}
	m := Module()
	dumpsFn, _ := m.Get("dumps")
	loadsFn, _ := m.Get("loads")
	ours := make([][]string, n)
	for i := range vals {
		var d any
		vals[i], d = g.value(0)
		ours[i] = make([]string, len(encs))
		for k, kw := range encs {
			ours[i][k] = rt.Call(dumpsFn, []rt.Value{vals[i]}, kw).(string)
		}
		req[i] = []any{d, ours[i][0]}
	}
	in, _ := json.Marshal(req)
	out, err := pyoracle.Run(randomDriver, in)
	if err != nil {
		t.Fatal(err)
	}
	var res [][2]json.RawMessage
	if err := json.Unmarshal(out, &res); err != nil || len(res) != n {
		t.Fatalf("bad oracle output: %v", err)
	}
	bad := 0
	for i := range vals {
		var want []string
		var back bool
		json.Unmarshal(res[i][0], &want)
		json.Unmarshal(res[i][1], &back)
		for k := range encs {
			if want[k] != ours[i][k] {
				bad++
				if bad < 10 {
					t.Errorf("value %d options %d:\n CPython: %q\n ours:    %q", i, k, want[k], ours[i][k])
				}
			}
		}
		if !back {
			t.Errorf("value %d: CPython's loads of our dumps differs from the value", i)
		}
		for k := range encs {
			got := rt.Call(loadsFn, []rt.Value{ours[i][k]}, nil)
			if !rt.Eq(got, vals[i]) && !hasNaN(vals[i]) {
				t.Errorf("value %d options %d: loads(dumps(v)) != v: %s", i, k, rt.Repr(got))
			}
		}
	}
	t.Logf("%d random values x %d option sets compared", n, len(encs))
}

func hasNaN(v rt.Value) bool { return false }
