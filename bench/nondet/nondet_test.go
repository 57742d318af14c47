package nondet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"os"
	osexec "os/exec"
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
	"github.com/genvm-go/genvm/rt/hostio"
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
	c           *chain.Chain
	art, server string // the artifact; a build of it serving many transactions
	st          *store.Store
	addr        address.Address
	rules       *mock.File
	dir         string
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
	b := codegen.NewTestBuilder("bench-nondet")
	a, err := b.Compile(ctx, src)
	if err != nil {
		return nil, err
	}
	srv, err := buildServer(ctx, b, src)
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
	return &fixture{c: c, art: a.Path, server: srv, st: st, addr: addr, rules: rules, dir: dir}, nil
}

// serveGo replaces hostio.Main in the server build (as bench/tx does):
// transactions one after another in one process, each started by one
// byte from the host.
const serveGo = `package main

import (
	"os"

	"github.com/genvm-go/genvm/rt/hostio"
)

func benchServe(c *hostio.Contract) {
	var start [1]byte
	for {
		if _, err := os.Stdin.Read(start[:]); err != nil {
			return
		}
		if hostio.Run(c, os.Stdin, os.Stdout, os.Stderr) != hostio.ExitOK {
			os.Exit(hostio.ExitProtocol)
		}
	}
}
`

func buildServer(ctx context.Context, b *codegen.Builder, src []byte) (string, error) {
	files, err := codegen.GenerateContract(src)
	if err != nil {
		return "", err
	}
	const entry = "func main() {\n\thostio.Main("
	mainGo := string(files["main.go"])
	if strings.Count(mainGo, entry) != 1 {
		return "", fmt.Errorf("the generated main.go has no single %q to replace", entry)
	}
	key, err := b.Key(ctx, []byte(string(src)+"\x00"+serveGo))
	if err != nil {
		return "", err
	}
	files["main.go"] = []byte(strings.Replace(mainGo, entry, "func main() {\n\tbenchServe(", 1))
	files["serve.go"] = []byte(serveGo)
	a, err := b.Build(ctx, key, files)
	if err != nil {
		return "", err
	}
	return a.Path, nil
}

// server is a running server build.
type server struct {
	cmd    *osexec.Cmd
	in     io.WriteCloser
	out    io.ReadCloser
	stderr bytes.Buffer
}

func startServer(tb testing.TB, path string) *server {
	s := &server{cmd: osexec.Command(path)}
	s.cmd.Env = []string{"GOGC=400"} // as host/exec.Run starts artifacts
	s.cmd.Stderr = &s.stderr
	var err error
	if s.in, err = s.cmd.StdinPipe(); err == nil {
		if s.out, err = s.cmd.StdoutPipe(); err == nil {
			err = s.cmd.Start()
		}
	}
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		s.in.Close()
		s.cmd.Wait()
	})
	return s
}

func (s *server) run(req *hexec.Request) *hexec.Result {
	if _, err := s.in.Write([]byte{1}); err != nil {
		return &hexec.Result{Kind: hexec.InternalError, Message: err.Error()}
	}
	return hexec.Serve(s.out, s.in, req)
}

// request is the transaction on the deployed state, led (leader nil) or
// validated; its writes are not applied, so every run does the same work.
func (f *fixture) request(leader [][]byte) *hexec.Request {
	n := &consensus.Node{LLM: &mock.LLM{Rules: f.rules.LLM}, Web: &mock.Web{Rules: f.rules.Web}}
	if leader != nil {
		n.Validate, n.Leader = true, leader
	}
	return &hexec.Request{
		Message: &hostio.Message{
			ContractAddress: f.addr, SenderAddress: sender, OriginAddress: sender,
			ChainID: new(big.Int), Value: new(big.Int), Datetime: chain.DefaultDatetime,
			EntryKind: hostio.EntryMain, EntryData: encode(`{"method": "main"}`),
		},
		State: f.st, Nondet: n,
	}
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

// python runs harness.py in mode with the results file path (and more
// arguments) and returns its stdout and the wall time.
func python(tb testing.TB, mode, path string, more ...string) (string, time.Duration) {
	tb.Helper()
	cmd, err := pyoracle.Command(append([]string{"testdata/harness.py", mode, path}, more...)...)
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
	srv := startServer(t, f.server)
	for round := range 2 {
		for _, l := range [][][]byte{nil, leader} {
			p, err := hexec.Run(context.Background(), f.art, f.request(l))
			if err != nil {
				t.Fatal(err)
			}
			s := srv.run(f.request(l))
			if s.Kind != hexec.Return || s.Line() != p.Line() || !bytes.Equal(s.Stdout, p.Stdout) ||
				len(s.NondetResults) != len(p.NondetResults) || len(s.Writes) != len(p.Writes) {
				t.Errorf("round %d validate=%v: served %s %q, process %s %q\n%s", round, l != nil,
					s.Line(), s.Stdout, p.Line(), p.Stdout, srv.stderr.String())
			}
		}
	}
	path := filepath.Join(t.TempDir(), "leader.pkl")
	out, _ := python(t, "leader", path)
	checkPython(t, "leader", out)
	out, _ = python(t, "validator", path)
	checkPython(t, "validator", out)
	for _, mode := range []string{"leader", "validator"} {
		p := path
		if mode == "leader" {
			p = filepath.Join(t.TempDir(), "warm.pkl")
		}
		out, _ = python(t, mode, p, "--warm", "1")
		rest, _, ok := strings.Cut(out, "ns: ")
		if !ok {
			t.Fatalf("--warm output %q", out)
		}
		checkPython(t, mode+" --warm", rest)
	}
}

// runs is how many times each side runs each transaction (the median is
// reported).
const runs = 9

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

	srv := startServer(t, f.server)
	var ours, served, py [2][]time.Duration
	for range runs {
		for i, l := range [][][]byte{nil, leader} {
			req := f.request(l)
			start := time.Now()
			res, err := hexec.Run(context.Background(), f.art, req)
			ours[i] = append(ours[i], time.Since(start))
			if err != nil || res.Kind != hexec.Return {
				t.Fatalf("%v %v", err, res)
			}
			req = f.request(l)
			start = time.Now()
			res = srv.run(req)
			served[i] = append(served[i], time.Since(start))
			if res.Kind != hexec.Return {
				t.Fatalf("served: %s", res.Line())
			}
		}
		for i, mode := range []string{"leader", "validator"} {
			out, d := python(t, mode, path)
			checkPython(t, mode, out)
			py[i] = append(py[i], d)
		}
	}
	var warm [2]time.Duration
	for i, mode := range []string{"leader", "validator"} {
		p := path
		if mode == "leader" {
			p = filepath.Join(t.TempDir(), "warm.pkl")
		}
		out, _ := python(t, mode, p, "--warm", "50")
		rest, ns, ok := strings.Cut(out, "ns: ")
		checkPython(t, mode+" --warm", rest)
		var n int64
		if _, err := fmt.Sscan(ns, &n); !ok || err != nil {
			t.Fatalf("--warm output %q", out)
		}
		warm[i] = time.Duration(n)
	}
	msf := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	var sb strings.Builder
	fmt.Fprintf(&sb, "\nnondet transaction latency (median of %d, wall clock; load average %s)\n", runs, pybench.LoadAvg())
	fmt.Fprintf(&sb, "%-10s %12s %16s %8s %14s %16s %8s\n", "role", "genvm-go", "CPython fresh", "speedup",
		"genvm-go warm", "CPython warm", "speedup")
	for i, role := range []string{"leader", "validator"} {
		o, p, sv := pybench.Median(ours[i]), pybench.Median(py[i]), pybench.Median(served[i])
		fmt.Fprintf(&sb, "%-10s %9.2f ms %13.2f ms %7.1fx %11.3f ms %13.3f ms %7.1fx\n", role,
			msf(o), msf(p), float64(p)/float64(o), msf(sv), msf(warm[i]), float64(warm[i])/float64(sv))
	}
	sb.WriteString("genvm-go: a fresh artifact process per transaction (host/exec.Run), blocks in-process as sub-VMs\n")
	sb.WriteString("CPython fresh: GenVM's shape, 1 + 3 fresh interpreters as leader, 1 + 5 as validator\n")
	sb.WriteString("genvm-go warm: the same artifact code serving transactions one after another (no process start)\n")
	sb.WriteString("CPython warm: one interpreter, 50 transactions, blocks in-process with the same pickle round trip (no interpreter start)\n")
	t.Log(sb.String())
}

func benchProcess(b *testing.B, validate bool) {
	f := setup(b)
	var leader [][]byte
	if validate {
		leader = f.leaderResults(b)
	}
	b.ReportAllocs()
	for b.Loop() {
		if res, err := hexec.Run(context.Background(), f.art, f.request(leader)); err != nil || res.Kind != hexec.Return {
			b.Fatal(err, res)
		}
	}
}

func benchServe(b *testing.B, validate bool) {
	f := setup(b)
	var leader [][]byte
	if validate {
		leader = f.leaderResults(b)
	}
	srv := startServer(b, f.server)
	b.ReportAllocs()
	for b.Loop() {
		if res := srv.run(f.request(leader)); res.Kind != hexec.Return {
			b.Fatal(res.Line())
		}
	}
}

// BenchmarkLeaderProcess: the transaction as leader, a fresh artifact
// process per transaction.
func BenchmarkLeaderProcess(b *testing.B) { benchProcess(b, false) }

// BenchmarkValidatorProcess: the transaction as validator of the leader's
// results, a fresh artifact process per transaction.
func BenchmarkValidatorProcess(b *testing.B) { benchProcess(b, true) }

// BenchmarkLeaderServe: as leader, without the process start.
func BenchmarkLeaderServe(b *testing.B) { benchServe(b, false) }

// BenchmarkValidatorServe: as validator, without the process start.
func BenchmarkValidatorServe(b *testing.B) { benchServe(b, true) }
