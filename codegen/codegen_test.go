package codegen_test

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
)

type emptyState struct{}

func (emptyState) ReadSlot(address.Address, storage.SlotID, uint32, []byte) error { return nil }
func (emptyState) Balance(address.Address) (*big.Int, error)                      { return new(big.Int), nil }

// runScript compiles a module-level script (GenVM's self-run style), builds
// it with the determinism verifier on, and runs it as an artifact.
func runScript(t *testing.T, src string, fuel uint64) *exec.Result {
	t.Helper()
	files, err := codegen.Generate("/contract.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	b := codegen.NewBuilder(codegen.TestCacheDir(), codegen.TestVersion("test"))
	ctx := context.Background()
	key, err := b.Key(ctx, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a, err := b.Build(ctx, key, files)
	if err != nil {
		t.Fatal(err)
	}
	res, err := exec.Run(ctx, a.Path, &exec.Request{Message: &hostio.Message{Datetime: "2024-11-26T06:42:42.424242Z"}, State: emptyState{}, Fuel: fuel})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestScriptFuel: an endless loop runs out of fuel deterministically.
func TestScriptFuel(t *testing.T) {
	res := runScript(t, "print('start')\nn = 0\nwhile True:\n    n += 1\n", 100_000)
	if got := string(res.Stdout) + res.Line(); got != "start\nexecuted with `VMError(\"timeout\")`" {
		t.Fatalf("got %q", got)
	}
}

// TestScriptRecursionAndTraceback: unbounded recursion is a RecursionError
// (not a Go stack overflow), uncaught: exit_code 1 with CPython's traceback
// (frames with lines) on stderr.
func TestScriptRecursionAndTraceback(t *testing.T) {
	src := "def f(n):\n    return f(n + 1)\n\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n\ndef g(x):\n    return 10 // x\n\nprint(g(2))\ng(0)\n"
	res := runScript(t, src, 0)
	if got := string(res.Stdout) + res.Line(); got != "caught maximum recursion depth exceeded\n5\nexecuted with `VMError(\"exit_code 1\")`" {
		t.Fatalf("got %q\n%s", got, res.Stderr)
	}
	want := "Traceback (most recent call last):\n  File \"/contract.py\", line 13, in <module>\n  File \"/contract.py\", line 10, in g\nZeroDivisionError: integer division or modulo by zero\n"
	if string(res.Stderr) != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", res.Stderr, want)
	}
}

// TestUnboxedParamTraceback: Python does not check annotations, so an
// argument that does not fit an int or str parameter's unboxed form runs
// the boxed twin of the body (as CPython would run it), and an error there
// has the frames and lines of the typed body.
func TestUnboxedParamTraceback(t *testing.T) {
	src := "def deco(fn):\n    return fn\n\n@deco\ndef f(n: int, s: str):\n    return n + 1\n\ndef g(n: int):\n    x = 1\n    return n + x\n\nprint(f(1, 'a'), f(True, 3), f(0.5, None))\nprint(g(2))\ng('x')\n"
	res := runScript(t, src, 0)
	if got := string(res.Stdout) + res.Line(); got != "2 2 1.5\n3\nexecuted with `VMError(\"exit_code 1\")`" {
		t.Fatalf("got %q\n%s", got, res.Stderr)
	}
	want := "Traceback (most recent call last):\n  File \"/contract.py\", line 14, in <module>\n  File \"/contract.py\", line 10, in g\nTypeError: can only concatenate str (not \"int\") to str\n"
	if string(res.Stderr) != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", res.Stderr, want)
	}
}

// TestUnsupportedIsAnError: constructs the code generator does not lower
// are reported with their position, never miscompiled.
func TestUnsupportedIsAnError(t *testing.T) {
	for src, want := range map[string]string{
		"def f():\n    yield 1\n":                  "/contract.py:2:",
		"async def f():\n    await g()\n":          "/contract.py:",
		"class A(dict):\n    pass\nx = 1\nx.y = 2": "",
	} {
		_, err := codegen.Generate("/contract.py", []byte(src))
		if want == "" {
			continue
		}
		var el codegen.ErrorList
		if err == nil {
			t.Errorf("%q: no error", src)
			continue
		}
		if !strings.Contains(err.Error(), want) && !errors.As(err, &el) {
			t.Errorf("%q: error %v, want position %s", src, err, want)
		}
	}
}
