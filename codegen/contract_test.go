package codegen_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
)

func cd(t *testing.T, s string) []byte {
	v, err := calldata.ParseReadable(s)
	if err != nil {
		t.Fatal(err)
	}
	return calldata.MustEncode(v)
}

// TestContractCounter compiles a Python contract with storage fields
// (sized int, Address, DynArray, TreeMap), deploys it on the local chain
// and calls its methods through the host protocol.
func TestContractCounter(t *testing.T) {
	ctx, sender := context.Background(), testSender
	c, addr, res := deployFile(t, "counter.py", `{"args":[5]}`)
	if got := string(res.Stdout) + res.Line(); got != "init 5\nexecuted with `Return(\"\\x00\")`" {
		t.Fatalf("deploy: %q\n%s", got, res.Stderr)
	}
	call := func(readable string, view bool) string {
		value := int64(0)
		if readable == `{"method":"pay"}` {
			value = 25
		}
		res, err := c.Execute(ctx, &chain.Tx{Contract: addr, Sender: sender, Origin: sender,
			Calldata: cd(t, readable), Value: big.NewInt(value), View: view})
		if err != nil {
			t.Fatal(err)
		}
		return string(res.Stdout) + res.Line()
	}
	for _, tc := range []struct{ cd, want string }{
		{`{"method":"inc","args":[4]}`, "inc 4\nexecuted with `Return(\"I\")`"},
		{`{"method":"get"}`, "executed with `Return(\"I\")`"},
		{`{"method":"add_name","args":["bob"]}`, "executed with `Return(\"\\x00\")`"},
		{`{"method":"add_name","args":["al"]}`, "executed with `Return(\"\\x00\")`"},
		{`{"method":"fail"}`, "executed with `VMError(\"exit_code 1\")`"},
		{`{"method":"rollback","args":["no"]}`, "executed with `UserError(\"no\")`"},
		{`{"method":"get"}`, "executed with `Return(\"I\")`"},
		// a write method's balance includes the value it received (25,
		// then 25 more: features.md, value transfers)
		{`{"method":"pay"}`, "executed with `Return(\"\\c9\\x01\")`"},
		{`{"method":"pay"}`, "executed with `Return(\"\\91\\x03\")`"},
	} {
		if got := call(tc.cd, false); got != tc.want {
			t.Errorf("%s: got %q want %q", tc.cd, got, tc.want)
		}
	}
	res, err := c.Execute(ctx, &chain.Tx{Contract: addr, Sender: sender, Origin: sender, Calldata: cd(t, `{"method":"all"}`), Value: big.NewInt(0), View: true})
	if err != nil {
		t.Fatal(err)
	}
	v, err := calldata.Decode(res.Data)
	if err != nil {
		t.Fatalf("%v: %s", err, res.Line())
	}
	want := `{"balances":{"al":20,"bob":10},"names":["bob","al"],"owner":"0x0200000000000000000000000000000000000000"}`
	if got := calldata.DebugString(v); got != want {
		t.Errorf("all() = %s, want %s", got, want)
	}
}

// TestContractRecords: a storage record (@allow_storage @dataclass) as a
// field and as DynArray items, written from a dataclass instance.
func TestContractRecords(t *testing.T) {
	ctx, sender := context.Background(), testSender
	c, addr, res := deployFile(t, "records.py", `{}`)
	if res.Line() != "executed with `Return(\"\\x00\")`" {
		t.Fatalf("deploy: %s %s", res.Line(), res.Stderr)
	}
	call := func(readable string, value int64, view bool) string {
		res, err := c.Execute(ctx, &chain.Tx{Contract: addr, Sender: sender, Origin: sender,
			Calldata: cd(t, readable), Value: big.NewInt(value), View: view})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Data) > 0 {
			v, err := calldata.Decode(res.Data)
			if err == nil {
				return calldata.DebugString(v)
			}
		}
		return res.Line() + string(res.Stderr)
	}
	if got := call(`{"method":"deposit","args":["first"]}`, 5, false); got != "1" {
		t.Errorf("deposit: %s", got)
	}
	if got := call(`{"method":"deposit","args":["second"]}`, 7, false); got != "2" {
		t.Errorf("deposit: %s", got)
	}
	if got := call(`{"method":"history"}`, 0, true); got != `[{"amount":5,"note":"first"},{"amount":7,"note":"second"}]` {
		t.Errorf("history: %s", got)
	}
	if got := call(`{"method":"last_note"}`, 0, true); got != `"second/7"` {
		t.Errorf("last_note: %s", got)
	}
}

// testSender is the sender and origin of the contract tests' transactions.
var testSender = address.Address{2}

// testChain is a local chain on a fresh store whose contracts are compiled
// by a test builder.
func testChain(t *testing.T) *chain.Chain {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &chain.Chain{Store: st, Resolve: codegen.NewTestBuilder("test").Resolve}
}

// deployFile deploys testdata/contracts/name on a fresh testChain with the
// constructor calldata ctor (readable form) and returns the chain, the
// contract's address and the deploy's result.
func deployFile(t *testing.T, name, ctor string) (*chain.Chain, address.Address, *exec.Result) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "contracts", name))
	if err != nil {
		t.Fatal(err)
	}
	c := testChain(t)
	addr, res, err := c.Deploy(context.Background(), &chain.Tx{Sender: testSender, Origin: testSender, Code: src, Calldata: cd(t, ctor)})
	if err != nil {
		t.Fatalf("deploy %s: %v", name, err)
	}
	return c, addr, res
}
