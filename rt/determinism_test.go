package rt_test

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/builtins/pyexpr"
)

// determinismWorkload is a mix of operations whose output could leak
// nondeterminism: dict and set iteration after churn, set algebra, float
// formatting, sorting with ties, hashes, and print output.
var determinismWorkload = []string{
	"{str(i * 7919 % 1000): i / 7 for i in range(300)}",
	"(d := {}, [operator.setitem(d, (i % 17, str(i)), i * 0.1) for i in range(500)], [d.pop((i % 17, str(i)), 0) for i in range(0, 500, 3)], d)[-1]",
	"{str(i) + 'x' for i in range(500)}",
	"set(range(0, 10000, 37)) ^ {str(i) for i in range(200)}",
	"(s := set(i * 1.5 for i in range(400)), [s.pop() for _ in range(100)], s)[-1]",
	"frozenset((i, str(i)) for i in range(100)) | frozenset(range(50))",
	"[x / 3 for x in range(-50, 50)] + [1e22, 1e-7, 2.5e300, -0.0, float('inf')]",
	"sorted([(i % 5, str(i)) for i in range(200)], key=lambda p: p[0], reverse=True)",
	"[hash(str(i)) for i in range(20)] + [hash((i, 'a')) for i in range(20)] + [hash(frozenset(range(i))) for i in range(20)]",
	"dict.fromkeys({str(i) for i in range(64)}).keys() - {'1', '2'}",
	"{k: v for k, v in zip(map(str, range(100)), map(float, range(100)))}.items() & {('5', 5.0), ('7', 7.1)}",
	"print(*sorted({'b': 1, 'a': 2}.items()), {0.1 + 0.2}, sep=' | ', end='!\\n')",
	"print(sum([0.1] * 97), round(2.675, 2), 1 / 3, 2 ** 0.5, 10 ** 20 / 3)",
}

// runDeterminismWorkload evaluates the workload in a fresh transaction and
// returns everything it observed: reprs, errors and print output.
func runDeterminismWorkload() []byte {
	rt.Reset()
	env := pyexpr.NewEnv()
	env.Set("operator", operatorModule())
	var out bytes.Buffer
	for _, src := range determinismWorkload {
		out.WriteString(rt.Outcome(func() rt.Value { return pyexpr.EvalIn(env, src) }))
		out.WriteByte('\n')
	}
	out.WriteString(rt.Current().Stdout.String())
	return out.Bytes()
}

const determinismChildEnv = "GENVM_RT_DETERMINISM_CHILD"

// TestDeterminismChild is the body run by the re-executed test binary.
func TestDeterminismChild(t *testing.T) {
	if os.Getenv(determinismChildEnv) != "1" {
		t.Skip("run by TestDeterminismAcrossProcesses")
	}
	os.Stdout.Write(runDeterminismWorkload())
}

// TestDeterminismAcrossProcesses runs the same workload in two fresh
// processes (re-executing this test binary) and in this one, and requires
// byte-identical output, including dict/set iteration order and float
// formatting.
func TestDeterminismAcrossProcesses(t *testing.T) {
	run := func() []byte {
		cmd := exec.Command(os.Args[0], "-test.run=^TestDeterminismChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), determinismChildEnv+"=1", "GOMAXPROCS=1")
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("child: %v", err)
		}
		// The child prints the workload output followed by the test framework's "PASS".
		s := string(out)
		if i := strings.LastIndex(s, "PASS\n"); i >= 0 {
			s = s[:i]
		}
		return []byte(s)
	}
	a, b := run(), run()
	local := runDeterminismWorkload()
	if !bytes.Equal(a, b) {
		t.Fatalf("two processes differ:\n%s\n---\n%s", a, b)
	}
	if !bytes.Equal(a, local) {
		t.Fatalf("child and in-process runs differ:\n%s\n---\n%s", a, local)
	}
	if len(a) < 1000 || !bytes.Contains(a, []byte("!\n")) {
		t.Fatalf("workload output looks truncated:\n%s", a)
	}
}

// TestDeterminismWorkloadAgainstCPython checks that the determinism workload
// is not only stable but right.
func TestDeterminismWorkloadAgainstCPython(t *testing.T) {
	var exprs []string
	for _, src := range determinismWorkload {
		if !strings.HasPrefix(src, "print(") {
			exprs = append(exprs, src)
		}
	}
	checkExprs(t, "", exprs)

	// The print lines: compare the transaction output with CPython's stdout.
	var script strings.Builder
	rt.Reset()
	env := pyexpr.NewEnv()
	for _, src := range determinismWorkload {
		if strings.HasPrefix(src, "print(") {
			script.WriteString(src + "\n")
			pyexpr.EvalIn(env, src)
		}
	}
	want, err := pyoracle.Run(script.String(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := rt.Current().Stdout.String(); got != string(want) {
		t.Errorf("print output:\n got %q\nwant %q", got, want)
	}
}
