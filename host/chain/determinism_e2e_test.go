package chain_test

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
)

// detStep is one transaction of the determinism sequence.
type detStep struct {
	deploy   bool
	calldata string // readable calldata
	sender   address.Address
	view     bool
}

// detRun is everything observable of one run of the sequence: per step the
// contract's stdout, the executed-with line and the artifact's stderr,
// then the contract's storage dump and balance after the last step, and the
// artifact that ran.
type detRun struct {
	steps    []string
	storage  string
	hash     string
	resolves []bool // per resolution of the contract's code: a cache hit?
	builds   int    // resolutions that were not in the cache before
}

// TestDeterminismColdAndWarmCache compiles examples/token.py into an empty
// artifact cache (a cold build), runs a sequence of transactions (deploy,
// writes that succeed, roll back and fail with a traceback, views) each in
// a fresh artifact process on a fresh state, then runs the same sequence
// again through a new builder on the now warm cache (a cache hit, no
// rebuild) on another fresh state. Everything observable must be byte
// identical: stdout, executed-with lines, stderr, the storage dump, the
// balance and the artifact hash.
func TestDeterminismColdAndWarmCache(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a contract artifact in an empty cache")
	}
	src, err := os.ReadFile("../../examples/token.py")
	if err != nil {
		t.Fatal(err)
	}
	alice, bob, carol := address.Address{2}, address.Address{3}, address.Address{4}
	steps := []detStep{
		{deploy: true, calldata: `{"args":["Gold",1000]}`, sender: alice},
		{calldata: `{"method":"transfer","args":[` + bob.Hex() + `,250]}`, sender: alice},
		{calldata: `{"method":"transfer","args":[` + carol.Hex() + `,5000]}`, sender: alice}, // UserError
		{calldata: `{"method":"transfer","args":[` + carol.Hex() + `,40]}`, sender: bob},
		{calldata: `{"method":"transfer","args":[` + carol.Hex() + `,"x"]}`, sender: bob}, // TypeError: traceback
		{calldata: `{"method":"nope"}`, sender: bob},                                      // no such method
		{calldata: `{"method":"balance_of","args":[` + bob.Hex() + `]}`, sender: carol, view: true},
		{calldata: `{"method":"holders"}`, sender: carol, view: true},
	}
	cache := t.TempDir() // empty: the first build is cold
	cold := detSequence(t, cache, src, steps)
	if len(cold.resolves) != len(steps) || cold.resolves[0] || cold.builds != 1 || slices.Contains(cold.resolves[1:], false) {
		t.Fatalf("cold run: cache hits %v, %d builds; want one fresh build, then hits", cold.resolves, cold.builds)
	}
	warm := detSequence(t, cache, src, steps)
	if len(warm.resolves) != len(steps) || slices.Contains(warm.resolves, false) || warm.builds != 0 {
		t.Fatalf("warm run: cache hits %v, %d builds; want only hits and no build", warm.resolves, warm.builds)
	}
	if cold.hash != warm.hash {
		t.Errorf("artifact hash: cold %s, warm %s", cold.hash, warm.hash)
	}
	for i := range cold.steps {
		if cold.steps[i] != warm.steps[i] {
			t.Errorf("step %d differs:\ncold:\n%s\nwarm:\n%s", i, cold.steps[i], warm.steps[i])
		}
	}
	if cold.storage != warm.storage {
		t.Errorf("storage differs:\ncold:\n%s\nwarm:\n%s", cold.storage, warm.storage)
	}
	// The sequence must exercise what it claims to (not a run of identical
	// failures): results reviewed against the contract's source (f"{to}"
	// formats an Address with the SDK's __format__(""), its repr).
	for i, want := range []string{
		"executed with `Return(\"\\x00\")`",
		"Gold: moved 250 to " + bob.Repr() + "\nexecuted with `Return(\"\\x00\")`",
		"executed with `UserError(\"insufficient balance: 750 < 5000\")`",
		"Gold: moved 40 to " + carol.Repr() + "\nexecuted with `Return(\"\\x00\")`",
		"executed with `VMError(\"exit_code 1\")`",
		"executed with `VMError(\"exit_code 1\")`",
		"executed with `Return(\"\\91\\x0d\")`", // 210: ULEB128 of 210<<3 | 1 (int) is 91 0d
	} {
		if !strings.HasPrefix(cold.steps[i], want+"\n-- stderr --\n") {
			t.Errorf("step %d: got\n%s\nwant prefix\n%s", i, cold.steps[i], want)
		}
	}
	if !strings.Contains(cold.steps[4], "TypeError") || !strings.Contains(cold.steps[4], "File \"/contract.py\"") {
		t.Errorf("step 4: want a traceback on stderr, got\n%s", cold.steps[4])
	}
	if strings.Count(cold.storage, "\n") < 7 { // address, 5 slots, balance
		t.Errorf("storage dump too small to compare:\n%s", cold.storage)
	}
}

// detSequence runs steps on a fresh state with a new builder caching in
// cache, each transaction a fresh artifact process (host/exec.Run).
func detSequence(t *testing.T, cache string, src []byte, steps []detStep) detRun {
	t.Helper()
	ctx := context.Background()
	b := codegen.NewBuilder(cache, "determinism-test")
	// The verifier's outcome does not depend on the cache; it is tested in
	// codegen and only adds the once-per-tree runtime verification here.
	b.Verify = false
	b.Lower = codegen.GenerateContract
	var run detRun
	resolve := func(ctx context.Context, code []byte) (string, error) {
		key, err := b.Key(ctx, code)
		if err != nil {
			return "", err
		}
		hit, err := b.Lookup(ctx, key)
		if err != nil {
			return "", err
		}
		a, err := b.Compile(ctx, code)
		if err != nil {
			return "", err
		}
		if hit == nil {
			run.builds++
		}
		if run.hash != "" && run.hash != a.Hash {
			return "", fmt.Errorf("artifact changed within a run: %s then %s", run.hash, a.Hash)
		}
		run.hash = a.Hash
		run.resolves = append(run.resolves, a.Cached)
		if got, err := fileSHA256(a.Path); err != nil || got != a.Hash {
			return "", fmt.Errorf("artifact %s hashes to %s (%v), recorded %s", a.Path, got, err, a.Hash)
		}
		return a.Path, nil
	}
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c := &chain.Chain{Store: st, Resolve: resolve}
	var addr address.Address
	for i, s := range steps {
		v, err := calldata.ParseReadable(s.calldata)
		if err != nil {
			t.Fatal(err)
		}
		tx := &chain.Tx{Contract: addr, Sender: s.sender, Origin: s.sender, Calldata: calldata.MustEncode(v), View: s.view}
		var res interface {
			Line() string
		}
		var stdout, stderr []byte
		if s.deploy {
			tx.Code = src
			a, r, err := c.Deploy(ctx, tx)
			if err != nil {
				t.Fatalf("step %d: %v", i, err)
			}
			addr, res, stdout, stderr = a, r, r.Stdout, r.Stderr
		} else {
			r, err := c.Execute(ctx, tx)
			if err != nil {
				t.Fatalf("step %d: %v", i, err)
			}
			res, stdout, stderr = r, r.Stdout, r.Stderr
		}
		run.steps = append(run.steps, string(stdout)+res.Line()+"\n-- stderr --\n"+string(stderr))
	}
	slots, err := st.Dump(addr)
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "contract %s\n", addr.Hex())
	for _, s := range slots {
		fmt.Fprintf(&sb, "%x %x\n", s.ID[:], s.Data)
	}
	bal, err := st.Balance(addr)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&sb, "balance %s\n", bal)
	run.storage = sb.String()
	return run
}

func fileSHA256(p string) (string, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:]), nil
}
