package codegen

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestRuntimeFiles(t *testing.T) {
	b := NewBuilder(t.TempDir(), "test")
	files, err := b.runtimeFiles()
	if err != nil {
		t.Fatal(err)
	}
	has := map[string]bool{}
	for _, f := range files {
		has[f] = true
		if strings.HasSuffix(f, "_test.go") || strings.Contains(f, "testdata/") {
			t.Errorf("%s is written to the runtime tree", f)
		}
	}
	for _, want := range []string{"go.mod", "go.sum", "rt/value.go", "rt/hostio/run.go", "rt/fuel/fuel.go", "rt/storage/tx.go"} {
		if !has[want] {
			t.Errorf("runtime tree lacks %s", want)
		}
	}
}

func TestIsGoSource(t *testing.T) {
	for src, want := range map[string]bool{
		"// Command x\npackage main\n": true,
		"\n\npackage main\n":           true,
		"# { \"Depends\": \"py-genlayer:test\" }\nfrom genlayer import *\n": false,
		"from genlayer import *\n": false,
		"":                         false,
	} {
		if got := IsGoSource([]byte(src)); got != want {
			t.Errorf("IsGoSource(%q) = %v", src, got)
		}
	}
}

// TestBuildErrors: a Go compile error and a verifier rejection are
// BuildErrors naming their stage, nothing is cached, and Python input
// reports the missing lowering.
func TestBuildErrors(t *testing.T) {
	ctx := context.Background()
	b := NewBuilder(TestCacheDir(), TestVersion("test"))
	bad := []byte("// broken\npackage main\n\nfunc main() { undefinedThing() }\n")
	_, err := b.Compile(ctx, bad)
	var be *BuildError
	if !errors.As(err, &be) || be.Stage != "build" || !strings.Contains(be.Output, "undefined: undefinedThing") {
		t.Fatalf("compile error: %v", err)
	}
	key, _ := b.Key(ctx, bad)
	if a, _ := b.Lookup(ctx, key); a != nil {
		t.Fatal("a failed build was cached")
	}
	clock := []byte("// clock\npackage main\n\nimport \"time\"\n\nfunc main() { println(time.Now().Unix()) }\n")
	_, err = b.Compile(ctx, clock)
	if !errors.As(err, &be) || be.Stage != "verify" || !strings.Contains(err.Error(), "use of time.Now") {
		t.Fatalf("verifier: %v", err)
	}
	if _, err := b.Compile(ctx, []byte("class C: pass\n")); !errors.Is(err, ErrNoLowering) {
		t.Fatalf("python: %v", err)
	}
	if err := b.BuildDir(ctx, t.TempDir(), filepath.Join(t.TempDir(), "x")); err == nil || !strings.Contains(err.Error(), "not inside the runtime tree") {
		t.Fatalf("BuildDir outside the tree: %v", err)
	}
	if _, err := b.Build(ctx, key, map[string][]byte{"../x.go": bad}); err == nil {
		t.Fatal("a file name outside the package was accepted")
	}
}

// TestColdAndWarmCache: the same source built in a fresh cache directory
// and in the shared one gives the same artifact bytes (builds are
// reproducible and independent of the cache location).
func TestColdAndWarmCache(t *testing.T) {
	ctx := context.Background()
	src, err := os.ReadFile(filepath.Join("..", "host", "testdata", "counter", "main.go"))
	if err != nil {
		t.Fatal(err)
	}
	warm := NewBuilder(TestCacheDir(), TestVersion("test"))
	warm.Verify = false
	cold := NewBuilder(t.TempDir(), TestVersion("test"))
	cold.Verify = false
	a, err := warm.Compile(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	c, err := cold.Compile(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	if c.Cached || a.Key != c.Key || a.Hash != c.Hash {
		t.Fatalf("warm %+v\ncold %+v", a, c)
	}
	again, err := cold.Compile(ctx, src)
	if err != nil || !again.Cached || again.Hash != c.Hash {
		t.Fatalf("second compile: %+v %v", again, err)
	}
	if _, err := fs.Stat(os.DirFS(cold.RuntimeDir()), "rt/hostio/proto.go"); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkCompileNewContract measures genvmc compile of an example
// contract (examples/token.py) not yet in the cache, with the runtime tree
// written and verified and a warm Go build cache: check, lower, write, go
// build of the generated package and link, verify, hash. Each iteration
// appends a fresh module-level constant, so the generated Go differs and
// is compiled, not only linked. (Target: under 2 s on 2 cores.)
func BenchmarkCompileNewContract(b *testing.B) {
	ctx := context.Background()
	src, err := os.ReadFile(filepath.Join("..", "examples", "token.py"))
	if err != nil {
		b.Fatal(err)
	}
	bld := NewBuilder(TestCacheDir(), TestVersion("bench"))
	bld.Lower = func(code []byte) (map[string][]byte, error) { return Generate("/contract.py", code) }
	if _, err := bld.Compile(ctx, src); err != nil { // runtime tree, runtime verification, warm build cache
		b.Fatal(err)
	}
	nonce := time.Now().UnixNano()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i++
		fresh := append([]byte(nil), src...)
		fresh = append(fresh, fmt.Sprintf("\n_bench_nonce = \"%d-%d\"\n", nonce, i)...)
		a, err := bld.Compile(ctx, fresh)
		if err != nil {
			b.Fatal(err)
		}
		if a.Cached {
			b.Fatal("a new contract came from the cache")
		}
	}
}
