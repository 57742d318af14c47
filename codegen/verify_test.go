package codegen

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// verifySource is the Go file of test package p: "good" is the hand-written
// counter artifact the host tests also run (the shape codegen emits), the
// others live under testdata/verify.
func verifySource(p string) string {
	if p == "good" {
		return filepath.Join("..", "host", "testdata", "counter", "main.go")
	}
	return filepath.Join("testdata", "verify", p, "main.go")
}

// setupVerify writes the runtime tree into a temporary cache and the test
// packages under contracts/ beside it.
func setupVerify(t *testing.T, pkgs ...string) (*Builder, string) {
	t.Helper()
	b := NewBuilder(TestCacheDir(), TestVersion("test"))
	if _, err := b.CompilerKey(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, p := range pkgs {
		src, err := os.ReadFile(verifySource(p))
		if err != nil {
			t.Fatal(err)
		}
		dir := filepath.Join(b.RuntimeDir(), "contracts", p)
		t.Cleanup(func() { os.RemoveAll(dir) })
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "main.go"), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return b, b.RuntimeDir()
}

func TestVerifyRuntime(t *testing.T) {
	b, dir := setupVerify(t)
	start := time.Now()
	if err := VerifyRuntime(context.Background(), dir, b.env()); err != nil {
		t.Fatal(err)
	}
	t.Logf("verifying the runtime took %v", time.Since(start))
}

func TestVerify(t *testing.T) {
	b, dir := setupVerify(t, "good", "bad")
	start := time.Now()
	if err := Verify(context.Background(), dir, "./contracts/good", b.env()); err != nil {
		t.Fatalf("good package rejected: %v", err)
	}
	t.Logf("verifying the good package took %v", time.Since(start))
	err := Verify(context.Background(), dir, "./contracts/bad", b.env())
	var ve *VerifyError
	if !errors.As(err, &ve) {
		t.Fatalf("bad package: got %v", err)
	}
	msg := err.Error()
	const pkg = "github.com/genvm-go/genvm/contracts/bad."
	for _, want := range []string{
		"contracts/bad/main.go:18:42: use of time.Now (clock, time zone or scheduling) (in (" + pkg + "wall).now)",
		"contracts/bad/main.go:22:2: go statement (in " + pkg + "spawn)",
		"contracts/bad/main.go:23:2: select statement (in " + pkg + "spawn)",
		"contracts/bad/main.go:30:2: range over a Go map (iteration order is random) (in " + pkg + "keys)",
		"contracts/bad/main.go:41:15: use of math/rand.Intn: package math/rand is not on the determinism allow-list (in " + pkg + "main)",
		"contracts/bad/main.go:42:15: use of os.Getenv: package os is reserved to rt/hostio (in " + pkg + "main)",
		"contracts/bad/main.go: import of unsafe (in github.com/genvm-go/genvm/contracts/bad)",
	} {
		if !strings.Contains(msg, "\n\t"+want) {
			t.Errorf("violations lack %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "time.Sleep") {
		t.Errorf("unreachable code reported:\n%s", msg)
	}
	if len(ve.Violations) != 7 {
		t.Errorf("want 7 violations, got %d:\n%s", len(ve.Violations), msg)
	}
}
