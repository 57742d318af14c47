package conformance

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/host/consensus"
	"github.com/genvm-go/genvm/host/mock"
	"github.com/genvm-go/genvm/rt/address"
	"golang.org/x/tools/txtar"
)

// A case is a txtar archive (conformance/cases/**/*.txtar):
//
//	# comment: what the case checks
//	-- contract.py --        the contract (contract.go: a Go main package written
//	                          against rt/hostio, for runtime-only cases)
//	-- contracts/0x<40 hex>.py --
//	                          optional, repeatable: another contract, stored at
//	                          that address before step 0 (for calls between
//	                          contracts)
//	-- mocks.yaml --         optional: host/mock rules answering every step's
//	                          web and LLM requests; without it every such
//	                          request is a fatal MOCK_NOT_FOUND error
//	-- 0.tx --               step 0: {"message": {GenVM message fields},
//	                          "calldata": "<readable calldata>",
//	                          "leader_nondet": [...], "sync": bool,
//	                          "balances": {"<address>": int}}
//	-- 0.stdout --           step 0's expected stdout: the contract's prints and the
//	                          `executed with` line, exactly as genvm prints them
//	-- 0.storage --          optional: the contract's slots after step 0, one
//	                          "<slot id hex> <bytes hex>" line per slot in id order
//	-- 0.msgs --             the messages step 0 emitted, in GenVM's .msgs text
//	                          format (chain.MsgsText); required iff there are any
//	-- 1.tx --               further steps share the state
//	...
//
// Message fields omitted in a step take the defaults of GenVM's test
// template (contract 0x01…, sender 0x02…, not a deploy); "calldata"
// defaults to "{}". Steps run in number order.
//
// "leader_nondet" is GenVM's test-case list of the leader's nondet results,
// [{"kind": "return"|"rollback"|"contract_error", "value": ...}]: present,
// this node validates (an index past its end is an absent result; [] makes
// every result absent); absent, this node leads every block. "sync" uses
// the leader's results without validating them. "balances" sets the
// balances of addresses (0x hex or base64) before the step.
type Case struct {
	Path    string
	Comment string
	// ContractName is "contract.py" or "contract.go"; Contract its source.
	ContractName string
	Contract     []byte
	// Contracts are the other contracts, in archive order.
	Contracts []Contract
	// Mocks is the mocks.yaml section (nil: none); MockRules its parse.
	Mocks     []byte
	MockRules *mock.File
	Steps     []Step
	arch      *txtar.Archive
}

// Contract is another contract of a case, stored before step 0.
type Contract struct {
	Addr address.Address
	Name string // the section name
	Code []byte
}

// Step is one transaction of a case and its expectations.
type Step struct {
	N        int
	Message  json.RawMessage // GenVM message JSON (partial)
	Calldata string          // readable calldata
	// LeaderNondet is the leader_nondet JSON list as written (nil: absent,
	// this node leads).
	LeaderNondet json.RawMessage
	// Leader is LeaderNondet encoded as GenVM's host hands the results to
	// a validator (consensus.ParseLeaderNondet).
	Leader [][]byte
	Sync   bool
	// Balances are set before the step, in address order.
	Balances []Balance
	// Stdout and Storage are the expected outputs; HasStorage says whether
	// the storage is checked.
	Stdout     string
	Storage    string
	HasStorage bool
	Msgs       string
	HasMsgs    bool
}

// Balance is the balance an address has before a step.
type Balance struct {
	Addr  address.Address
	Value *big.Int
}

type stepJSON struct {
	Message      json.RawMessage            `json:"message"`
	Calldata     *string                    `json:"calldata"`
	LeaderNondet json.RawMessage            `json:"leader_nondet"`
	Sync         bool                       `json:"sync"`
	Balances     map[string]json.RawMessage `json:"balances"`
}

// Load reads and validates a case file.
func Load(path string) (*Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse parses a case; path names it in errors.
func Parse(path string, data []byte) (*Case, error) {
	a := txtar.Parse(data)
	c := &Case{Path: path, Comment: string(a.Comment), arch: a}
	steps := map[int]*Step{}
	step := func(n int) *Step {
		if steps[n] == nil {
			steps[n] = &Step{N: n}
		}
		return steps[n]
	}
	seen := map[address.Address]bool{}
	for _, f := range a.Files {
		switch f.Name {
		case "contract.py", "contract.go":
			if c.Contract != nil {
				return nil, fmt.Errorf("%s: more than one contract section", path)
			}
			c.ContractName, c.Contract = f.Name, f.Data
			continue
		case "mocks.yaml":
			if c.Mocks != nil {
				return nil, fmt.Errorf("%s: more than one mocks.yaml section", path)
			}
			rules, err := mock.Parse(path+": mocks.yaml", f.Data)
			if err != nil {
				return nil, err
			}
			c.Mocks, c.MockRules = f.Data, rules
			continue
		}
		if rest, ok := strings.CutPrefix(f.Name, "contracts/"); ok {
			hexAddr, ok := strings.CutSuffix(rest, ".py")
			if !ok {
				return nil, fmt.Errorf("%s: section %s: want contracts/0x<40 hex digits>.py", path, f.Name)
			}
			addr, err := address.FromHex(hexAddr)
			if err != nil {
				return nil, fmt.Errorf("%s: section %s: %v", path, f.Name, err)
			}
			if seen[addr] {
				return nil, fmt.Errorf("%s: section %s: a second contract at %s", path, f.Name, addr.Hex())
			}
			seen[addr] = true
			c.Contracts = append(c.Contracts, Contract{Addr: addr, Name: f.Name, Code: f.Data})
			continue
		}
		num, kind, ok := strings.Cut(f.Name, ".")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n < 0 {
			return nil, fmt.Errorf("%s: unknown section %q (want contract.py, contracts/0x<addr>.py, mocks.yaml, N.tx, N.stdout, N.storage, N.msgs)", path, f.Name)
		}
		s := step(n)
		switch kind {
		case "tx":
			if err := s.parseTx(f.Data); err != nil {
				return nil, fmt.Errorf("%s: section %s: %v", path, f.Name, err)
			}
		case "stdout":
			s.Stdout = string(f.Data)
		case "storage":
			s.Storage, s.HasStorage = string(f.Data), true
		case "msgs":
			s.Msgs, s.HasMsgs = string(f.Data), true
		default:
			return nil, fmt.Errorf("%s: unknown section %q", path, f.Name)
		}
	}
	if c.Contract == nil {
		return nil, fmt.Errorf("%s: no contract.py or contract.go section", path)
	}
	ns := make([]int, 0, len(steps))
	for n := range steps {
		ns = append(ns, n)
	}
	sort.Ints(ns)
	for i, n := range ns {
		if n != i {
			return nil, fmt.Errorf("%s: steps must be numbered 0, 1, 2, ... (missing %d)", path, i)
		}
		if steps[n].Message == nil && steps[n].Calldata == "" {
			return nil, fmt.Errorf("%s: step %d has no %d.tx section", path, n, n)
		}
		c.Steps = append(c.Steps, *steps[n])
	}
	if len(c.Steps) == 0 {
		return nil, fmt.Errorf("%s: no steps", path)
	}
	return c, nil
}

// parseTx reads an N.tx section into s.
func (s *Step) parseTx(data []byte) error {
	var j stepJSON
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("trailing data after the JSON object")
	}
	s.Message, s.Calldata, s.Sync = j.Message, "{}", j.Sync
	if j.Calldata != nil {
		s.Calldata = *j.Calldata
	}
	if j.LeaderNondet != nil && string(j.LeaderNondet) != "null" {
		res, err := consensus.ParseLeaderNondet(j.LeaderNondet)
		if err != nil {
			return err
		}
		s.LeaderNondet, s.Leader = j.LeaderNondet, res
	}
	if s.Sync && s.LeaderNondet == nil {
		return fmt.Errorf("sync needs leader_nondet (a sync node never leads)")
	}
	for k, raw := range j.Balances {
		addr, err := parseAddress(k)
		if err != nil {
			return fmt.Errorf("balances: %v", err)
		}
		v, ok := new(big.Int).SetString(string(raw), 10)
		if !ok || v.Sign() < 0 {
			return fmt.Errorf("balances: %s: %s is not a non-negative integer", k, raw)
		}
		s.Balances = append(s.Balances, Balance{addr, v})
	}
	sort.Slice(s.Balances, func(i, k int) bool {
		return bytes.Compare(s.Balances[i].Addr[:], s.Balances[k].Addr[:]) < 0
	})
	for i := 1; i < len(s.Balances); i++ {
		if s.Balances[i].Addr == s.Balances[i-1].Addr {
			return fmt.Errorf("balances: %s given twice", s.Balances[i].Addr.Hex())
		}
	}
	return nil
}

// parseAddress reads 0x hex or base64, as GenVM's case files write them.
func parseAddress(s string) (address.Address, error) {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return address.FromHex(s)
	}
	a, err := address.FromB64(s)
	if err != nil {
		return a, fmt.Errorf("%q is neither 0x hex nor base64 of 20 bytes", s)
	}
	return a, nil
}

// Format returns the case with the given actual outputs in place of the
// expected ones (for UPDATE=1).
func (c *Case) Format(actual []Actual) []byte {
	a := &txtar.Archive{Comment: c.arch.Comment}
	has := map[string]bool{}
	for _, f := range c.arch.Files {
		has[f.Name] = true
	}
	for _, f := range c.arch.Files {
		num, kind, _ := strings.Cut(f.Name, ".")
		n, err := strconv.Atoi(num)
		if err == nil && n < len(actual) {
			switch kind {
			case "stdout":
				f.Data = []byte(actual[n].Stdout)
			case "storage":
				f.Data = []byte(actual[n].Storage)
			case "msgs":
				f.Data = []byte(actual[n].Msgs)
			}
		}
		a.Files = append(a.Files, f)
		if err == nil && n < len(actual) && kind == "tx" {
			if !has[num+".stdout"] {
				a.Files = append(a.Files, txtar.File{Name: num + ".stdout", Data: []byte(actual[n].Stdout)})
			}
			if !has[num+".msgs"] && actual[n].Msgs != "" {
				a.Files = append(a.Files, txtar.File{Name: num + ".msgs", Data: []byte(actual[n].Msgs)})
			}
		}
	}
	return txtar.Format(a)
}
