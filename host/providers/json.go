package providers

import (
	"bytes"
	"encoding/json"
	"math/big"
	"sort"
	"strconv"

	"github.com/genvm-go/genvm/rt/calldata"
)

// sortedMap sorts m by key (calldata order); a repeated key keeps its last
// value, as serde_json and Go maps do.
func sortedMap(m calldata.Map) (calldata.Map, bool) {
	c := append(calldata.Map(nil), m...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].Key < c[j].Key })
	out := c[:0]
	dup := false
	for _, e := range c {
		if n := len(out); n > 0 && out[n-1].Key == e.Key {
			out[n-1] = e
			dup = true
			continue
		}
		out = append(out, e)
	}
	return out, dup
}

// ParseJSONObject parses text as one JSON value that must be an object
// (GenVM parses JSON-mode replies into serde_json's Map, so anything else is
// an error). Integers become *big.Int, other numbers float64, objects
// calldata.Map in key order, arrays []calldata.Value.
func ParseJSONObject(text string) (calldata.Map, error) {
	dec := json.NewDecoder(bytes.NewReader([]byte(text)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, &json.SyntaxError{Offset: dec.InputOffset()}
	}
	var rest [1]byte
	if n, _ := dec.Buffered().Read(rest[:]); n > 0 {
		// json.Decoder tolerates trailing whitespace only.
		for _, b := range rest[:n] {
			if b != ' ' && b != '\n' && b != '\r' && b != '\t' {
				return nil, &json.SyntaxError{Offset: dec.InputOffset()}
			}
		}
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, errNotObject
	}
	return jsonToCalldata(m).(calldata.Map), nil
}

type notObject struct{}

func (notObject) Error() string { return "must be an object" }

var errNotObject error = notObject{}

func jsonToCalldata(v any) calldata.Value {
	switch v := v.(type) {
	case map[string]any:
		m := make(calldata.Map, 0, len(v))
		for k, x := range v {
			m = append(m, calldata.Entry{Key: k, Value: jsonToCalldata(x)})
		}
		if m, _ = sortedMap(m); m == nil {
			m = calldata.Map{}
		}
		return m
	case []any:
		a := make([]calldata.Value, len(v))
		for i, x := range v {
			a[i] = jsonToCalldata(x)
		}
		return a
	case json.Number:
		s := string(v)
		if i, ok := new(big.Int).SetString(s, 10); ok {
			return i
		}
		f, _ := strconv.ParseFloat(s, 64)
		return f
	}
	return v // nil, bool, string
}
