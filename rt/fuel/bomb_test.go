package fuel_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/stdlib/base64"
	"github.com/genvm-go/genvm/stdlib/json"
	pymath "github.com/genvm-go/genvm/stdlib/math"
	"github.com/genvm-go/genvm/stdlib/re"
)

// These tests run allocation bombs and endless computations through the
// runtime's helpers, as compiled contracts call them, under the default
// budgets. Each must end with the documented *fuel.Exhausted (never a Go
// out-of-memory crash, never a result), after a bounded number of steps, and
// at exactly the same point when run twice.

// outcome is where a run stopped.
type outcome struct {
	kind     fuel.Kind // 0: no exhaustion
	exc      string    // the Python exception raised instead, if any
	steps    int       // loop iterations completed
	used     uint64    // fuel spent (the full budget when fuel ran out)
	memUsed  uint64    // memory charged (the full budget when memory ran out)
	finished bool      // the body returned normally
}

// step is what generated code charges per loop iteration: a block with a
// few operations.
func step() { fuel.Charge(fuel.Block + 3*fuel.Op) }

// exhaust runs body under fresh default budgets. body calls tick once per
// iteration of its loop.
func exhaust(body func(tick func())) outcome {
	return exhaustWith(fuel.DefaultFuel, fuel.DefaultMemory, body)
}

// exhaustWith runs body under fresh budgets of fuelBudget and memBudget.
func exhaustWith(fuelBudget, memBudget uint64, body func(tick func())) (o outcome) {
	fuel.Reset(fuelBudget, memBudget)
	rt.Reset()
	defer func() {
		o.used, o.memUsed = fuel.Used(), fuel.MemoryUsed()
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *fuel.Exhausted:
				o.kind = x.Kind
			case *rt.Exception:
				o.exc = rt.Repr(x)
			default:
				panic(r)
			}
		}
	}()
	body(func() { step(); o.steps++ })
	o.finished = true
	return o
}

func bigPow(base, e int64) rt.Int {
	return rt.IntFromBig(new(big.Int).Exp(big.NewInt(base), big.NewInt(e), nil))
}

func nestedShared(width, depth int) rt.Value {
	var x rt.Value = rt.IntFromInt64(0)
	for range depth {
		items := make([]rt.Value, width)
		for i := range items {
			items[i] = x
		}
		x = &rt.List{Items: items}
	}
	return x
}

// nestedStr is ["a" * size] * n: one string shared n times, as in Python
// (building n copies would cost the test gigabytes before the bomb runs).
func nestedStr(size, n int) rt.Value {
	s := strings.Repeat("a", size)
	items := make([]rt.Value, n)
	for i := range items {
		items[i] = s
	}
	return &rt.List{Items: items}
}

var bombs = []struct {
	name     string
	want     fuel.Kind
	maxSteps int // the loop must stop within this many iterations
	body     func(tick func())
}{
	{`s = "x"; while True: s = s + s`, fuel.OutOfMemory, 40, func(tick func()) {
		var s rt.Value = "x"
		for {
			tick()
			s = rt.Binary(rt.OpAdd, s, s)
		}
	}},
	{`b = b"x"; while True: b = b + b`, fuel.OutOfMemory, 40, func(tick func()) {
		var s rt.Value = rt.Bytes("x")
		for {
			tick()
			s = rt.Binary(rt.OpAdd, s, s)
		}
	}},
	{`s = "x"; while True: s += s`, fuel.OutOfMemory, 40, func(tick func()) {
		var s rt.Value = "x"
		for {
			tick()
			s = rt.InPlace(rt.OpAdd, s, s)
		}
	}},
	{`ba = bytearray(b"x"); while True: ba += ba`, fuel.OutOfMemory, 40, func(tick func()) {
		ba := rt.Value(&rt.ByteArray{B: []byte("x")})
		for {
			tick()
			ba = rt.InPlace(rt.OpAdd, ba, ba)
		}
	}},
	{`"a" * 2**40`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.Binary(rt.OpMul, "a", bigPow(2, 40))
	}},
	{`s = "ab"; while True: s = s * 3`, fuel.OutOfMemory, 40, func(tick func()) {
		var s rt.Value = "ab"
		for {
			tick()
			s = rt.Binary(rt.OpMul, s, rt.IntFromInt64(3))
		}
	}},
	{`bytes(2**33)`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.Call(rt.BytesType, []rt.Value{bigPow(2, 33)}, nil)
	}},
	{`bytearray(2**33)`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.Call(rt.ByteArrayType, []rt.Value{bigPow(2, 33)}, nil)
	}},
	{`x = 10 ** 10**8`, fuel.OutOfFuel, 0, func(tick func()) {
		rt.Binary(rt.OpPow, rt.IntFromInt64(10), bigPow(10, 8))
	}},
	{`x = 3; while True: x = x * x`, fuel.OutOfFuel, 40, func(tick func()) {
		var x rt.Value = rt.IntFromInt64(3)
		for {
			tick()
			x = rt.Binary(rt.OpMul, x, x)
		}
	}},
	{`x = 1; while True: x = x << 2**28`, fuel.OutOfMemory, 40, func(tick func()) {
		var x rt.Value = rt.IntFromInt64(1)
		for {
			tick()
			x = rt.Binary(rt.OpLShift, x, rt.IntFromInt64(1<<28))
		}
	}},
	{`x = 7**50000; while True: x = x // 3 + x * 2`, fuel.OutOfMemory, 1 << 20, func(tick func()) {
		var x rt.Value = bigPow(7, 50000)
		for {
			tick()
			x = rt.Binary(rt.OpAdd, rt.Binary(rt.OpFloorDiv, x, rt.IntFromInt64(3)), rt.Binary(rt.OpMul, x, rt.IntFromInt64(2)))
		}
	}},
	{`while True: hex(x)  # x = 1 << 2**24`, fuel.OutOfFuel, 1000, func(tick func()) {
		x := rt.IntFromInt64(1).Lsh(rt.IntFromInt64(1 << 24))
		for {
			tick()
			rt.IntToBase(x, 16)
		}
	}},
	{`repr(nested [x]*1000 lists, 4 deep)`, fuel.OutOfFuel, 0, func(tick func()) {
		rt.Repr(nestedShared(1000, 4))
	}},
	{`json.dumps(nested [x]*1000 lists, 4 deep)`, fuel.OutOfFuel, 0, func(tick func()) {
		json.NewEncoder().Encode(nestedShared(1000, 4))
	}},
	{`repr(["a" * 10**6] * 2000)`, fuel.OutOfFuel, 0, func(tick func()) {
		rt.Repr(nestedStr(1e6, 2000))
	}},
	{`json.dumps(["a" * 10**6] * 2000)`, fuel.OutOfFuel, 0, func(tick func()) {
		json.NewEncoder().Encode(nestedStr(1e6, 2000))
	}},
	{`format("x", ">2000000000")`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.Format("x", ">2000000000")
	}},
	{`"%2000000000d" % 1`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.StrPercent("%2000000000d", rt.IntFromInt64(1))
	}},
	{`"x".center(2**40)`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.CallMethod("x", "center", []rt.Value{bigPow(2, 40)}, nil)
	}},
	{`"\t".expandtabs(2**31 - 1)`, fuel.OutOfMemory, 0, func(tick func()) {
		rt.CallMethod("\t", "expandtabs", []rt.Value{rt.IntFromInt64(1<<31 - 1)}, nil)
	}},
	{`s = "ab"; while True: s = s.replace("a", "aa")`, fuel.OutOfMemory, 40, func(tick func()) {
		var s rt.Value = "ab"
		for {
			tick()
			s = rt.CallMethod(s, "replace", []rt.Value{"a", "aa"}, nil)
		}
	}},
	{`s = "a"; while True: s = "-".join([s, s, s])`, fuel.OutOfMemory, 40, func(tick func()) {
		var s rt.Value = "a"
		for {
			tick()
			s = rt.CallMethod("-", "join", []rt.Value{&rt.List{Items: []rt.Value{s, s, s}}}, nil)
		}
	}},
	{`s = b"x"; while True: s = base64.b64encode(s)`, fuel.OutOfFuel, 100, func(tick func()) {
		var s rt.Value = rt.Bytes("x")
		for {
			tick()
			s = base64.B64Encode(s, rt.None)
		}
	}},
	{`s = "ab"; while True: s = re.sub("a", "aa", s)`, fuel.OutOfFuel, 40, func(tick func()) {
		p := re.Compile("a", 0)
		var s rt.Value = "ab"
		for {
			tick()
			s, _ = p.Subn("aa", s, 0)
		}
	}},
	{`s = "ab"; while True: s = re.sub("(a)", r"\1\1", s)`, fuel.OutOfFuel, 40, func(tick func()) {
		p := re.Compile("(a)", 0)
		var s rt.Value = "ab"
		for {
			tick()
			s, _ = p.Subn(`\1\1`, s, 0)
		}
	}},
	{`math.factorial(10**7)`, fuel.OutOfFuel, 0, func(tick func()) {
		pymath.Factorial(rt.IntFromInt64(10_000_000))
	}},
	{`while True: pass`, fuel.OutOfFuel, int(fuel.DefaultFuel), func(tick func()) {
		for {
			tick()
		}
	}},
}

func TestBombsExhaustDeterministically(t *testing.T) {
	for _, b := range bombs {
		t.Run(b.name, func(t *testing.T) { checkBomb(t, b.name, b.want, b.maxSteps, b.body) })
	}
}

// TestStrOfHugeIntIsBounded: str() of a huge int raises CPython's ValueError
// (the 4300-digit limit) before formatting, for a charge independent of the
// value's size.
func TestStrOfHugeIntIsBounded(t *testing.T) {
	o := exhaust(func(tick func()) {
		rt.Str(rt.IntFromInt64(1).Lsh(rt.IntFromInt64(1 << 26)))
	})
	if !strings.Contains(o.exc, "Exceeds the limit (4300 digits)") || o.used > 1<<22 {
		t.Fatalf("got %+v", o)
	}
}
