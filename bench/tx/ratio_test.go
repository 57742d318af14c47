package tx_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	hexec "github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/internal/pybench"
	"github.com/genvm-go/genvm/internal/pyoracle"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/storage"
)

// sdkFiles are the GenVM SDK files testdata/sdk_bench.py runs (its header
// names their commits).
var sdkFiles = []string{
	"genlayer/py/calldata.py",
	"genlayer/py/storage/core.py",
	"genlayer/py/storage/desc_base_types.py",
	"genlayer/py/storage/desc_record.py",
	"genlayer/py/storage/generate.py",
	"genlayer/py/storage/tree_map.py",
	"genlayer/py/storage/vec.py",
}

// freshRuns is how many fresh CPython processes are timed per transaction
// (the median is reported).
const freshRuns = 15

type pyWarm struct {
	NS           float64 `json:"ns"`
	Result       string  `json:"result"`
	Digest       []int64 `json:"digest"`
	SlotsWritten int     `json:"slots_written"`
}

type pyOnce struct {
	TxNS    int64  `json:"tx_ns"`
	SetupNS int64  `json:"setup_ns"`
	Result  string `json:"result"`
	RSSKiB  int64  `json:"rss_kb"`
}

func ms(ns float64) string { return fmt.Sprintf("%.3f ms", ns/1e6) }

// TestRatio prints, from one run, the per-transaction latency of the bench
// contract's transactions on our paths and under GenVM's SDK in CPython
// 3.13, with the ratios; and the peak RSS of one artifact process and of
// one CPython process. Opt-in: GENVM_BENCH=1, GENVM_SDK=<SDK root>.
func TestRatio(t *testing.T) {
	if !pybench.Enabled() {
		t.Skip("set GENVM_BENCH=1 (and GENVM_SDK) to run the benchmark comparison")
	}
	pyoracle.Require(t)
	sdk := os.Getenv("GENVM_SDK")
	if sdk == "" {
		t.Fatal("GENVM_SDK must name a directory holding the GenVM SDK files listed in testdata/sdk_bench.py")
	}
	for _, f := range sdkFiles {
		if _, err := os.Stat(filepath.Join(sdk, f)); err != nil {
			t.Fatalf("GENVM_SDK=%s lacks %s (see testdata/sdk_bench.py for the files and commits)", sdk, f)
		}
	}
	load := pybench.LoadAvg()
	f := setup(t)

	// CPython, warm interpreter: every transaction timed in one process.
	state := filepath.Join(t.TempDir(), "state.marshal")
	cmd, err := pyoracle.Command("testdata/sdk_bench.py", sdk, "warm", state)
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("sdk_bench.py warm: %v\n%s", err, stderr.String())
	}
	var warm map[string]json.RawMessage
	if err := json.Unmarshal(out, &warm); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	py := map[string]pyWarm{}
	for _, tx := range txs {
		var w pyWarm
		if err := json.Unmarshal(warm[tx.name], &w); err != nil {
			t.Fatal(err)
		}
		py[tx.name] = w
	}
	if d := py["fill"].Digest; !slices.Equal(d, []int64{1100, 1100, 0, 1099}) {
		t.Fatalf("the SDK harness's fill left %v, want [1100 1100 0 1099]", d)
	}

	// CPython, a fresh interpreter per transaction (start, SDK imports,
	// storage descriptors, state load, the transaction), timed from here.
	fresh := map[string]time.Duration{}
	freshSetup, freshTx := map[string]time.Duration{}, map[string]time.Duration{}
	var pyRSS int64
	for _, tx := range txs {
		var walls, setups, inner []time.Duration
		for range freshRuns {
			cmd, err := pyoracle.Command("testdata/sdk_bench.py", sdk, "once", state, tx.name)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			out, err := cmd.Output()
			walls = append(walls, time.Since(start))
			if err != nil {
				t.Fatalf("sdk_bench.py once %s: %v", tx.name, err)
			}
			var o pyOnce
			if err := json.Unmarshal(out, &o); err != nil {
				t.Fatal(err)
			}
			if o.Result != py[tx.name].Result {
				t.Fatalf("%s: fresh interpreter returned %s, warm %s", tx.name, o.Result, py[tx.name].Result)
			}
			setups = append(setups, time.Duration(o.SetupNS))
			inner = append(inner, time.Duration(o.TxNS))
			pyRSS = max(pyRSS, o.RSSKiB)
		}
		fresh[tx.name], freshSetup[tx.name], freshTx[tx.name] = pybench.Median(walls), pybench.Median(setups), pybench.Median(inner)
	}
	var bare []time.Duration
	for range freshRuns {
		cmd, err := pyoracle.Command("-c", "pass")
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		if err := cmd.Run(); err != nil {
			t.Fatal(err)
		}
		bare = append(bare, time.Since(start))
	}

	// Ours: same transactions, results checked against the SDK's.
	type goRow struct {
		process, serve               testing.BenchmarkResult
		artifactAllocs, artifactByte float64
	}
	rows := map[string]goRow{}
	reads := map[string]int{}
	for _, tx := range txs {
		req := f.request(tx.calldata)
		counted := &countingState{State: req.State}
		req.State = counted
		res, err := hexec.Run(t.Context(), f.art, req)
		if err != nil {
			t.Fatal(err)
		}
		reads[tx.name] = counted.reads
		if got := hex.EncodeToString(res.Data); got != py[tx.name].Result {
			t.Fatalf("%s: we return %s (%s), the SDK %s", tx.name, got, res.Line(), py[tx.name].Result)
		}
		r := goRow{
			process: testing.Benchmark(func(b *testing.B) { benchProcess(b, tx.calldata) }),
			serve:   testing.Benchmark(func(b *testing.B) { benchServe(b, tx.calldata) }),
		}
		r.artifactAllocs = r.serve.Extra["artifact-allocs/op"]
		r.artifactByte = r.serve.Extra["artifact-B/op"]
		rows[tx.name] = r
	}
	rss, err := peakRSS(f.server, f.request(txs[1].calldata))
	if err != nil {
		t.Fatal(err)
	}

	var sb strings.Builder
	fmt.Fprintf(&sb, "\nper-transaction latency, %s/%s, %d CPUs, load average before the run %s, after %s\n",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), load, pybench.LoadAvg())
	fmt.Fprintf(&sb, "view = get_n() (one u256 read); fill = 100 inserts into a TreeMap[str, u256] of 1000 keys\n\n")
	fmt.Fprintf(&sb, "%-5s | %-12s %-12s | %-12s %-12s | %-8s %-8s\n", "tx", "ours", "ours", "CPython", "CPython", "speedup", "speedup")
	fmt.Fprintf(&sb, "%-5s | %-12s %-12s | %-12s %-12s | %-8s %-8s\n", "", "process", "no start", "fresh", "warm", "A", "B")
	for _, tx := range txs {
		r := rows[tx.name]
		p := float64(r.process.NsPerOp())
		s := float64(r.serve.NsPerOp())
		fr := float64(fresh[tx.name].Nanoseconds())
		w := py[tx.name].NS
		fmt.Fprintf(&sb, "%-5s | %-12s %-12s | %-12s %-12s | %7.1fx %7.1fx\n", tx.name, ms(p), ms(s), ms(fr), ms(w), fr/p, w/s)
	}
	fmt.Fprintf(&sb, `
columns:
  ours, process   a fresh artifact process per transaction, served by host/exec.Run, state read from bbolt (the real path)
  ours, no start  the same artifact code kept running, each transaction served by host/exec.Serve over its pipes
  CPython, fresh  a fresh python3.13 per transaction, as GenVM starts a fresh interpreter: start + SDK imports +
                  storage descriptors + state load + the transaction (median of %d, wall clock)
  CPython, warm   the transaction alone in a warm interpreter (best of 3 batches): GenVM's SDK storage and calldata
                  code over an in-memory slot store, no host round trips, no WebAssembly (a lower bound of GenVM)
  speedup A       CPython fresh / ours process (transaction including start-up, both sides)
  speedup B       CPython warm / ours no start (the transaction alone; ours still pays a host round trip per
                  storage page, the harness none)
CPython start-up alone: bare "python3.13 -c pass" %s; with the SDK imports and descriptors (setup inside the
fresh process, before the transaction; medians): view %s, fill %s; the transaction inside the fresh process: view
%s, fill %s
`, freshRuns, ms(float64(pybench.Median(bare))), ms(float64(freshSetup["view"])), ms(float64(freshSetup["fill"])),
		ms(float64(freshTx["view"])), ms(float64(freshTx["fill"])))
	fmt.Fprintf(&sb, "host round trips for storage reads (128-byte pages, cached per transaction): view %d, fill %d\n",
		reads["view"], reads["fill"])
	fmt.Fprintf(&sb, "\nmemory (-benchmem):\n")
	for _, tx := range txs {
		r := rows[tx.name]
		fmt.Fprintf(&sb, "  %-5s host side per transaction: process %d allocs %d B, no start %d allocs %d B; artifact side %.0f allocs %.0f B\n",
			tx.name, r.process.AllocsPerOp(), r.process.AllocedBytesPerOp(), r.serve.AllocsPerOp(), r.serve.AllocedBytesPerOp(),
			r.artifactAllocs, r.artifactByte)
	}
	fmt.Fprintf(&sb, "  peak RSS (VmHWM) of one artifact process after the fill: %d KiB; of one fresh CPython process (SDK harness): %d KiB\n", rss, pyRSS)
	t.Log(sb.String())
}

// countingState counts the storage reads the host serves.
type countingState struct {
	hexec.State
	reads int
}

func (c *countingState) ReadSlot(a address.Address, id storage.SlotID, off uint32, dst []byte) error {
	c.reads++
	return c.State.ReadSlot(a, id, off, dst)
}
