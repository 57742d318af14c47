package fuel_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/genvm-go/genvm/rt/fuel"
)

// soak reports whether the long runs were requested (GENVM_SOAK=1): every
// bomb under the default budgets, twice, the two runs compared.
func soak() bool { return os.Getenv("GENVM_SOAK") == "1" }

// divisor gives, for every bomb, the number both default budgets are
// divided by in the default test run. Slow bombs spend the whole default
// budget doing real work (a gigabyte of text, 10^9 units of matching),
// seconds each: 16 for those costing more than about 0.3 s under the
// default budgets (measured on 2 shared cores), unless a smaller budget
// changes how the bomb ends (base64 runs out of fuel under the default
// budgets with 27% of the memory left, but out of memory under any of them
// divided by 2 to 16: its last step needs a quarter of all the memory
// charged before it, and memory is charged first;
// the list(range(10**7)) hint path needs room for one 10**7-item list).
// The others run under the default budgets, so that the documented endings
// (30 doublings of a string, the endless loop's timeout) are checked as
// documented. GENVM_SOAK=1 runs every bomb under the default budgets too.
var divisor = map[string]uint64{
	`s = "x"; while True: s = s + s`:                      16,
	`b = b"x"; while True: b = b + b`:                     16,
	`ba = bytearray(b"x"); while True: ba += ba`:          16,
	`x = 7**50000; while True: x = x // 3 + x * 2`:        16,
	`while True: hex(x)  # x = 1 << 2**24`:                16,
	`repr(nested [x]*1000 lists, 4 deep)`:                 16,
	`json.dumps(nested [x]*1000 lists, 4 deep)`:           16,
	`repr(["a" * 10**6] * 2000)`:                          16,
	`json.dumps(["a" * 10**6] * 2000)`:                    16,
	`s = "ab"; while True: s = s.replace("a", "aa")`:      16,
	`s = b"x"; while True: s = base64.b64encode(s)`:       1,
	`s = "ab"; while True: s = re.sub("a", "aa", s)`:      16,
	`s = "ab"; while True: s = re.sub("(a)", r"\1\1", s)`: 16,
	`list(range(10**7)) (hint path)`:                      2,
	`l = [0]; while True: l += l`:                         16,
	`t = (0,); while True: t = t + t`:                     16,
	`l = []; while True: l.append(0)`:                     16,
	`d = {i: i for i in range(10**9)}`:                    16,
	`s = set(); while True: s.add(i); i += 1`:             16,
	`s = "x"; while True: s += s`:                         1,
	`l = [0]; while True: l = l + l`:                      1,
	`s = "ab"; while True: s = s * 3`:                     1,
	`s = "a"; while True: s = "-".join([s, s, s])`:        1,
	`x = 1; while True: x = x << 2**28`:                   1,
	`x = 3; while True: x = x * x`:                        1,
	`while True: pass`:                                    1,
	`x = 10 ** 10**8`:                                     1,
	`math.factorial(10**7)`:                               1,
	`"a" * 2**40`:                                         1,
	`bytes(2**33)`:                                        1,
	`bytearray(2**33)`:                                    1,
	`format("x", ">2000000000")`:                          1,
	`"%2000000000d" % 1`:                                  1,
	`"x".center(2**40)`:                                   1,
	`"\t".expandtabs(2**31 - 1)`:                          1,
	`l = [0] * 10**8`:                                     1,
	`t = (0,) * 10**8`:                                    1,
	`list(range(10**9))`:                                  1,
}

// checkBomb runs a bomb once under the default budgets divided by its
// divisor and checks that it ends with want, within
// maxSteps iterations, having spent the whole exhausted budget, at exactly
// the recorded point: the same step and counters on every run and machine.
// With GENVM_SOAK=1 it also runs it twice under the default budgets and
// compares the runs.
func checkBomb(t *testing.T, name string, want fuel.Kind, maxSteps int, body func(tick func())) {
	t.Helper()
	div, known := divisor[name]
	if !known || div == 0 {
		t.Fatalf("bomb %q has no budget divisor (points_test.go)", name)
	}
	fuelBudget, memBudget := fuel.DefaultFuel/div, fuel.DefaultMemory/div
	first := exhaustWith(fuelBudget, memBudget, body)
	checkEnd(t, first, want, maxSteps, fuelBudget, memBudget)
	if rec, ok := recorded[name]; !ok || rec != first {
		t.Errorf("exhausted at %+v, recorded %+v: a cost changed (a consensus change). Review, then record:\n\t%s",
			first, rec, recordLine(name, first))
	}
	if !soak() {
		return
	}
	full := first
	if div != 1 {
		full = exhaust(body)
		checkEnd(t, full, want, maxSteps, fuel.DefaultFuel, fuel.DefaultMemory)
	}
	if second := exhaust(body); second != full {
		t.Errorf("runs differ:\n%+v\n%+v", full, second)
	}
}

func checkEnd(t *testing.T, o outcome, want fuel.Kind, maxSteps int, fuelBudget, memBudget uint64) {
	t.Helper()
	if o.kind != want {
		t.Fatalf("ended with kind %d, exception %q, finished %v after %d steps; want kind %d",
			o.kind, o.exc, o.finished, o.steps, want)
	}
	if o.steps > maxSteps {
		t.Errorf("stopped after %d steps, want at most %d", o.steps, maxSteps)
	}
	if want == fuel.OutOfMemory && o.memUsed != memBudget || want == fuel.OutOfFuel && o.used != fuelBudget {
		t.Errorf("exhausted budget not fully spent: %+v", o)
	}
}

func recordLine(name string, o outcome) string {
	kind := map[fuel.Kind]string{fuel.OutOfFuel: "fuel.OutOfFuel", fuel.OutOfMemory: "fuel.OutOfMemory"}[o.kind]
	return fmt.Sprintf("%s: {kind: %s, steps: %d, used: %d, memUsed: %d},", "`"+name+"`", kind, o.steps, o.used, o.memUsed)
}

// recorded are the exhaustion points of the bombs under the budgets
// checkBomb gives them, reviewed: the exhausted counter equals its budget,
// the other is below its own, and the step counts agree with the
// doubling/growth arithmetic of each loop (e.g. 2^26 bytes of memory for a
// slow doubling bomb run out within 26-27 doublings).
var recorded = map[string]outcome{
	`s = b"x"; while True: s = base64.b64encode(s)`: {kind: fuel.OutOfFuel, steps: 61, used: 1000000000, memUsed: 781295664},
	`list(range(10**7)) (hint path)`:                {kind: fuel.OutOfMemory, steps: 0, used: 20000000, memUsed: 536870912},
	`s = "x"; while True: s = s + s`:                {kind: fuel.OutOfMemory, steps: 26, used: 8388713, memUsed: 67108864},
	`b = b"x"; while True: b = b + b`:               {kind: fuel.OutOfMemory, steps: 26, used: 8388713, memUsed: 67108864},
	`s = "x"; while True: s += s`:                   {kind: fuel.OutOfMemory, steps: 30, used: 134217849, memUsed: 1073741824},
	`ba = bytearray(b"x"); while True: ba += ba`:    {kind: fuel.OutOfMemory, steps: 27, used: 8388718, memUsed: 67108864},
	`"a" * 2**40`:                                         {kind: fuel.OutOfMemory, steps: 0, used: 0, memUsed: 1073741824},
	`s = "ab"; while True: s = s * 3`:                     {kind: fuel.OutOfMemory, steps: 18, used: 48427641, memUsed: 1073741824},
	`bytes(2**33)`:                                        {kind: fuel.OutOfMemory, steps: 0, used: 0, memUsed: 1073741824},
	`bytearray(2**33)`:                                    {kind: fuel.OutOfMemory, steps: 0, used: 0, memUsed: 1073741824},
	`x = 10 ** 10**8`:                                     {kind: fuel.OutOfFuel, steps: 0, used: 1000000000, memUsed: 50000008},
	`x = 3; while True: x = x * x`:                        {kind: fuel.OutOfFuel, steps: 23, used: 1000000000, memUsed: 3324080},
	`x = 1; while True: x = x << 2**28`:                   {kind: fuel.OutOfMemory, steps: 8, used: 234881070, memUsed: 1073741824},
	`x = 7**50000; while True: x = x // 3 + x * 2`:        {kind: fuel.OutOfMemory, steps: 1268, used: 22366018, memUsed: 67108864},
	`while True: hex(x)  # x = 1 << 2**24`:                {kind: fuel.OutOfFuel, steps: 15, used: 62500000, memUsed: 60817444},
	`repr(nested [x]*1000 lists, 4 deep)`:                 {kind: fuel.OutOfFuel, steps: 0, used: 62500000, memUsed: 28825000},
	`json.dumps(nested [x]*1000 lists, 4 deep)`:           {kind: fuel.OutOfFuel, steps: 0, used: 62500000, memUsed: 17041323},
	`repr(["a" * 10**6] * 2000)`:                          {kind: fuel.OutOfFuel, steps: 0, used: 62500000, memUsed: 62000124},
	`json.dumps(["a" * 10**6] * 2000)`:                    {kind: fuel.OutOfFuel, steps: 0, used: 62500000, memUsed: 62000247},
	`format("x", ">2000000000")`:                          {kind: fuel.OutOfMemory, steps: 0, used: 0, memUsed: 1073741824},
	`"%2000000000d" % 1`:                                  {kind: fuel.OutOfMemory, steps: 0, used: 0, memUsed: 1073741824},
	`"x".center(2**40)`:                                   {kind: fuel.OutOfMemory, steps: 0, used: 0, memUsed: 1073741824},
	`"\t".expandtabs(2**31 - 1)`:                          {kind: fuel.OutOfMemory, steps: 0, used: 1, memUsed: 1073741824},
	`s = "ab"; while True: s = s.replace("a", "aa")`:      {kind: fuel.OutOfMemory, steps: 25, used: 4194427, memUsed: 67108864},
	`s = "a"; while True: s = "-".join([s, s, s])`:        {kind: fuel.OutOfMemory, steps: 18, used: 48427641, memUsed: 1073741824},
	`s = "ab"; while True: s = re.sub("a", "aa", s)`:      {kind: fuel.OutOfFuel, steps: 21, used: 62500000, memUsed: 6112508},
	`s = "ab"; while True: s = re.sub("(a)", r"\1\1", s)`: {kind: fuel.OutOfFuel, steps: 20, used: 62500000, memUsed: 35651567},
	`math.factorial(10**7)`:                               {kind: fuel.OutOfFuel, steps: 0, used: 1000000000, memUsed: 30000008},
	`while True: pass`:                                    {kind: fuel.OutOfFuel, steps: 250000000, used: 1000000000, memUsed: 0},
	`l = [0] * 10**8`:                                     {kind: fuel.OutOfMemory, steps: 0, used: 0, memUsed: 1073741824},
	`t = (0,) * 10**8`:                                    {kind: fuel.OutOfMemory, steps: 0, used: 0, memUsed: 1073741824},
	`list(range(10**9))`:                                  {kind: fuel.OutOfMemory, steps: 0, used: 0, memUsed: 1073741824},
	`l = [0]; while True: l = l + l`:                      {kind: fuel.OutOfMemory, steps: 25, used: 67108960, memUsed: 1073741824},
	`l = [0]; while True: l += l`:                         {kind: fuel.OutOfMemory, steps: 22, used: 4194390, memUsed: 67108864},
	`t = (0,); while True: t = t + t`:                     {kind: fuel.OutOfMemory, steps: 21, used: 4194384, memUsed: 67108864},
	`l = []; while True: l.append(0)`:                     {kind: fuel.OutOfMemory, steps: 2097153, used: 12582916, memUsed: 67108864},
	`d = {i: i for i in range(10**9)}`:                    {kind: fuel.OutOfMemory, steps: 699051, used: 4194304, memUsed: 67108864},
	`s = set(); while True: s.add(i); i += 1`:             {kind: fuel.OutOfMemory, steps: 699051, used: 4194304, memUsed: 67108864},
}
