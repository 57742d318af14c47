package exec_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/storage"
)

var counterPath string

// TestMain builds the hand-written counter artifact once for the package.
func TestMain(m *testing.M) {
	dir := codegen.TestCacheDir()
	code := func() int {
		src, err := os.ReadFile("../testdata/counter/main.go")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		b := codegen.NewBuilder(dir, "test")
		b.Verify = false // the verifier has its own tests
		ctx := context.Background()
		key, err := b.Key(ctx, src)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		a, err := b.Build(ctx, key, map[string][]byte{"main.go": src})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		counterPath = a.Path
		return m.Run()
	}()
	os.Exit(code)
}

// memState is an in-memory chain state for one contract.
type memState struct {
	slots *storage.MemStore
	addr  address.Address
}

func (s *memState) ReadSlot(a address.Address, slot storage.SlotID, off uint32, dst []byte) error {
	if a != s.addr {
		clear(dst)
		return nil
	}
	return s.slots.Read(slot, off, dst)
}

func (s *memState) Balance(address.Address) (*big.Int, error) { return big.NewInt(1000), nil }

func (s *memState) apply(ws []exec.Write) {
	for _, w := range ws {
		s.slots.Write(w.Slot, w.Off, w.Data)
	}
}

var (
	contractAddr = address.Address{1}
	senderAddr   = address.Address{2}
)

func message(t testing.TB, readable string, init bool, value int64) *hostio.Message {
	t.Helper()
	v, err := calldata.ParseReadable(readable)
	if err != nil {
		t.Fatal(err)
	}
	return &hostio.Message{
		ContractAddress: contractAddr, SenderAddress: senderAddr, OriginAddress: senderAddr,
		ChainID: big.NewInt(0), Value: big.NewInt(value), IsInit: init,
		Datetime: "2024-11-26T06:42:42.424242Z", EntryData: calldata.MustEncode(v),
	}
}

func run(t *testing.T, st *memState, readable string, init bool, value int64) *exec.Result {
	t.Helper()
	res, err := exec.Run(context.Background(), counterPath, &exec.Request{
		Message: message(t, readable, init, value), State: st, Fuel: 50_000_000, Memory: 64 << 20,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Kind == exec.Return {
		st.apply(res.Writes)
	}
	return res
}

func deployed(t *testing.T) *memState {
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	res := run(t, st, `{"args":[40]}`, true, 0)
	if got := string(res.Stdout) + res.Line(); got != "init 40\nexecuted with `Return(\"\\x00\")`" {
		t.Fatalf("deploy: %q (stderr %s)", got, res.Stderr)
	}
	return st
}

func TestTransactions(t *testing.T) {
	st := deployed(t)
	cases := []struct {
		calldata string
		value    int64
		stdout   string
		line     string
		stderr   string // substring
		count    uint64 // stored count afterwards
	}{
		{`{"method":"get"}`, 0, "", "executed with `Return(\"\\c1\\x02\")`", "", 40},
		{`{"method":"inc","args":[2]}`, 0, "inc 2\n", "executed with `Return(\"\\d1\\x02\")`", "", 42},
		{`{"method":"fail"}`, 0, "failing\n", "executed with `VMError(\"exit_code 1\")`",
			"Traceback (most recent call last):\n  File \"/contract.py\", line 12, in fail\nValueError: boom\n", 42},
		{`{"method":"rollback","args":["no \"way\""]}`, 0, "", "executed with `UserError(\"no \\\"way\\\"\")`", "", 42},
		{`{"method":"immediate","args":["now"]}`, 0, "", "executed with `UserError(\"now\")`", "", 42},
		{`{"method":"quit","args":[3]}`, 0, "", "executed with `VMError(\"exit_code 3\")`", "", 42},
		{`{"method":"quit","args":[0]}`, 0, "", "executed with `Return(\"\\x00\")`", "", 5},
		{`{"method":"#get-schema"}`, 0, "", "executed with `Return(\"\\ec\\x07{\"ctor\":{\"params\":[[\"start\",\"int\"]],\"kwparams\":{}},\"methods\":{\"get\":{\"params\":[],\"kwparams\":{},\"readonly\":true,\"ret\":\"int\"}}}\")`", "", 5},
		{`{"method":"pay"}`, 7, "", "executed with `Return(\"9\")`", "", 5},
		{`{"method":"inc","args":[1]}`, 7, "", "executed with `VMError(\"exit_code 1\")`", "ValueError: called non-payable method `<function Counter.inc> with non-zero value`", 5},
		{`{"method":"helper"}`, 0, "", "executed with `VMError(\"exit_code 1\")`", "ValueError: call to private method `<function Counter.helper>`", 5},
		{`{"method":"__init__"}`, 0, "", "executed with `VMError(\"exit_code 1\")`", "ValueError: calls to methods that start with __ is forbidden", 5},
		{`{"method":"#nope"}`, 0, "", "executed with `VMError(\"exit_code 1\")`", "ValueError: unknown special method #nope", 5},
		{`{"method":"nosuch","args":[1]}`, 0, "", "executed with `Return(\"\\x154nosuch\\x0d\\x09\")`", "", 5},
		{`{}`, 0, "", "executed with `Return(\"\\x15\\x04\\x05\")`", "", 5},
		{`[1]`, 0, "", "executed with `VMError(\"exit_code 1\")`", "TypeError: invalid calldata, expected dict got `list`", 5},
		{`{"method":"#error"}`, 0, "", "executed with `Return(\"\\x00\")`", "", 5},
		{`{"method":"spin"}`, 0, "", "executed with `VMError(\"timeout\")`", "", 5},
		{`{"method":"hog"}`, 0, "", "executed with `VMError(\"OOM\")`", "", 5},
		{`{"method":"recurse"}`, 0, "", "executed with `VMError(\"exit_code 1\")`", "RecursionError: maximum recursion depth exceeded", 5},
		{`{"method":"locked"}`, 0, "", "executed with `VMError(\"exit_code 1\")`", "SystemError: 6: forbidden", 5},
	}
	for _, c := range cases {
		res := run(t, st, c.calldata, false, c.value)
		if got := string(res.Stdout); got != c.stdout {
			t.Errorf("%s: stdout %q, want %q", c.calldata, got, c.stdout)
		}
		if got := res.Line(); got != c.line {
			t.Errorf("%s: line %s\nwant %s\nstderr: %s", c.calldata, got, c.line, res.Stderr)
		}
		if !strings.Contains(string(res.Stderr), c.stderr) {
			t.Errorf("%s: stderr %q lacks %q", c.calldata, res.Stderr, c.stderr)
		}
		if res.Kind != exec.Return && res.Writes != nil {
			t.Errorf("%s: writes on %v", c.calldata, res.Kind)
		}
		var buf [8]byte
		st.slots.Read(storage.RootSlot.Indirect(0), 0, buf[:])
		got := uint64(0)
		for i := 7; i >= 0; i-- {
			got = got<<8 | uint64(buf[i])
		}
		if got != c.count {
			t.Errorf("%s: count %d after, want %d", c.calldata, got, c.count)
		}
	}
}

// TestDeterministic runs the same transaction twice in fresh processes and
// compares everything the host sees.
func TestDeterministic(t *testing.T) {
	a, b := deployed(t), deployed(t)
	ra := run(t, a, `{"method":"inc","args":[5]}`, false, 0)
	rb := run(t, b, `{"method":"inc","args":[5]}`, false, 0)
	if fmt.Sprint(ra.Writes, ra.Line(), string(ra.Stdout)) != fmt.Sprint(rb.Writes, rb.Line(), string(rb.Stdout)) {
		t.Fatalf("runs differ:\n%v\n%v", ra, rb)
	}
	if len(ra.Writes) != 1 || ra.Writes[0].Off != 0 || len(ra.Writes[0].Data) != 8 {
		t.Fatalf("writes %v", ra.Writes)
	}
}

// TestMisbehavingArtifacts: a crash, garbage frames, an oversized frame
// and an early exit end in an InternalError without writes.
func TestMisbehavingArtifacts(t *testing.T) {
	dir := t.TempDir()
	script := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	st := &memState{slots: storage.NewMemStore(), addr: contractAddr}
	for _, c := range []struct{ name, body, want string }{
		{"exit", "exit 2", "ended without reporting a result"},
		{"garbage", "printf 'ab'", "truncated length prefix"},
		{"huge", `printf '\377\377\377\177'`, "exceeds the limit"},
		{"empty", `printf '\000\000\000\000'`, "empty frame"},
		{"badop", `printf '\001\000\000\000\011'; cat >/dev/null`, "unknown request op(9)"},
		{"badpayload", `printf '\002\000\000\000\001\377'; cat >/dev/null`, "storage_read request"},
	} {
		res, err := exec.Run(context.Background(), script(c.name, c.body), &exec.Request{
			Message: message(t, `{}`, false, 0), State: st, Timeout: 5 * time.Second,
		})
		if err != nil {
			t.Fatal(err)
		}
		if res.Kind != exec.InternalError || !strings.Contains(res.Message, c.want) || res.Writes != nil {
			t.Errorf("%s: %v %q", c.name, res.Kind, res.Message)
		}
		if res.Line() != "executed with `InternalError(\"\")`" {
			t.Errorf("%s: line %s", c.name, res.Line())
		}
	}
	res, err := exec.Run(context.Background(), script("hang", "sleep 10"), &exec.Request{
		Message: message(t, `{}`, false, 0), State: st, Timeout: 200 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Line() != "executed with `VMError(\"timeout\")`" {
		t.Errorf("hang: %s", res.Line())
	}
}

// TestProcessMemoryCap: an artifact that allocates past the process cap
// before its logical budget runs out ends in VMError("OOM") too.
func TestProcessMemoryCap(t *testing.T) {
	st := deployed(t)
	res, err := exec.Run(context.Background(), counterPath, &exec.Request{
		Message: message(t, `{"method":"hog"}`, false, 0), State: st,
		Fuel: 1 << 40, Memory: 1 << 40, MaxProcessMemory: 200 << 20,
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Line() != "executed with `VMError(\"OOM\")`" || res.Writes != nil {
		t.Fatalf("%s %q\n%.600s", res.Line(), res.Message, res.Stderr)
	}
}
