package typing

import (
	"math"
	"os"
	"testing"

	"github.com/genvm-go/genvm/rt/fuel"
)

// TestMain runs the package's tests and benchmarks with unlimited budgets:
// the meter is a process-wide counter that no transaction resets here, so a
// long benchmark would otherwise run out of the default budget.
func TestMain(m *testing.M) {
	fuel.Reset(math.MaxUint64, math.MaxUint64)
	os.Exit(m.Run())
}
