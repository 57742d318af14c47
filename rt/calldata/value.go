// Package calldata implements GenVM's calldata: the binary encoding of
// method arguments, results, messages and events (spec §3), byte-compatible
// with the original GenVM (executor/common/src/calldata/bin.rs and the
// Python SDK's genlayer.py.calldata).
//
// Values are plain Go values of these dynamic types:
//
//	nil              null
//	bool             true / false
//	*big.Int         an integer of any size (Encode also accepts int, int64, uint64)
//	string           str (valid UTF-8)
//	[]byte           bytes
//	address.Address  an address
//	[]Value          an array
//	Map              a map with string keys
//
// Decode accepts only canonical input: minimal ULEB128 numbers, map keys in
// strictly ascending byte order, valid UTF-8, known specials, lengths that fit
// in 32 bits, no trailing bytes. Every rejection is a *DecodeError naming the
// byte offset. Consequently Encode(Decode(b)) == b for every accepted b.
// Decode is what the executor applies (host messages, gl_call, results).
//
// DecodeSDK is the Python SDK's own decoder, which a contract applies to its
// method calldata: it accepts the same inputs as Decode but fails lazily and
// with the SDK's exception classes (DecodingError, UnicodeDecodeError), so use
// it where GenVM would run the SDK's decoder.
//
// DebugString is the SDK's to_str debug form; ParseReadable parses the
// readable input form of the genvmc CLI.
package calldata

import (
	"bytes"
	"math/big"
	"sort"

	"github.com/genvm-go/genvm/rt/address"
)

// Value is a calldata value; see the package documentation for its types.
type Value = any

// Entry is one key/value pair of a Map.
type Entry struct {
	Key   string
	Value Value
}

// Map is a calldata map. Decode returns maps with keys in ascending byte
// order (the only order the encoding allows); Encode sorts a copy if needed.
type Map []Entry

// Get returns the value stored under key.
func (m Map) Get(key string) (Value, bool) {
	for i := range m {
		if m[i].Key == key {
			return m[i].Value, true
		}
	}
	return nil, false
}

// sorted returns m with keys in ascending byte order (m itself when it
// already is) and whether a key repeats.
func (m Map) sorted() (Map, bool) {
	ok := true
	for i := 1; i < len(m); i++ {
		if m[i-1].Key >= m[i].Key {
			ok = false
			break
		}
	}
	if ok {
		return m, false
	}
	c := append(Map(nil), m...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].Key < c[j].Key })
	for i := 1; i < len(c); i++ {
		if c[i-1].Key == c[i].Key {
			return c, true
		}
	}
	return c, false
}

// Equal reports whether a and b are the same calldata value (integers by
// value, maps by their sorted entries).
func Equal(a, b Value) bool {
	switch x := a.(type) {
	case nil:
		return b == nil
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case string:
		y, ok := b.(string)
		return ok && x == y
	case []byte:
		y, ok := b.([]byte)
		return ok && bytes.Equal(x, y)
	case address.Address:
		y, ok := b.(address.Address)
		return ok && x == y
	case []Value:
		y, ok := b.([]Value)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !Equal(x[i], y[i]) {
				return false
			}
		}
		return true
	case Map:
		y, ok := b.(Map)
		if !ok || len(x) != len(y) {
			return false
		}
		xs, _ := x.sorted()
		ys, _ := y.sorted()
		for i := range xs {
			if xs[i].Key != ys[i].Key || !Equal(xs[i].Value, ys[i].Value) {
				return false
			}
		}
		return true
	}
	xi, okx := AsBig(a)
	yi, oky := AsBig(b)
	return okx && oky && xi.Cmp(yi) == 0
}

// AsBig returns the integer v holds: a *big.Int, or one of the Go integer
// types (int, int64, uint64) that Encode also accepts; ok is false for
// anything else.
func AsBig(v Value) (*big.Int, bool) {
	switch x := v.(type) {
	case *big.Int:
		return x, x != nil
	case int:
		return big.NewInt(int64(x)), true
	case int64:
		return big.NewInt(x), true
	case uint64:
		return new(big.Int).SetUint64(x), true
	}
	return nil, false
}
