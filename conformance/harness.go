package conformance

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/consensus"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/mock"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/storage"
)

// Engine runs the transactions of cases. The default engine compiles each
// contract to an artifact and runs it as a process (ChainEngine); the
// code generator can plug in another, e.g. one that batches all cases'
// contracts into one build or links them into the test binary, as long as
// it gives the same observable result.
type Engine interface {
	// Execute runs tx (whose Code is the case's contract) against the
	// case's state st, applying its effects when it returns.
	Execute(ctx context.Context, st *store.Store, tx *chain.Tx) (*exec.Result, error)
}

// ChainEngine runs transactions through host/chain, with artifacts from
// Resolve.
type ChainEngine struct {
	Resolve chain.Resolver
	Fuel    uint64
}

// Execute implements Engine.
func (e *ChainEngine) Execute(ctx context.Context, st *store.Store, tx *chain.Tx) (*exec.Result, error) {
	c := &chain.Chain{Store: st, Resolve: e.Resolve, Fuel: e.Fuel}
	return c.Execute(ctx, tx)
}

// Actual is what one step produced.
type Actual struct {
	Stdout  string // contract stdout + the executed-with line
	Storage string // storage dump in the case format
	Msgs    string // emitted messages in the case format
	Stderr  string
}

// Run runs every step of c on a fresh state in dir: the case's other
// contracts are stored first, then each step sets its balances and runs
// with its nondet configuration (Step.LeaderNondet, Step.Sync, the case's
// mocks).
func (c *Case) Run(ctx context.Context, eng Engine, dir string) ([]Actual, error) {
	st, err := store.Open(dir)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	if err := c.storeContracts(st); err != nil {
		return nil, err
	}
	var out []Actual
	for i := range c.Steps {
		s := &c.Steps[i]
		tx, err := chain.ParseMessage(string(s.Message))
		if err != nil {
			return out, fmt.Errorf("%s: step %d: %w", c.Path, s.N, err)
		}
		v, err := calldata.ParseReadable(s.Calldata)
		if err != nil {
			return out, fmt.Errorf("%s: step %d: calldata: %w", c.Path, s.N, err)
		}
		if tx.Calldata, err = calldata.Encode(v); err != nil {
			return out, fmt.Errorf("%s: step %d: calldata: %w", c.Path, s.N, err)
		}
		tx.Code = c.Contract
		if err := setBalances(st, s.Balances); err != nil {
			return out, fmt.Errorf("%s: step %d: balances: %w", c.Path, s.N, err)
		}
		tx.Nondet = c.nondet(s)
		res, err := eng.Execute(ctx, st, tx)
		if err != nil {
			return out, fmt.Errorf("%s: step %d: %w", c.Path, s.N, err)
		}
		dump, err := st.Dump(tx.Contract)
		if err != nil {
			return out, err
		}
		msgs, err := chain.MsgsText(res.Messages)
		if err != nil {
			return out, fmt.Errorf("%s: step %d: %w", c.Path, s.N, err)
		}
		out = append(out, Actual{
			Stdout:  string(res.Stdout) + res.Line() + "\n",
			Storage: FormatStorage(dump),
			Msgs:    msgs,
			Stderr:  string(res.Stderr),
		})
	}
	return out, nil
}

// storeContracts stores the code of the case's other contracts at their
// addresses, as GenVM's test host serves the code of its accounts.
func (c *Case) storeContracts(st *store.Store) error {
	for _, k := range c.Contracts {
		t := storage.NewTx(storeSlots{st, k.Addr}, nil)
		if err := (storage.Root{T: t}).WriteCode(k.Code); err != nil {
			return fmt.Errorf("%s: %s: %w", c.Path, k.Name, err)
		}
		err := st.Update(func(tx *store.Tx) error {
			return t.Writes(func(id storage.SlotID, off uint32, data []byte) error {
				return tx.WriteSlot(k.Addr, id, off, data)
			})
		})
		if err != nil {
			return fmt.Errorf("%s: %s: %w", c.Path, k.Name, err)
		}
	}
	return nil
}

// storeSlots reads one contract's slots of a store for a storage.Tx whose
// writes are applied separately.
type storeSlots struct {
	st   *store.Store
	addr address.Address
}

func (s storeSlots) Read(id storage.SlotID, off uint32, dst []byte) error {
	return s.st.ReadSlot(s.addr, id, off, dst)
}

func (s storeSlots) Write(storage.SlotID, uint32, []byte) error {
	return fmt.Errorf("conformance: direct slot write")
}

// setBalances gives each address its balance.
func setBalances(st *store.Store, bs []Balance) error {
	deltas := make([]*big.Int, len(bs))
	for i, b := range bs {
		cur, err := st.Balance(b.Addr)
		if err != nil {
			return err
		}
		deltas[i] = new(big.Int).Sub(b.Value, cur)
	}
	return st.Update(func(tx *store.Tx) error {
		for i, b := range bs {
			if err := tx.AddBalance(b.Addr, deltas[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

// nondet is the step's nondet server: the case's mock rules answer web
// and LLM requests (no rules: every request is a fatal MOCK_NOT_FOUND),
// and a leader_nondet list makes this node a validator of those results.
func (c *Case) nondet(s *Step) exec.Nondet {
	n := &consensus.Node{LLM: &mock.LLM{}, Web: &mock.Web{}}
	if c.MockRules != nil {
		n.LLM = &mock.LLM{Rules: c.MockRules.LLM}
		n.Web = &mock.Web{Rules: c.MockRules.Web}
	}
	if s.LeaderNondet != nil {
		n.Validate, n.Leader, n.Sync = true, s.Leader, s.Sync
	}
	return n
}

// FormatStorage renders slots as the case format's storage section: one
// "<slot id> <bytes>" line per slot in id order, in hex, except the code
// slot, whose content is the case's own contract and is shown by size.
func FormatStorage(slots []store.Slot) string {
	var b strings.Builder
	for _, s := range slots {
		if s.ID == storage.CodeSlot {
			fmt.Fprintf(&b, "%s <code: %d bytes>\n", s.ID, len(s.Data))
			continue
		}
		b.WriteString(s.ID.String() + " " + hex.EncodeToString(s.Data) + "\n")
	}
	return b.String()
}

// Compare returns the differences between c's expectations and actual.
func (c *Case) Compare(actual []Actual) []string {
	var diffs []string
	for i, s := range c.Steps {
		if i >= len(actual) {
			break
		}
		a := actual[i]
		if a.Stdout != s.Stdout {
			diffs = append(diffs, fmt.Sprintf("step %d stdout:\n got: %q\nwant: %q\nstderr: %s", s.N, a.Stdout, s.Stdout, a.Stderr))
		}
		if s.HasStorage && a.Storage != s.Storage {
			diffs = append(diffs, fmt.Sprintf("step %d storage:\n got:\n%s\nwant:\n%s", s.N, a.Storage, s.Storage))
		}
		// messages must be expected whenever there are any
		if a.Msgs != s.Msgs && (s.HasMsgs || a.Msgs != "") {
			diffs = append(diffs, fmt.Sprintf("step %d msgs:\n got:\n%s\nwant:\n%s", s.N, a.Msgs, s.Msgs))
		}
	}
	return diffs
}

// RunFiles runs the cases matching glob as subtests of t and returns how
// many there were. With UPDATE=1 in the environment it rewrites their
// expected sections with the actual outputs instead of failing (review the
// diff).
func RunFiles(t *testing.T, glob string, eng Engine) int {
	files, err := filepath.Glob(glob)
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	update := os.Getenv("UPDATE") == "1"
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txtar")
		if dir := filepath.Base(filepath.Dir(f)); dir != "." {
			name = dir + "/" + name
		}
		t.Run(name, func(t *testing.T) {
			c, err := Load(f)
			if err != nil {
				t.Fatal(err)
			}
			actual, err := c.Run(context.Background(), eng, t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			if update {
				if err := os.WriteFile(f, c.Format(actual), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, d := range c.Compare(actual) {
				t.Error(d)
			}
		})
	}
	return len(files)
}
