package result

import (
	"fmt"
	"slices"
	"strings"

	"github.com/holiman/uint256"
	"golang.org/x/crypto/sha3"

	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
)

// MaxTopics is the most topics an EmitEvent may carry (public ABI
// EVENT_MAX_TOPICS); the SDK only warns when an event declares more.
const MaxTopics = 4

// Keccak256 is the legacy (Ethereum) Keccak-256 of b.
func Keccak256(b ...[]byte) [32]byte {
	h := sha3.NewLegacyKeccak256()
	for _, x := range b {
		h.Write(x)
	}
	var out [32]byte
	h.Sum(out[:0])
	return out
}

// Event describes a gl.Event subclass: its name and its indexed
// (positional-only) parameter names, sorted.
type Event struct {
	Name    string
	Indexed []string
}

// NewEvent builds the description from the class name and the indexed
// parameter names in declaration order (they are sorted, as the SDK does).
func NewEvent(name string, indexed []string) Event {
	return Event{name, slices.Sorted(slices.Values(indexed))}
}

// Signature is topic 0's preimage: Name(a,b,...) with the sorted names.
func (e Event) Signature() string { return e.Name + "(" + strings.Join(e.Indexed, ",") + ")" }

// TooManyTopics reports whether the SDK would warn that the event "may not
// be emitted correctly" (more indexed fields than MaxTopics).
func (e Event) TooManyTopics() bool { return len(e.Indexed) > MaxTopics }

// Blob builds the event's field map from a constructor call: positional
// values are assigned to the sorted indexed names in order (the SDK's quirk:
// not to the names in declaration order), then the keyword fields.
func (e Event) Blob(args []calldata.Value, kwargs calldata.Map) (calldata.Map, error) {
	if len(args) != len(e.Indexed) {
		quoted := make([]string, len(e.Indexed))
		for i, n := range e.Indexed {
			quoted[i] = "'" + n + "'"
		}
		tuple := "(" + strings.Join(quoted, ", ")
		if len(quoted) == 1 {
			tuple += ","
		}
		tuple += ")"
		return nil, &PyError{"TypeError", fmt.Sprintf("indexed fields mismatch, expected %s, but got %d positional arguments", tuple, len(args))}
	}
	blob := append(calldata.Map(nil), kwargs...)
	for i, name := range e.Indexed {
		if _, ok := kwargs.Get(name); ok {
			return nil, &PyError{"TypeError", fmt.Sprintf("indexed field `%s` must not be present in blob", name)}
		}
		blob = append(blob, calldata.Entry{Key: name, Value: args[i]})
	}
	return blob, nil
}

// Topics computes the event's topics: keccak256(signature), then for each
// indexed name (sorted) the calldata encoding of its value, right-padded
// with zeros to 32 bytes, or its keccak256 when longer than 32 bytes.
func (e Event) Topics(blob calldata.Map) ([][32]byte, error) {
	topics := [][32]byte{Keccak256([]byte(e.Signature()))}
	for _, name := range e.Indexed {
		v, ok := blob.Get(name)
		if !ok {
			return nil, &PyError{"KeyError", "'" + name + "'"}
		}
		enc, err := calldata.Encode(v)
		if err != nil {
			return nil, err
		}
		var t [32]byte
		if len(enc) > 32 {
			t = Keccak256(enc)
		} else {
			copy(t[:], enc)
		}
		topics = append(topics, t)
	}
	return topics, nil
}

// EmitEventRequest is the gl_call request of an emitted event:
// {"EmitEvent": {"blob": …, "topics": [bytes32, …]}}.
func EmitEventRequest(topics [][32]byte, blob calldata.Map) calldata.Value {
	ts := make([]calldata.Value, len(topics))
	for i := range topics {
		ts[i] = topics[i][:]
	}
	return calldata.Map{{Key: "EmitEvent", Value: calldata.Map{
		{Key: "blob", Value: blob},
		{Key: "topics", Value: ts},
	}}}
}

// PyError is an exception the SDK raises (Kind is its class).
type PyError struct {
	Kind string
	Msg  string
}

func (e *PyError) Error() string { return e.Kind + ": " + e.Msg }

// Create2Address is the address gl.deploy_contract returns for a non-zero
// salt: keccak256(0x01 ‖ deployer ‖ salt as 32 bytes big-endian ‖ chain id as
// 32 bytes big-endian), first 20 bytes.
func Create2Address(deployer address.Address, salt, chainID *uint256.Int) address.Address {
	s, c := salt.Bytes32(), chainID.Bytes32()
	h := Keccak256([]byte{0x01}, deployer[:], s[:], c[:])
	return address.Address(h[:address.Size])
}
