package fuel_test

import (
	"testing"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/stdlib/json"
)

func ints(n int) []rt.Value {
	out := make([]rt.Value, n)
	for i := range out {
		out[i] = rt.IntFromInt64(int64(i))
	}
	return out
}

var containerBombs = []struct {
	name     string
	want     fuel.Kind
	maxSteps int
	body     func(tick func())
}{
	{`l = [0] * 10**8`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.Binary(rt.OpMul, &rt.List{Items: ints(1)}, rt.IntFromInt64(100_000_000))
	}},
	{`t = (0,) * 10**8`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.Binary(rt.OpMul, rt.NewTuple(rt.IntFromInt64(0)), rt.IntFromInt64(100_000_000))
	}},
	{`list(range(10**9))`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.Call(rt.ListType, []rt.Value{rt.NewRange(rt.IntFromInt64(0), rt.IntFromInt64(1e9), rt.IntFromInt64(1))}, nil)
	}},
	{`list(range(10**7))` + " (hint path)", fuel.OutOfMemory, 0, func(tick func()) {
		// Within the hint limit: charged ahead, then 10**7 items fit; a
		// budget of 10**7 * 32 bytes is spent ten times over by the loop.
		for {
			rt.Call(rt.ListType, []rt.Value{rt.NewRange(rt.IntFromInt64(0), rt.IntFromInt64(1e7), rt.IntFromInt64(1))}, nil)
		}
	}},
	{`l = [0]; while True: l = l + l`, fuel.OutOfMemory, 40, func(tick func()) {
		var l rt.Value = &rt.List{Items: ints(1)}
		for {
			tick()
			l = rt.Binary(rt.OpAdd, l, l)
		}
	}},
	{`l = [0]; while True: l += l`, fuel.OutOfMemory, 40, func(tick func()) {
		var l rt.Value = &rt.List{Items: ints(1)}
		for {
			tick()
			l = rt.InPlace(rt.OpAdd, l, l)
		}
	}},
	{`t = (0,); while True: t = t + t`, fuel.OutOfMemory, 40, func(tick func()) {
		var t rt.Value = rt.NewTuple(rt.IntFromInt64(0))
		for {
			tick()
			t = rt.Binary(rt.OpAdd, t, t)
		}
	}},
	{`l = []; while True: l.append(0)`, fuel.OutOfMemory, 1 << 26, func(tick func()) {
		l := &rt.List{}
		zero := rt.Value(rt.IntFromInt64(0))
		for {
			tick()
			l.Append(zero)
		}
	}},
	{`d = {i: i for i in range(10**9)}`, fuel.OutOfMemory, 12_000_000, func(tick func()) {
		d := rt.NewDict(0)
		for i := int64(0); i < 1e9; i++ {
			tick()
			k := rt.IntFromInt64(i)
			d.Set(k, k)
		}
	}},
	{`s = set(); while True: s.add(i); i += 1`, fuel.OutOfMemory, 12_000_000, func(tick func()) {
		s := rt.NewSet()
		for i := int64(0); ; i++ {
			tick()
			s.Add(rt.IntFromInt64(i))
		}
	}},
}

func TestContainerBombsExhaustDeterministically(t *testing.T) {
	for _, b := range containerBombs {
		t.Run(b.name, func(t *testing.T) { checkBomb(t, b.name, b.want, b.maxSteps, b.body) })
	}
}

// TestOrdinaryWorkloadsFitTheBudgets: everyday contract work uses a small
// fraction of the default budgets.
func TestOrdinaryWorkloadsFitTheBudgets(t *testing.T) {
	for _, w := range []struct {
		name    string
		maxFuel uint64 // at most this share of DefaultFuel, in percent
		maxMem  uint64 // likewise of DefaultMemory
		body    func()
	}{
		{"json.dumps and loads of a 10 KB document, 100 times", 5, 5, func() {
			items := make([]rt.Value, 200)
			for i := range items {
				d := rt.NewDict(0)
				d.Set("id", rt.IntFromInt64(int64(i)))
				d.Set("name", "item number "+rt.Repr(rt.IntFromInt64(int64(i))))
				d.Set("tags", &rt.List{Items: []rt.Value{"a", "b", 1.5, rt.None, true}})
				items[i] = d
			}
			doc := &rt.List{Items: items}
			for range 100 {
				s := json.NewEncoder().Encode(doc)
				if len(s) < 8_000 {
					panic("document too small: " + s[:100])
				}
				(&json.Decoder{}).Loads(s)
			}
		}},
		{"sorting 10k ints", 1, 1, func() {
			items := ints(10_000)
			for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
				items[i], items[j] = items[j], items[i]
			}
			rt.SortItems(items, nil, false)
		}},
		{"building a 100k-element dict", 1, 2, func() {
			d := rt.NewDict(0)
			for i := range 100_000 {
				step()
				k := rt.IntFromInt64(int64(i))
				d.Set(k, k)
			}
		}},
		{"10k appends and a join of their reprs", 1, 1, func() {
			l := &rt.List{}
			for i := range 10_000 {
				step()
				l.Append(rt.Repr(rt.IntFromInt64(int64(i))))
			}
			rt.CallMethod(",", "join", []rt.Value{l}, nil)
		}},
		{"1000 256-bit multiplications and str()", 1, 1, func() {
			x := bigPow(2, 255)
			for range 1000 {
				step()
				y := x.Mul(x).Mod(bigPow(2, 256))
				rt.Str(y)
			}
		}},
	} {
		t.Run(w.name, func(t *testing.T) {
			o := exhaust(func(func()) { w.body() })
			if !o.finished {
				t.Fatalf("did not finish: %+v", o)
			}
			if o.used*100 > w.maxFuel*fuel.DefaultFuel || o.memUsed*100 > w.maxMem*fuel.DefaultMemory {
				t.Errorf("used %d fuel (%.3f%%) and %d bytes (%.3f%%); want at most %d%% and %d%%", o.used,
					float64(o.used)*100/float64(fuel.DefaultFuel), o.memUsed, float64(o.memUsed)*100/float64(fuel.DefaultMemory),
					w.maxFuel, w.maxMem)
			}
			t.Logf("fuel %d, memory %d", o.used, o.memUsed)
		})
	}
}
