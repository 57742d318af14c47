package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/consensus"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/llm"
	"github.com/genvm-go/genvm/host/mock"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/host/web"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/spf13/cobra"
)

func init() { register(newRunCmd) }

func newRunCmd() *cobra.Command {
	var stateDir, message, cdText, leaderNondet string
	var fuelBudget uint64
	var syncMode bool
	var pf providerFlags
	cmd := &cobra.Command{
		Use:   "run FILE [--state DIR] [--message JSON] [--calldata VALUE] [--leader-nondet JSON [--sync]] [providers]",
		Short: "Run one transaction from explicit inputs, printing GenVM's output",
		Long: `run executes one transaction of the contract in FILE the way GenVM's own test
cases do, and prints the contract's stdout followed by the line
"executed with ` + "`" + `Return(...)` + "`" + `" (or UserError/VMError), exactly as genvm does.

--message is GenVM's message JSON (contract_address, sender_address,
origin_address in base64, chain_id, value, is_init, datetime); omitted fields
take the defaults of GenVM's test template. --calldata is the readable
calldata ('{"method":"inc","args":[1]}', '{"args":[5]}' for a deploy).
--state is a state directory, created on first use (default: a fresh
temporary state); with is_init true FILE is deployed into it at
contract_address. The exit status is 0 whatever the result kind; it is
non-zero only for a bad invocation.

Nondet blocks (gl.eq_principle.*, gl.vm.run_nondet, ...) run as GenVM's
leader by default: their leader functions run, and the results they post
are shown on stderr as a --leader-nondet list when JSON can express them.
--leader-nondet makes this run a validator: the list of GenVM's test cases,
'[{"kind":"return","value":...}]' (or "rollback"/"contract_error" with a
message; @FILE reads it from a file), gives the leader's result of each
block, and the validator functions judge them (a rejection ends the run
with VMError("validator_disagrees call N"); a missing entry with
VMError("absent")). --sync uses the leader's results without validating
(a block without one is then an internal error, as in GenVM).

Web and LLM requests go to the providers: --mock FILE answers both from
host/mock rules (docs/providers.md); otherwise --llm-config (default: the
built-in config, keys from OPENAIKEY, ANTHROPICKEY, GEMINIKEY) and
--web-config (default: GenVM's URL policy, real HTTP, Chromium for renders
when installed). --web-config also sets the URL policy of --mock.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			code, err := os.ReadFile(args[0])
			if err != nil {
				return usageErr(err)
			}
			tx, err := chain.ParseMessage(message)
			if err != nil {
				return usageErr(err)
			}
			if tx.Calldata, err = readableCalldata(cdText, "--calldata"); err != nil {
				return usageErr(err)
			}
			tx.Code = code
			if stateDir == "" {
				tmp, err := os.MkdirTemp("", "genvmc-run-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(tmp)
				stateDir = tmp
			}
			node, closeProviders, err := pf.node()
			if err != nil {
				return err
			}
			defer closeProviders()
			if leaderNondet != "" {
				if node.Leader, err = parseLeaderNondet(leaderNondet); err != nil {
					return usageErr(err)
				}
				node.Validate = true
			}
			node.Sync = syncMode
			tx.Nondet = node
			c, closeFn, err := openChain(cmd, stateDir)
			if err != nil {
				return err
			}
			defer closeFn()
			c.Fuel = fuelBudget
			res, err := c.Execute(context.Background(), tx)
			if err != nil {
				return compileErr(inFile(err, args[0]))
			}
			printResult(cmd, res)
			return nil
		},
	}
	cmd.Flags().StringVar(&leaderNondet, "leader-nondet", "", "validate against these leader results (GenVM's leader_nondet JSON list, or @FILE)")
	cmd.Flags().BoolVar(&syncMode, "sync", false, "use the leader's nondet results without running validator functions")
	pf.add(cmd, "")
	cmd.Flags().StringVar(&stateDir, "state", "", "state directory (created on first use)")
	cmd.Flags().StringVar(&message, "message", "", "GenVM message JSON")
	cmd.Flags().StringVar(&cdText, "calldata", "{}", "calldata in the readable form")
	cmd.Flags().Uint64Var(&fuelBudget, "fuel", 0, "fuel budget (0: the default)")
	return cmd
}

// builder returns the artifact builder over $GENVMC_CACHE or the user cache.
func builder() (*codegen.Builder, error) {
	dir := os.Getenv("GENVMC_CACHE")
	if dir == "" {
		var err error
		if dir, err = codegen.DefaultCacheDir(); err != nil {
			return nil, fmt.Errorf("no cache directory (set GENVMC_CACHE): %w", err)
		}
	}
	b := codegen.NewBuilder(dir, compilerID())
	// GenVM maps the contract file to /contract.py: tracebacks name it so.
	b.Lower = codegen.GenerateContract
	return b, nil
}

// compilerID is Version plus the SHA-256 of the running genvmc executable:
// a changed compiler (its lowering, not only its runtime) never reuses an
// artifact another build of it cached.
func compilerID() string {
	exe, err := os.Executable()
	if err != nil {
		return Version
	}
	f, err := os.Open(exe)
	if err != nil {
		return Version
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return Version
	}
	return Version + "+" + hex.EncodeToString(h.Sum(nil))
}

// openChain opens the state in dir with artifacts resolved by compiling.
func openChain(cmd *cobra.Command, dir string) (*chain.Chain, func(), error) {
	b, err := builder()
	if err != nil {
		return nil, nil, err
	}
	st, err := store.Open(dir)
	if err != nil {
		return nil, nil, err
	}
	c := &chain.Chain{Store: st, Resolve: b.Resolve}
	c.OnDelivery = func(d *chain.Delivery) { deliveries = append(deliveries, d) }
	return c, func() { st.Close() }, nil
}

// deliveries are the child transactions the local chain ran for the
// command's transaction; printResult reports them after the transaction's
// own output. (One genvmc process runs one command.)
var deliveries []*chain.Delivery

// printDelivery reports a message the local chain delivered as a child
// transaction, with the child's prints, on stderr (stdout stays the
// transaction's own).
func printDelivery(w io.Writer, d *chain.Delivery) {
	what := d.Kind + " from " + d.From.Hex()
	if d.Tx != nil {
		what += " to " + d.Tx.Contract.Hex()
	}
	switch {
	case d.Err != nil:
		fmt.Fprintf(w, "genvmc: delivered %s: %v\n", what, d.Err)
	case d.Result != nil:
		fmt.Fprintf(w, "genvmc: delivered %s: %s\n", what, d.Result.Line())
		for _, line := range strings.SplitAfter(string(d.Result.Stdout), "\n") {
			if line != "" {
				fmt.Fprint(w, "  | ", strings.TrimSuffix(line, "\n"), "\n")
			}
		}
	default:
		fmt.Fprintf(w, "genvmc: delivered %s\n", what)
	}
}

// inFile makes the lowering's diagnostics name the user's file: contracts
// are compiled as /contract.py (the name GenVM gives them, which tracebacks
// show) so that the artifact does not depend on where the file lies.
func inFile(err error, path string) error {
	var el codegen.ErrorList
	if errors.As(err, &el) {
		for _, e := range el {
			if e.File == "/contract.py" {
				e.File = path
			}
		}
	}
	return err
}

// compileErr maps a failure to run to the CLI's exit codes: an input the
// compiler cannot handle is exit 1.
func compileErr(err error) error {
	var be *codegen.BuildError
	var le *codegen.LowerError
	if errors.Is(err, codegen.ErrNoLowering) || errors.As(err, &be) || errors.As(err, &le) || errors.Is(err, chain.ErrNoContract) {
		return &exitErr{exitError, err}
	}
	return err
}

// printResult prints the contract's stdout and GenVM's result line, and
// forwards the artifact's stderr (tracebacks).
func printResult(cmd *cobra.Command, res *exec.Result) {
	out := cmd.OutOrStdout()
	out.Write(res.Stdout)
	io.WriteString(out, res.Line()+"\n")
	cmd.ErrOrStderr().Write(res.Stderr)
	if res.Kind == exec.InternalError {
		fmt.Fprintln(cmd.ErrOrStderr(), "genvmc: internal error:", res.Message)
	}
	// the messages of the transaction itself (the local chain delivers
	// them after applying it: see printDelivery)
	for _, m := range res.Messages {
		fmt.Fprintln(cmd.ErrOrStderr(), "genvmc: emitted", m.Kind, calldata.DebugString(m.Args))
	}
	for _, d := range deliveries {
		printDelivery(cmd.ErrOrStderr(), d)
	}
	deliveries = nil
	if len(res.NondetResults) > 0 {
		if j, err := consensus.FormatLeaderNondet(res.NondetResults); err == nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "genvmc: leader_nondet %s\n", j)
		} else {
			fmt.Fprintln(cmd.ErrOrStderr(), "genvmc: leader_nondet not expressible in JSON:", err)
		}
	}
}

// parseLeaderNondet reads --leader-nondet: a JSON list or @FILE.
func parseLeaderNondet(arg string) ([][]byte, error) {
	src := []byte(arg)
	if name, ok := strings.CutPrefix(arg, "@"); ok {
		var err error
		if src, err = os.ReadFile(name); err != nil {
			return nil, fmt.Errorf("--leader-nondet: %w", err)
		}
	}
	r, err := consensus.ParseLeaderNondet(src)
	if err != nil {
		return nil, fmt.Errorf("--leader-nondet: %w", err)
	}
	return r, nil
}

// providerFlags choose a node's LLM and web providers.
type providerFlags struct {
	mock, llmConfig, webConfig string
}

// add registers the flags, their names prefixed with prefix.
func (p *providerFlags) add(cmd *cobra.Command, prefix string) {
	cmd.Flags().StringVar(&p.mock, prefix+"mock", "", "answer web and LLM requests from this host/mock rules file")
	cmd.Flags().StringVar(&p.llmConfig, prefix+"llm-config", "", "LLM config file in GenVM's format (default: built-in)")
	cmd.Flags().StringVar(&p.webConfig, prefix+"web-config", "", "web config file (default: built-in defaults)")
}

// node returns a leading node with the chosen providers and a function
// releasing them (the web service's browser).
func (p *providerFlags) node() (*consensus.Node, func(), error) {
	return providerNode(p.mock, p.llmConfig, p.webConfig, "--")
}

// providerNode builds a node's providers: mock rules (LLM and web, with
// the URL policy of webConfig), or the LLM config (default: built-in) and
// the web service (config default: built-in defaults). flag prefixes the
// flag names in errors.
func providerNode(mockFile, llmConfig, webConfig, flag string) (*consensus.Node, func(), error) {
	noop := func() {}
	wcfg := web.DefaultConfig()
	if webConfig != "" {
		var err error
		if wcfg, err = web.LoadConfig(webConfig); err != nil {
			return nil, noop, usageErr(err)
		}
	}
	if mockFile != "" {
		if llmConfig != "" {
			return nil, noop, usageErr(fmt.Errorf("%smock excludes %sllm-config", flag, flag))
		}
		l, w, err := mock.Replay(mockFile)
		if err != nil {
			return nil, noop, usageErr(err)
		}
		w.Policy = wcfg
		return &consensus.Node{LLM: l, Web: w}, noop, nil
	}
	var lcfg *llm.Config
	var err error
	if llmConfig != "" {
		lcfg, err = llm.LoadConfig(llmConfig)
	} else {
		lcfg, err = llm.ParseConfig("<built-in>", llm.DefaultConfigYAML(), os.Getenv)
	}
	if err != nil {
		return nil, noop, usageErr(err)
	}
	s := web.New(wcfg)
	return &consensus.Node{LLM: llm.New(lcfg, nil), Web: s}, func() { s.Close() }, nil
}

// readableCalldata encodes a readable calldata value.
func readableCalldata(src, what string) ([]byte, error) {
	v, err := calldata.ParseReadable(src)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	b, err := calldata.Encode(v)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return b, nil
}

// callFlags are the flags shared by deploy, call and view.
type callFlags struct {
	state, sender, value string
}

func (f *callFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.state, "state", ".genvm", "state directory of the local chain")
	cmd.Flags().StringVar(&f.sender, "sender", "0x0200000000000000000000000000000000000000", "sender address")
	cmd.Flags().StringVar(&f.value, "value", "0", "value sent with the transaction")
}

func (f *callFlags) tx(args []string, method string) (*chain.Tx, error) {
	sender, err := address.Parse(f.sender)
	if err != nil {
		return nil, fmt.Errorf("--sender: %w", err)
	}
	value, ok := new(big.Int).SetString(f.value, 10)
	if !ok || value.Sign() < 0 {
		return nil, fmt.Errorf("--value: %q is not a non-negative integer", f.value)
	}
	vals := make([]calldata.Value, len(args))
	for i, a := range args {
		if vals[i], err = calldata.ParseReadable(a); err != nil {
			return nil, fmt.Errorf("argument %d: %w", i+1, err)
		}
	}
	m := calldata.Map{}
	if len(vals) > 0 {
		m = append(m, calldata.Entry{Key: "args", Value: vals})
	}
	if method != "" {
		m = append(m, calldata.Entry{Key: "method", Value: method})
	}
	cd, err := calldata.Encode(m)
	if err != nil {
		return nil, err
	}
	return &chain.Tx{Sender: sender, Origin: sender, Value: value, Calldata: cd}, nil
}
