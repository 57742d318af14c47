package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/storage"
)

var counterPath string

func TestMain(m *testing.M) {
	src, err := os.ReadFile("../testdata/counter/main.go")
	if err != nil {
		panic(err)
	}
	b := codegen.NewBuilder(codegen.TestCacheDir(), codegen.TestVersion("test"))
	b.Verify = false
	ctx := context.Background()
	key, err := b.Key(ctx, src)
	if err == nil {
		var a *codegen.Artifact
		if a, err = b.Build(ctx, key, map[string][]byte{"main.go": src}); err == nil {
			counterPath = a.Path
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

func cd(t *testing.T, s string) []byte {
	v, err := calldata.ParseReadable(s)
	if err != nil {
		t.Fatal(err)
	}
	return calldata.MustEncode(v)
}

func TestDeployCallView(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	resolved := 0
	c := &chain.Chain{Store: st, Resolve: func(_ context.Context, code []byte) (string, error) {
		if string(code) != "# counter" {
			t.Errorf("resolving code %q", code)
		}
		resolved++
		return counterPath, nil
	}}
	ctx := context.Background()
	sender := address.Address{2}
	addr, res, err := c.Deploy(ctx, &chain.Tx{Sender: sender, Origin: sender, Code: []byte("# counter"), Calldata: cd(t, `{"args":[1]}`)})
	if err != nil || res.Line() != "executed with `Return(\"\\x00\")`" {
		t.Fatalf("deploy: %v %v", err, res)
	}
	if addr != chain.DeployAddress(sender, 0) {
		t.Fatalf("address %s", addr.Hex())
	}
	code, _ := c.Code(addr)
	if string(code) != "# counter" {
		t.Fatalf("stored code %q", code)
	}
	// the default slots are locked by the deploy
	d, _ := st.Dump(addr)
	locked := false
	for _, s := range d {
		if s.ID == storage.LockedSlotsSlot && len(s.Data) == 4+4*32 {
			locked = true
		}
	}
	if !locked {
		t.Errorf("locked slots not stored: %v", d)
	}
	call := func(readable string, value int64, view bool) string {
		res, err := c.Execute(ctx, &chain.Tx{Contract: addr, Sender: sender, Origin: sender,
			Calldata: cd(t, readable), Value: big.NewInt(value), View: view})
		if err != nil {
			t.Fatal(err)
		}
		return string(res.Stdout) + res.Line()
	}
	for _, c := range []struct {
		cd    string
		value int64
		view  bool
		want  string
	}{
		{`{"method":"inc","args":[4]}`, 0, false, "inc 4\nexecuted with `Return(\")\")`"},
		{`{"method":"inc","args":[4]}`, 0, true, "inc 4\nexecuted with `Return(\"I\")`"},
		{`{"method":"fail"}`, 0, false, "failing\nexecuted with `VMError(\"exit_code 1\")`"},
		{`{"method":"rollback","args":["x"]}`, 0, false, "executed with `UserError(\"x\")`"},
		{`{"method":"get"}`, 0, true, "executed with `Return(\")\")`"},
		{`{"method":"pay"}`, 25, false, "executed with `Return(\"\\c9\\x01\")`"},
	} {
		if got := call(c.cd, c.value, c.view); got != c.want {
			t.Errorf("%s: got %q want %q", c.cd, got, c.want)
		}
	}
	if bal, _ := st.Balance(addr); bal.Int64() != 25 {
		t.Errorf("balance %v", bal)
	}
	if _, err := c.Execute(ctx, &chain.Tx{Contract: address.Address{7}, Calldata: cd(t, `{}`)}); err == nil {
		t.Error("call to an empty address succeeded")
	}
}

// TestHostChecksLockedSlots: writes to a locked slot that an artifact
// reports anyway are refused by the host: VMError("forbidden"), nothing
// applied.
func TestHostChecksLockedSlots(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c := &chain.Chain{Store: st, Resolve: func(context.Context, []byte) (string, error) { return counterPath, nil }}
	ctx := context.Background()
	sender := address.Address{2}
	addr, res, err := c.Deploy(ctx, &chain.Tx{Sender: sender, Code: []byte("# counter"), Calldata: cd(t, `{"args":[1]}`)})
	if err != nil || res.Kind != exec.Return {
		t.Fatalf("deploy: %v %v", err, res)
	}
	c.Run = func(context.Context, string, *exec.Request) (*exec.Result, error) {
		return &exec.Result{Kind: exec.Return, Data: []byte{0}, Writes: []exec.Write{
			{Slot: storage.RootSlot.Indirect(0), Off: 0, Data: []byte{9}},
			{Slot: storage.CodeSlot, Off: 4, Data: []byte("evil")},
		}}, nil
	}
	res, err = c.Execute(ctx, &chain.Tx{Contract: addr, Sender: sender, Calldata: cd(t, `{}`)})
	if err != nil || res.Line() != "executed with `VMError(\"forbidden\")`" {
		t.Fatalf("%v %v", err, res.Line())
	}
	code, _ := c.Code(addr)
	var b [1]byte
	st.ReadSlot(addr, storage.RootSlot.Indirect(0), 0, b[:])
	if string(code) != "# counter" || b[0] != 1 {
		t.Fatalf("state changed: code %q count %d", code, b[0])
	}
}
