package conformance

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/internal/pyoracle"
)

// The differential programs: every conformance/programs/*.py runs as a
// module-level script under CPython 3.13 (all in one Python process) and
// compiled by genvm-go (all programs linked into one Go binary, built once,
// each run in-process with fresh runtime state); stdout and the final
// exception line must be identical.
//
// GENVM_PROGRAMS=regexp selects programs by file name.

type progResult struct {
	Name string `json:"name"`
	Out  string `json:"out"`
	Exc  string `json:"exc"`
}

// pyRunner executes every program given on stdin (a JSON list of [name,
// path]) and prints a JSON list of results.
const pyRunner = `
import sys, io, json, traceback, contextlib, signal
progs = json.load(sys.stdin)
class Timeout(BaseException):
    pass
def on_alarm(*_):
    raise Timeout("program ran longer than 20 s under CPython")
signal.signal(signal.SIGALRM, on_alarm)
res = []
sys.setrecursionlimit(1000)
for name, path in progs:
    src = open(path, encoding="utf-8").read()
    buf = io.StringIO()
    exc = ""
    try:
        signal.alarm(20)
        with contextlib.redirect_stdout(buf):
            exec(compile(src, path, "exec"), {"__name__": "__main__"})
    except BaseException as e:
        exc = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
    finally:
        signal.alarm(0)
    res.append({"name": name, "out": buf.getvalue(), "exc": exc})
sys.stdout.write(json.dumps(res))
`

func programFiles(t *testing.T) []string {
	files, err := filepath.Glob("programs/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no differential programs: %v", err)
	}
	if sel := os.Getenv("GENVM_PROGRAMS"); sel != "" {
		re := regexp.MustCompile(sel)
		var keep []string
		for _, f := range files {
			if re.MatchString(filepath.Base(f)) {
				keep = append(keep, f)
			}
		}
		files = keep
	}
	sort.Strings(files)
	return files
}

func progName(i int, f string) string {
	base := strings.TrimSuffix(filepath.Base(f), ".py")
	var b strings.Builder
	for _, r := range base {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else if r >= 'A' && r <= 'Z' {
			b.WriteRune(r + 32)
		}
	}
	return fmt.Sprintf("p%03d%s", i, b.String())
}

func runCPython(t *testing.T, files []string) map[string]progResult {
	pyoracle.Require(t)
	var in [][2]string
	for _, f := range files {
		abs, _ := filepath.Abs(f)
		in = append(in, [2]string{f, abs})
	}
	data, _ := json.Marshal(in)
	out, err := pyoracle.Run(pyRunner, data)
	if err != nil {
		t.Fatalf("CPython: %v\n%s", err, out)
	}
	var res []progResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("CPython output: %v", err)
	}
	m := map[string]progResult{}
	for _, r := range res {
		m[r.Name] = r
	}
	return m
}

const progMain = `package main

import (
	"encoding/json"
	"os"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
%s)

type result struct {
	Name string ` + "`json:\"name\"`" + `
	Out  string ` + "`json:\"out\"`" + `
	Exc  string ` + "`json:\"exc\"`" + `
}

func run(name string, f func()) (r result) {
	r.Name = name
	rt.Reset()
	fuel.Reset(fuel.DefaultFuel, fuel.DefaultMemory)
	defer func() {
		r.Out = rt.Current().Stdout.String()
		if x := recover(); x != nil {
			switch e := x.(type) {
			case *rt.Exception:
				r.Exc = e.Error()
			case *fuel.Exhausted:
				r.Exc = "VMError: " + e.VMError()
			default:
				r.Exc = "Go panic: " + stringOf(x)
			}
		}
	}()
	f()
	return
}

func stringOf(x any) string {
	if e, ok := x.(error); ok {
		return e.Error()
	}
	if s, ok := x.(string); ok {
		return s
	}
	return "?"
}

func main() {
	var res []result
%s	json.NewEncoder(os.Stdout).Encode(res)
}
`

// buildPrograms lowers every program into its own package of one module
// tree and builds a single binary that runs them all. It returns the binary
// and the lowering errors by file.
func buildPrograms(t *testing.T, files []string) (string, map[string]error) {
	ctx := context.Background()
	b := codegen.NewBuilder(codegen.TestCacheDir(), codegen.TestVersion("difftest"))
	if _, err := b.CompilerKey(ctx); err != nil {
		t.Fatal(err)
	}
	// A directory of its own: concurrent runs (several go test processes
	// share the test cache) must not see each other's files.
	root, err := os.MkdirTemp(b.RuntimeDir(), "difftest")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(root) })
	modPath := "github.com/genvm-go/genvm/" + filepath.Base(root)
	lowerErrs := map[string]error{}
	var imports, calls strings.Builder
	const perPkg = 25
	imported := map[string]bool{}
	for i, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		pkg := fmt.Sprintf("batch%02d", i/perPkg)
		prefix := "P" + progName(i, f)[1:] + "_"
		code, err := codegen.GoSourceOpts(filepath.Base(f), src, codegen.Options{Package: pkg, File: filepath.Base(f), Prefix: prefix})
		if err != nil {
			lowerErrs[f] = err
			continue
		}
		dir := filepath.Join(root, pkg)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, prefix+".go"), code, 0o644); err != nil {
			t.Fatal(err)
		}
		if !imported[pkg] {
			imported[pkg] = true
			fmt.Fprintf(&imports, "\t%s \"%s/%s\"\n", pkg, modPath, pkg)
		}
		fmt.Fprintf(&calls, "\tres = append(res, run(%q, %s.%sRun))\n", f, pkg, prefix)
	}
	mainDir := filepath.Join(root, "main")
	if err := os.MkdirAll(mainDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(mainDir, "main.go"), []byte(fmt.Sprintf(progMain, imports.String(), calls.String())), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := filepath.Join(root, "progs")
	if err := b.BuildDir(ctx, mainDir, exe); err != nil {
		t.Fatalf("building the programs: %s", truncate(err.Error(), 6000))
	}
	return exe, lowerErrs
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "\n..."
	}
	return s
}

func TestPrograms(t *testing.T) {
	files := programFiles(t)
	want := runCPython(t, files)
	exe, lowerErrs := buildPrograms(t, files)
	out, err := exec.Command(exe).Output()
	if err != nil {
		t.Fatalf("running the programs: %v", err)
	}
	var got []progResult
	if err := json.NewDecoder(bytes.NewReader(out)).Decode(&got); err != nil {
		t.Fatalf("program output: %v", err)
	}
	gotBy := map[string]progResult{}
	for _, r := range got {
		gotBy[r.Name] = r
	}
	pass := 0
	for _, f := range files {
		if err := lowerErrs[f]; err != nil {
			t.Errorf("%s: not compiled: %v", f, err)
			continue
		}
		g, w := gotBy[f], want[f]
		if g.Out != w.Out || g.Exc != w.Exc {
			t.Errorf("%s differs from CPython:\n--- CPython stdout:\n%s--- CPython exception: %s\n--- genvm-go stdout:\n%s--- genvm-go exception: %s",
				f, truncate(w.Out, 3000), w.Exc, truncate(g.Out, 3000), g.Exc)
			continue
		}
		pass++
	}
	t.Logf("%d of %d differential programs agree with CPython", pass, len(files))
}
