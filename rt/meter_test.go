package rt

import (
	"math"
	"os"
	"testing"

	"github.com/genvm-go/genvm/rt/fuel"
)

// TestMain runs the package's tests with unlimited budgets: the meter is a
// process-wide counter, and tests of Python semantics (including the fixed
// MemoryError caps) must not depend on how much the tests before them
// spent. Tests of the budgets themselves call fuel.Reset with the default
// budgets first (see withDefaultBudgets).
func TestMain(m *testing.M) {
	unlimitedBudgets()
	os.Exit(m.Run())
}

func unlimitedBudgets() { fuel.Reset(math.MaxUint64, math.MaxUint64) }
