package conformance

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/txtar"
)

// A case is a txtar archive (conformance/cases/**/*.txtar):
//
//	# comment: what the case checks
//	-- contract.py --        the contract (contract.go: a Go main package written
//	                          against rt/hostio, for runtime-only cases)
//	-- 0.tx --               step 0: {"message": {GenVM message fields}, "calldata": "<readable calldata>"}
//	-- 0.stdout --           step 0's expected stdout: the contract's prints and the
//	                          `executed with` line, exactly as genvm prints them
//	-- 0.storage --          optional: the contract's slots after step 0, one
//	                          "<slot id hex> <bytes hex>" line per slot in id order
//	-- 0.msgs --             optional: the messages step 0 emitted (events, posted
//	                          messages, deployments, EVM sends), one
//	                          "<Kind> <calldata debug text of its fields>" line each
//	-- 1.tx --               further steps share the state
//	...
//
// Message fields omitted in a step take the defaults of GenVM's test
// template (contract 0x01…, sender 0x02…, not a deploy); "calldata"
// defaults to "{}". Steps run in number order.
type Case struct {
	Path    string
	Comment string
	// ContractName is "contract.py" or "contract.go"; Contract its source.
	ContractName string
	Contract     []byte
	Steps        []Step
	arch         *txtar.Archive
}

// Step is one transaction of a case and its expectations.
type Step struct {
	N        int
	Message  json.RawMessage // GenVM message JSON (partial)
	Calldata string          // readable calldata
	// Stdout and Storage are the expected outputs; HasStorage says whether
	// the storage is checked.
	Stdout     string
	Storage    string
	HasStorage bool
	Msgs       string
	HasMsgs    bool
}

type stepJSON struct {
	Message  json.RawMessage `json:"message"`
	Calldata *string         `json:"calldata"`
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
	for _, f := range a.Files {
		switch f.Name {
		case "contract.py", "contract.go":
			if c.Contract != nil {
				return nil, fmt.Errorf("%s: more than one contract section", path)
			}
			c.ContractName, c.Contract = f.Name, f.Data
			continue
		}
		num, kind, ok := strings.Cut(f.Name, ".")
		n, err := strconv.Atoi(num)
		if !ok || err != nil || n < 0 {
			return nil, fmt.Errorf("%s: unknown section %q (want contract.py, N.tx, N.stdout, N.storage, N.msgs)", path, f.Name)
		}
		s := step(n)
		switch kind {
		case "tx":
			var j stepJSON
			dec := json.NewDecoder(strings.NewReader(string(f.Data)))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&j); err != nil {
				return nil, fmt.Errorf("%s: section %s: %v", path, f.Name, err)
			}
			s.Message, s.Calldata = j.Message, "{}"
			if j.Calldata != nil {
				s.Calldata = *j.Calldata
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
