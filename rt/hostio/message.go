package hostio

import (
	"fmt"
	"math/big"

	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
)

// Entry kinds of the extended message.
const (
	EntryMain           = 0
	EntrySandbox        = 1
	EntryConsensusStage = 2
)

// Message is GenVM's extended message (spec §1.1 item 7): what the
// contract reads on its stdin in the original, and gl.message_raw.
type Message struct {
	ContractAddress address.Address
	SenderAddress   address.Address
	OriginAddress   address.Address
	Stack           []address.Address // view-call chain, outermost first
	ChainID         *big.Int
	Value           *big.Int
	IsInit          bool
	Datetime        string // RFC 3339, e.g. 2024-11-26T06:42:42.424242Z
	EntryKind       int
	EntryData       []byte         // method calldata for a main entry
	EntryStageData  calldata.Value // nil, or {"leaders_result": bytes}
}

// Calldata returns the message as the calldata map GenVM passes.
func (m *Message) Calldata() calldata.Map {
	stack := make([]calldata.Value, len(m.Stack))
	for i, a := range m.Stack {
		stack[i] = a
	}
	chain, value := m.ChainID, m.Value
	if chain == nil {
		chain = new(big.Int)
	}
	if value == nil {
		value = new(big.Int)
	}
	data := m.EntryData
	if data == nil {
		data = []byte{}
	}
	return calldata.Map{
		{Key: "chain_id", Value: chain},
		{Key: "contract_address", Value: m.ContractAddress},
		{Key: "datetime", Value: m.Datetime},
		{Key: "entry_data", Value: data},
		{Key: "entry_kind", Value: big.NewInt(int64(m.EntryKind))},
		{Key: "entry_stage_data", Value: m.EntryStageData},
		{Key: "is_init", Value: m.IsInit},
		{Key: "origin_address", Value: m.OriginAddress},
		{Key: "sender_address", Value: m.SenderAddress},
		{Key: "stack", Value: stack},
		{Key: "value", Value: value},
	}
}

// MessageError reports a malformed extended message.
type MessageError struct{ Field, Msg string }

func (e *MessageError) Error() string {
	return fmt.Sprintf("hostio: message field %q: %s", e.Field, e.Msg)
}

// ParseMessage decodes the extended message from its calldata map.
func ParseMessage(v calldata.Value) (*Message, error) {
	mp, ok := v.(calldata.Map)
	if !ok {
		return nil, &MessageError{"", "not a map"}
	}
	m := &Message{}
	get := func(key string) (calldata.Value, error) {
		x, ok := mp.Get(key)
		if !ok {
			return nil, &MessageError{key, "missing"}
		}
		return x, nil
	}
	addr := func(key string, dst *address.Address) error {
		x, err := get(key)
		if err != nil {
			return err
		}
		a, ok := x.(address.Address)
		if !ok {
			return &MessageError{key, "not an address"}
		}
		*dst = a
		return nil
	}
	integer := func(key string) (*big.Int, error) {
		x, err := get(key)
		if err != nil {
			return nil, err
		}
		i, ok := x.(*big.Int)
		if !ok {
			return nil, &MessageError{key, "not an int"}
		}
		return i, nil
	}
	if err := addr("contract_address", &m.ContractAddress); err != nil {
		return nil, err
	}
	if err := addr("sender_address", &m.SenderAddress); err != nil {
		return nil, err
	}
	if err := addr("origin_address", &m.OriginAddress); err != nil {
		return nil, err
	}
	var err error
	if m.ChainID, err = integer("chain_id"); err != nil {
		return nil, err
	}
	if m.Value, err = integer("value"); err != nil {
		return nil, err
	}
	kind, err := integer("entry_kind")
	if err != nil {
		return nil, err
	}
	if !kind.IsInt64() || kind.Int64() < 0 || kind.Int64() > 2 {
		return nil, &MessageError{"entry_kind", "not 0, 1 or 2"}
	}
	m.EntryKind = int(kind.Int64())
	x, err := get("is_init")
	if err != nil {
		return nil, err
	}
	if m.IsInit, ok = x.(bool); !ok {
		return nil, &MessageError{"is_init", "not a bool"}
	}
	if x, err = get("datetime"); err != nil {
		return nil, err
	}
	if m.Datetime, ok = x.(string); !ok {
		return nil, &MessageError{"datetime", "not a str"}
	}
	if x, err = get("entry_data"); err != nil {
		return nil, err
	}
	if m.EntryData, ok = x.([]byte); !ok {
		return nil, &MessageError{"entry_data", "not bytes"}
	}
	if x, err = get("stack"); err != nil {
		return nil, err
	}
	arr, ok := x.([]calldata.Value)
	if !ok {
		return nil, &MessageError{"stack", "not an array"}
	}
	for _, e := range arr {
		a, ok := e.(address.Address)
		if !ok {
			return nil, &MessageError{"stack", "element not an address"}
		}
		m.Stack = append(m.Stack, a)
	}
	m.EntryStageData, _ = mp.Get("entry_stage_data")
	return m, nil
}
