package tx_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"os"
	osexec "os/exec"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/host/chain"
	hexec "github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// txs are the benchmarked transactions, in readable calldata (the CPython
// harness encodes the same maps).
var txs = []struct{ name, calldata string }{
	{"view", `{"method":"get_n","args":[]}`},
	{"fill", `{"method":"fill","args":[1000,100]}`},
}

var sender = address.Address{2}

// fixture is built once per test binary: the contract's artifact, a server
// build of the same code, and a state with the contract deployed and 1000
// keys in its TreeMap.
type fixture struct {
	art, server string
	st          *store.Store
	addr        address.Address
}

var (
	fixOnce sync.Once
	fix     *fixture
	fixErr  error
	workDir string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if fix != nil {
		fix.st.Close()
	}
	if workDir != "" {
		os.RemoveAll(workDir)
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

// serveGo replaces hostio.Main in the server build: transactions one after
// another in one process, each started by one byte from the host (so that
// no frame of the next transaction is ever read by the previous one's
// host). At the end it reports its allocations on stderr.
const serveGo = `package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"

	"github.com/genvm-go/genvm/rt/hostio"
)

func benchServe(c *hostio.Contract) {
	if p := os.Getenv("BENCH_CPUPROFILE"); p != "" {
		if f, err := os.Create(p); err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	var start [1]byte
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for {
		if _, err := os.Stdin.Read(start[:]); err != nil {
			break
		}
		if hostio.Run(c, os.Stdin, os.Stdout, os.Stderr) != hostio.ExitOK {
			os.Exit(hostio.ExitProtocol)
		}
		n++
	}
	runtime.ReadMemStats(&after)
	fmt.Fprintf(os.Stderr, "served %d %d %d\n", n, after.Mallocs-before.Mallocs, after.TotalAlloc-before.TotalAlloc)
}
`

func build(ctx context.Context) (*fixture, error) {
	src, err := os.ReadFile("testdata/bench.py")
	if err != nil {
		return nil, err
	}
	b := codegen.NewTestBuilder("bench-tx")
	a, err := b.Compile(ctx, src)
	if err != nil {
		return nil, err
	}
	files, err := codegen.GenerateContract(src)
	if err != nil {
		return nil, err
	}
	const entry = "func main() {\n\thostio.Main("
	mainGo := string(files["main.go"])
	if strings.Count(mainGo, entry) != 1 {
		return nil, fmt.Errorf("the generated main.go has no single %q to replace", entry)
	}
	key, err := b.Key(ctx, []byte(string(src)+"\x00"+serveGo))
	if err != nil {
		return nil, err
	}
	srv, err := b.Build(ctx, key, map[string][]byte{
		"main.go":  []byte(strings.Replace(mainGo, entry, "func main() {\n\tbenchServe(", 1)),
		"serve.go": []byte(serveGo),
	})
	if err != nil {
		return nil, err
	}
	if workDir, err = os.MkdirTemp("", "bench-tx-"); err != nil {
		return nil, err
	}
	st, err := store.Open(workDir)
	if err != nil {
		return nil, err
	}
	c := &chain.Chain{Store: st, Resolve: func(context.Context, []byte) (string, error) { return a.Path, nil }}
	addr, res, err := c.Deploy(ctx, &chain.Tx{Sender: sender, Origin: sender, Code: src, Calldata: encode(`{"args":[]}`)})
	if err == nil && res.Kind == hexec.Return {
		res, err = c.Execute(ctx, &chain.Tx{Contract: addr, Sender: sender, Origin: sender,
			Calldata: encode(`{"method":"fill","args":[0,1000]}`)})
	}
	if err != nil || res.Kind != hexec.Return {
		st.Close()
		if err == nil {
			err = fmt.Errorf("preparing the state: %s\n%s", res.Line(), res.Stderr)
		}
		return nil, err
	}
	return &fixture{art: a.Path, server: srv.Path, st: st, addr: addr}, nil
}

// request is a transaction on the prepared state; its writes are never
// applied, so every run of it does the same work.
func (f *fixture) request(cd string) *hexec.Request {
	return &hexec.Request{
		Message: &hostio.Message{
			ContractAddress: f.addr, SenderAddress: sender, OriginAddress: sender,
			ChainID: new(big.Int), Value: new(big.Int), Datetime: chain.DefaultDatetime,
			EntryKind: hostio.EntryMain, EntryData: encode(cd),
		},
		State: f.st,
	}
}

// server is a running server build.
type server struct {
	cmd    *osexec.Cmd
	in     io.WriteCloser
	out    io.ReadCloser
	stderr bytes.Buffer
}

func startServer(path string) (*server, error) {
	s := &server{cmd: osexec.Command(path)}
	s.cmd.Env = []string{"GOGC=400"} // as host/exec.Run starts artifacts
	if p := os.Getenv("BENCH_CPUPROFILE"); p != "" {
		s.cmd.Env = append(s.cmd.Env, "BENCH_CPUPROFILE="+p) // the served transactions' CPU profile
	}
	s.cmd.Stderr = &s.stderr
	var err error
	if s.in, err = s.cmd.StdinPipe(); err != nil {
		return nil, err
	}
	if s.out, err = s.cmd.StdoutPipe(); err != nil {
		return nil, err
	}
	return s, s.cmd.Start()
}

func (s *server) run(req *hexec.Request) *hexec.Result {
	if _, err := s.in.Write([]byte{1}); err != nil {
		return &hexec.Result{Kind: hexec.InternalError, Message: err.Error()}
	}
	return hexec.Serve(s.out, s.in, req)
}

// stop ends the server and returns its transaction count and allocations.
func (s *server) stop() (txs, mallocs, allocBytes uint64, err error) {
	s.in.Close()
	if err := s.cmd.Wait(); err != nil {
		return 0, 0, 0, fmt.Errorf("server: %v\n%s", err, s.stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(s.stderr.String()), "\n")
	_, err = fmt.Sscanf(lines[len(lines)-1], "served %d %d %d", &txs, &mallocs, &allocBytes)
	return txs, mallocs, allocBytes, err
}

// peakRSS runs one transaction in a fresh server process and returns the
// process's peak resident set size in KiB (Linux: VmHWM, read while it
// waits for a next transaction; 0 elsewhere). The rusage of an ended child
// would not do: Linux folds the peak of the pre-exec image, the parent's
// memory shared through vfork, into it.
func peakRSS(path string, req *hexec.Request) (int64, error) {
	srv, err := startServer(path)
	if err != nil {
		return 0, err
	}
	res := srv.run(req)
	kib := vmHWM(srv.cmd.Process.Pid)
	if _, _, _, err := srv.stop(); err != nil {
		return 0, err
	}
	if res.Kind != hexec.Return {
		return 0, fmt.Errorf("%s\n%s", res.Line(), res.Stderr)
	}
	return kib, nil
}

// vmHWM reads the peak RSS of a live process from /proc (KiB; 0 if
// unavailable).
func vmHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kib int64
			fmt.Sscanf(strings.TrimSpace(rest), "%d", &kib)
			return kib
		}
	}
	return 0
}

// TestPathsAgree: both ways of running the benchmark transactions give the
// same result, prints and writes, and the results are the contract's.
func TestPathsAgree(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the benchmark contract")
	}
	f := setup(t)
	srv, err := startServer(f.server)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"view": "executed with `Return(\"\\c1>\")`", // 1000: ULEB128 of 1000<<3 | 1 is c1 3e
		"fill": "executed with `Return(\"\\x00\")`",
	}
	for round := range 2 {
		for _, tx := range txs {
			req := f.request(tx.calldata)
			p, err := hexec.Run(context.Background(), f.art, req)
			if err != nil {
				t.Fatal(err)
			}
			s := srv.run(req)
			if p.Line() != want[tx.name] {
				t.Errorf("%s: %s\n%s", tx.name, p.Line(), p.Stderr)
			}
			if s.Kind != p.Kind || !bytes.Equal(s.Data, p.Data) || !bytes.Equal(s.Stdout, p.Stdout) || !reflect.DeepEqual(s.Writes, p.Writes) {
				t.Errorf("round %d %s: served %s, %d writes; process %s, %d writes", round, tx.name, s.Line(), len(s.Writes), p.Line(), len(p.Writes))
			}
			if tx.name == "fill" && len(p.Writes) < 100 {
				t.Errorf("fill: only %d writes", len(p.Writes))
			}
		}
	}
	if n, _, _, err := srv.stop(); err != nil || n != 2*uint64(len(txs)) {
		t.Fatalf("server served %d transactions: %v", n, err)
	}
}

func benchProcess(b *testing.B, cd string) {
	f := setup(b)
	req := f.request(cd)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		res, err := hexec.Run(ctx, f.art, req)
		if err != nil || res.Kind != hexec.Return {
			b.Fatal(err, res.Line())
		}
	}
}

func benchServe(b *testing.B, cd string) {
	f := setup(b)
	req := f.request(cd)
	srv, err := startServer(f.server)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if res := srv.run(req); res.Kind != hexec.Return {
			b.Fatal(res.Line())
		}
	}
	b.StopTimer()
	n, mallocs, allocBytes, err := srv.stop()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(mallocs)/float64(n), "artifact-allocs/op")
	b.ReportMetric(float64(allocBytes)/float64(n), "artifact-B/op")
}

// BenchmarkViewProcess: a trivial view call (one u256 read), a fresh
// artifact process per transaction (host/exec.Run).
func BenchmarkViewProcess(b *testing.B) { benchProcess(b, txs[0].calldata) }

// BenchmarkViewServe: the same view call without the process start.
func BenchmarkViewServe(b *testing.B) { benchServe(b, txs[0].calldata) }

// BenchmarkFillProcess: 100 inserts into a TreeMap[str, u256] of 1000
// keys, a fresh artifact process per transaction.
func BenchmarkFillProcess(b *testing.B) { benchProcess(b, txs[1].calldata) }

// BenchmarkFillServe: the same write without the process start.
func BenchmarkFillServe(b *testing.B) { benchServe(b, txs[1].calldata) }
