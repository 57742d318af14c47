package pyoracle

import (
	"strings"
	"testing"
)

func TestOracleIsCPython313WithZeroHashSeed(t *testing.T) {
	Require(t)
	out, err := Run("import sys, os; print(sys.version_info[:2], os.environ['PYTHONHASHSEED'], hash('a') == hash('a'))", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.TrimSpace(string(out)), "(3, 13) 0 True"; got != want {
		t.Fatalf("oracle printed %q, want %q", got, want)
	}
}

func TestRunReportsPythonErrors(t *testing.T) {
	Require(t)
	_, err := Run("raise SystemExit(3)", nil)
	if err == nil || !strings.Contains(err.Error(), "exited with 3") {
		t.Fatalf("err = %v, want exit 3", err)
	}
}
