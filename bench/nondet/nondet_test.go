package nondet_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/consensus"
	hexec "github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/mock"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/internal/pybench"
	"github.com/genvm-go/genvm/internal/pyoracle"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
)

var sender = address.Address{2}

// wantStdout and wantResult are the transaction's output on both sides:
// the mocked price 1000 minus the history's average 102, the trimmed text
// reply, the JSON reply's score.
const wantStdout = "898 Bullish 7\n"

var wantResult = []any{898.0, "Bullish", 7.0}

// fixture is built once per test binary: the artifact, a state with the
// contract deployed, the mock rules.
type fixture struct {
	c     *chain.Chain
	st    *store.Store
	addr  address.Address
	rules *mock.File
	dir   string
}

var (
	fixOnce sync.Once
	fix     *fixture
	fixErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if fix != nil {
		fix.st.Close()
		os.RemoveAll(fix.dir)
	}
	os.Exit(code)
}

func setup(tb testing.TB) *fixture {
	tb.Helper()
	fixOnce.Do(func() { fix, fixErr = build(context.Background()) })
	if fixErr != nil {
		tb.Fatal(fixErr)
	}
	return fix
}

func encode(readable string) []byte {
	v, err := calldata.ParseReadable(readable)
	if err != nil {
		panic(err)
	}
	return calldata.MustEncode(v)
}

func build(ctx context.Context) (*fixture, error) {
	src, err := os.ReadFile("testdata/contract.py")
	if err != nil {
		return nil, err
	}
	rules, err := mock.Load("testdata/mocks.json")
	if err != nil {
		return nil, err
	}
	b := codegen.NewBuilder(codegen.TestCacheDir(), "bench-nondet")
	b.Verify = false // timing runs, not compiles; the verifier is tested in codegen
	b.Lower = func(code []byte) (map[string][]byte, error) { return codegen.Generate("/contract.py", code) }
	a, err := b.Compile(ctx, src)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "bench-nondet-")
	if err != nil {
		return nil, err
	}
	st, err := store.Open(dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	c := &chain.Chain{Store: st, Resolve: func(context.Context, []byte) (string, error) { return a.Path, nil }}
	addr, res, err := c.Deploy(ctx, &chain.Tx{Sender: sender, Origin: sender, Code: src, Calldata: encode(`{}`)})
	if err == nil && res.Kind != hexec.Return {
		err = fmt.Errorf("deploy: %s\n%s", res.Line(), res.Stderr)
	}
	if err != nil {
		st.Close()
		os.RemoveAll(dir)
		return nil, err
	}
	return &fixture{c: c, st: st, addr: addr, rules: rules, dir: dir}, nil
}

// run runs the transaction as leader (leader nil) or as a validator of
// the leader's results.
func (f *fixture) run(leader [][]byte) (*hexec.Result, error) {
	n := &consensus.Node{LLM: &mock.LLM{Rules: f.rules.LLM}, Web: &mock.Web{Rules: f.rules.Web}}
	if leader != nil {
		n.Validate, n.Leader = true, leader
	}
	return f.c.Execute(context.Background(), &chain.Tx{Contract: f.addr, Sender: sender, Origin: sender,
		Calldata: encode(`{"method": "main"}`), Nondet: n})
}

func (f *fixture) leaderResults(tb testing.TB) [][]byte {
	res, err := f.run(nil)
	if err != nil {
		tb.Fatal(err)
	}
	if res.Kind != hexec.Return || len(res.NondetResults) != 3 {
		tb.Fatalf("leader: %s, %d results\n%s", res.Line(), len(res.NondetResults), res.Stderr)
	}
	return res.NondetResults
}

// python runs harness.py in mode with the results file path and returns
// its stdout and the wall time.
func python(tb testing.TB, mode, path string) (string, time.Duration) {
	tb.Helper()
	cmd, err := pyoracle.Command("testdata/harness.py", mode, path)
	if err != nil {
		tb.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	out, err := cmd.Output()
	d := time.Since(start)
	if err != nil {
		tb.Fatalf("harness.py %s: %v\n%s", mode, err, stderr.String())
	}
	return string(out), d
}

// checkPython checks the harness's output: the contract's line and the
// result.
func checkPython(tb testing.TB, mode, out string) {
	tb.Helper()
	body, res, ok := strings.Cut(out, "result: ")
	if !ok || body != wantStdout {
		tb.Fatalf("CPython %s output %q", mode, out)
	}
	var got []any
	if err := json.Unmarshal([]byte(res), &got); err != nil || !slices.Equal(got, wantResult) {
		tb.Fatalf("CPython %s result %q", mode, res)
	}
}

// TestAgree: both sides compute the same transaction, as leader and as
// validator, so the ratio compares the same work.
func TestAgree(t *testing.T) {
	pyoracle.Require(t)
	f := setup(t)
	leader := f.leaderResults(t)
	for _, l := range [][][]byte{nil, leader} {
		res, err := f.run(l)
		if err != nil {
			t.Fatal(err)
		}
		// [898, "Bullish", 7]: 1d (array of 3), 91 38 (898: 0x91 is not
		// UTF-8, printed \91; 0x38 is '8'), 3c "Bullish", 39 (7)
		want := "executed with `Return(\"" + `\x1d\918<Bullish9` + "\")`"
		if string(res.Stdout) != wantStdout || res.Line() != want {
			t.Errorf("validate=%v: %q %s\n%s", l != nil, res.Stdout, res.Line(), res.Stderr)
		}
	}
	path := filepath.Join(t.TempDir(), "leader.pkl")
	out, _ := python(t, "leader", path)
	checkPython(t, "leader", out)
	out, _ = python(t, "validator", path)
	checkPython(t, "validator", out)
}

// runs is how many times each side runs each transaction (the median is
// reported).
const runs = 9

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// TestRatio prints, from one run, the median latency of the transaction as
// leader and as validator, ours and GenVM-shaped CPython, and the ratios.
// Opt-in: GENVM_BENCH=1.
func TestRatio(t *testing.T) {
	if !pybench.Enabled() {
		t.Skip("set GENVM_BENCH=1 to run the benchmark comparison")
	}
	pyoracle.Require(t)
	f := setup(t)
	leader := f.leaderResults(t)
	path := filepath.Join(t.TempDir(), "leader.pkl")
	out, _ := python(t, "leader", path) // warm the page cache, write the results
	checkPython(t, "leader", out)

	var ours, py [2][]time.Duration
	for range runs {
		for i, l := range [][][]byte{nil, leader} {
			start := time.Now()
			res, err := f.run(l)
			ours[i] = append(ours[i], time.Since(start))
			if err != nil || res.Kind != hexec.Return {
				t.Fatalf("%v %v", err, res)
			}
		}
		for i, mode := range []string{"leader", "validator"} {
			out, d := python(t, mode, path)
			checkPython(t, mode, out)
			py[i] = append(py[i], d)
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "\nnondet transaction latency (median of %d, wall clock; load average %s)\n", runs, loadAvg())
	fmt.Fprintf(&sb, "%-10s %14s %22s %9s\n", "role", "genvm-go", "CPython GenVM-shaped", "speedup")
	for i, role := range []string{"leader", "validator"} {
		o, p := median(ours[i]), median(py[i])
		fmt.Fprintf(&sb, "%-10s %11.2f ms %19.2f ms %8.1fx\n", role,
			float64(o.Microseconds())/1000, float64(p.Microseconds())/1000, float64(p)/float64(o))
	}
	sb.WriteString("CPython: 1 + 3 fresh interpreters as leader, 1 + 5 as validator (see doc.go)\n")
	t.Log(sb.String())
}

func BenchmarkLeader(b *testing.B) {
	f := setup(b)
	b.ReportAllocs()
	for b.Loop() {
		if res, err := f.run(nil); err != nil || res.Kind != hexec.Return {
			b.Fatal(err, res)
		}
	}
}

func BenchmarkValidator(b *testing.B) {
	f := setup(b)
	leader := f.leaderResults(b)
	b.ReportAllocs()
	for b.Loop() {
		if res, err := f.run(leader); err != nil || res.Kind != hexec.Return {
			b.Fatal(err, res)
		}
	}
}
