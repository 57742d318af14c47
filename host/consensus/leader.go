// Package consensus is the host's side of GenVM's non-deterministic
// blocks: a Node serves one transaction's nondet protocol (leading every
// block, or validating against a leader's results, optionally in sync
// mode) and its web and LLM requests; Simulate runs a write transaction as
// a leader and N validators, each with its own providers, decides the
// consensus outcome and applies the leader's writes only when the
// validators accept them. ParseLeaderNondet reads GenVM's test-case
// leader_nondet lists.
package consensus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// Kinds of a leader result in GenVM's test cases.
const (
	KindReturn        = "return"         // code 0 + calldata of Value
	KindRollback      = "rollback"       // code 1 (UserError) + Value as UTF-8
	KindContractError = "contract_error" // code 2 (VMError) + Value as UTF-8
)

// LeaderResult is one entry of a GenVM test case's leader_nondet list:
// {"kind": "return"|"rollback"|"contract_error", "value": ...}. Value is
// the JSON of the value: any JSON value except a non-integral number for
// return, a string for the others.
type LeaderResult struct {
	Kind  string          `json:"kind"`
	Value json.RawMessage `json:"value"`
}

// Encode returns the result as GenVM's host hands it to a validator
// (spec §5 "Leader result encodings from host"): a code byte, then the
// calldata of a return value (JSON mapped as GenVM's Python test host
// does: objects become maps, arrays arrays, integers ints, strings str,
// true/false/null themselves; other numbers are floats, which calldata
// cannot encode) or the UTF-8 message of a rollback or contract error.
func (r LeaderResult) Encode() ([]byte, error) {
	if r.Value == nil {
		return nil, fmt.Errorf("no value")
	}
	if esc, ok := loneSurrogate(r.Value); ok {
		// Go's decoder would make it U+FFFD; Python keeps it and then
		// cannot encode it as UTF-8
		return nil, fmt.Errorf("the string escape %s is a lone surrogate, which UTF-8 cannot encode", esc)
	}
	switch r.Kind {
	case KindReturn:
		v, err := jsonCalldata(r.Value)
		if err != nil {
			return nil, err
		}
		return calldata.Append([]byte{hostio.ResultReturn}, v)
	case KindRollback, KindContractError:
		var s string
		if t := bytes.TrimSpace(r.Value); len(t) == 0 || t[0] != '"' || json.Unmarshal(t, &s) != nil {
			return nil, fmt.Errorf("the value of a %s must be a string", r.Kind)
		}
		code := byte(hostio.ResultUserError)
		if r.Kind == KindContractError {
			code = hostio.ResultVMError
		}
		return append([]byte{code}, s...), nil
	}
	return nil, fmt.Errorf("unknown kind %q (want return, rollback or contract_error)", r.Kind)
}

// ParseLeaderNondet reads a leader_nondet list and returns the encoded
// results by call number (LeaderResult.Encode). Errors name the entry.
// An absent leader_nondet (this node leads) is the caller's to handle:
// only a JSON array is accepted here; [] means every block is absent.
func ParseLeaderNondet(src []byte) ([][]byte, error) {
	var raw []json.RawMessage
	if err := json.Unmarshal(src, &raw); err != nil || raw == nil {
		if err == nil || strings.Contains(err.Error(), "cannot unmarshal") {
			return nil, fmt.Errorf("leader_nondet: expected a JSON array of {\"kind\", \"value\"} objects")
		}
		return nil, fmt.Errorf("leader_nondet: %w", err)
	}
	out := make([][]byte, len(raw))
	for i, e := range raw {
		var r LeaderResult
		dec := json.NewDecoder(bytes.NewReader(e))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			return nil, fmt.Errorf("leader_nondet[%d]: %v", i, err)
		}
		b, err := r.Encode()
		if err != nil {
			return nil, fmt.Errorf("leader_nondet[%d]: %v", i, err)
		}
		out[i] = b
	}
	return out, nil
}

// jsonCalldata maps one JSON value to calldata as Python's json.loads then
// calldata.encode would.
func jsonCalldata(src []byte) (calldata.Value, error) {
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if !utf8.Valid(src) {
		return nil, fmt.Errorf("the value is not valid UTF-8")
	}
	return fromJSON(v)
}

func fromJSON(v any) (calldata.Value, error) {
	switch x := v.(type) {
	case nil, bool, string:
		return x, nil
	case json.Number:
		i, ok := new(big.Int).SetString(string(x), 10)
		if !ok {
			return nil, fmt.Errorf("%s is a float, which calldata cannot encode", x)
		}
		return i, nil
	case []any:
		out := make([]calldata.Value, len(x))
		for i, e := range x {
			c, err := fromJSON(e)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	case map[string]any:
		out := make(calldata.Map, 0, len(x))
		for _, k := range slices.Sorted(maps.Keys(x)) {
			c, err := fromJSON(x[k])
			if err != nil {
				return nil, err
			}
			out = append(out, calldata.Entry{Key: k, Value: c})
		}
		return out, nil
	}
	return nil, fmt.Errorf("unexpected JSON value %T", v)
}

// FormatLeaderNondet is ParseLeaderNondet's inverse: the leader_nondet
// JSON list of results as a leader posts them (exec.Result.NondetResults),
// so a leader run's results can be given to validator runs. It fails for
// a block without a result and for values JSON cannot express (bytes,
// addresses, invalid UTF-8).
func FormatLeaderNondet(results [][]byte) ([]byte, error) {
	var sb strings.Builder
	sb.WriteByte('[')
	for i, r := range results {
		if i > 0 {
			sb.WriteByte(',')
		}
		if len(r) == 0 {
			return nil, fmt.Errorf("nondet block %d has no result", i)
		}
		var kind string
		var value calldata.Value
		switch r[0] {
		case hostio.ResultReturn:
			kind = KindReturn
			v, err := calldata.Decode(r[1:])
			if err != nil {
				return nil, fmt.Errorf("nondet block %d: %w", i, err)
			}
			value = v
		case hostio.ResultUserError, hostio.ResultVMError:
			kind = KindRollback
			if r[0] == hostio.ResultVMError {
				kind = KindContractError
			}
			if !utf8.Valid(r[1:]) {
				return nil, fmt.Errorf("nondet block %d: the message is not valid UTF-8", i)
			}
			value = string(r[1:])
		default:
			return nil, fmt.Errorf("nondet block %d: result code %d", i, r[0])
		}
		sb.WriteString(`{"kind":"` + kind + `","value":`)
		if err := writeJSON(&sb, value); err != nil {
			return nil, fmt.Errorf("nondet block %d: %w", i, err)
		}
		sb.WriteByte('}')
	}
	sb.WriteByte(']')
	return []byte(sb.String()), nil
}

func writeJSON(sb *strings.Builder, v calldata.Value) error {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case *big.Int:
		sb.WriteString(x.String())
	case string:
		calldata.WriteJSONString(sb, x)
	case []calldata.Value:
		sb.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			if err := writeJSON(sb, e); err != nil {
				return err
			}
		}
		sb.WriteByte(']')
	case calldata.Map:
		sb.WriteByte('{')
		for i, e := range x {
			if i > 0 {
				sb.WriteByte(',')
			}
			calldata.WriteJSONString(sb, e.Key)
			sb.WriteByte(':')
			if err := writeJSON(sb, e.Value); err != nil {
				return err
			}
		}
		sb.WriteByte('}')
	default:
		return fmt.Errorf("%s cannot be written as JSON", calldata.DebugString(v))
	}
	return nil
}

// loneSurrogate finds a \uXXXX escape of a UTF-16 surrogate inside a JSON
// string that is not half of a high+low pair.
func loneSurrogate(src []byte) (string, bool) {
	hex4 := func(i int) (rune, bool) {
		if i+6 > len(src) || src[i] != '\\' || src[i+1] != 'u' {
			return 0, false
		}
		n, err := strconv.ParseUint(string(src[i+2:i+6]), 16, 16)
		return rune(n), err == nil
	}
	inString := false
	for i := 0; i < len(src); i++ {
		switch c := src[i]; {
		case c == '"':
			inString = !inString
		case inString && c == '\\':
			r, ok := hex4(i)
			if !ok {
				i++ // a one-character escape
				continue
			}
			switch {
			case r >= 0xD800 && r < 0xDC00:
				if lo, ok := hex4(i + 6); ok && lo >= 0xDC00 && lo < 0xE000 {
					i += 11
					continue
				}
				return string(src[i : i+6]), true
			case r >= 0xDC00 && r < 0xE000:
				return string(src[i : i+6]), true
			}
			i += 5
		}
	}
	return "", false
}
