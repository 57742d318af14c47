package pytime

import (
	"strconv"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/datetime"
)

// TestTimeMatchesCPython: time.time() of a pinned clock equals CPython's
// _PyTime_AsSecondsDouble of the same nanoseconds, for fractional and
// whole seconds and values beyond 2**53 nanoseconds.
func TestTimeMatchesCPython(t *testing.T) {
	pyoracle.Require(t)
	micros := []int64{1732603362424242, 1893553445000000, 0, 1, 999999, 1700000000123456, -1500000}
	script := `
import sys
for line in sys.stdin.read().split():
    ns = int(line) * 1000
    d = float(ns // 10**9) if ns % 10**9 == 0 else float(ns) / 1e9
    print(repr(d))
`
	in := ""
	for _, m := range micros {
		in += itoa(m) + "\n"
	}
	out, err := pyoracle.Run(script, []byte(in))
	if err != nil {
		t.Fatalf("CPython: %v\n%s", err, out)
	}
	want := splitLines(string(out))
	defer datetime.SetNow(datetime.Now())
	for i, m := range micros {
		datetime.SetNow(m)
		if got := reprFloat(Time()); got != want[i] {
			t.Errorf("micros %d: time() = %s, CPython %s", m, got, want[i])
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

func splitLines(s string) []string { return strings.Split(strings.TrimSpace(s), "\n") }

func reprFloat(f float64) string { return rt.Repr(f) }
