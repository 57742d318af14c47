package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestExecScripts runs the scenarios that build and run artifacts
// (testdata/exec/*.txtar): they need the Go toolchain's caches, which
// testscript's clean environment lacks, and share the artifact cache of
// the other packages' tests so that builds stay warm. $WORK/counter.go is
// the hand-written counter contract of host/testdata.
func TestExecScripts(t *testing.T) {
	out, err := exec.Command("go", "env", "GOCACHE", "GOMODCACHE", "GOPATH").Output()
	if err != nil {
		t.Fatalf("go env: %v", err)
	}
	goEnv := strings.Split(strings.TrimSpace(string(out)), "\n")
	counter, err := os.ReadFile(filepath.Join("..", "..", "host", "testdata", "counter", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/exec",
		Setup: func(env *testscript.Env) error {
			env.Setenv("GOCACHE", goEnv[0])
			env.Setenv("GOMODCACHE", goEnv[1])
			env.Setenv("GOPATH", goEnv[2])
			env.Setenv("GENVMC_CACHE", codegen.TestCacheDir())
			return os.WriteFile(filepath.Join(env.WorkDir, "counter.go"), counter, 0o644)
		},
	})
}
