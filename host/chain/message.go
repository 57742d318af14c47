package chain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/genvm-go/genvm/rt/address"
)

// MessageJSON is GenVM's --message JSON (doc/schemas/message.json):
// addresses in base64, chain_id a decimal string, value an integer or null.
type MessageJSON struct {
	Schema          string          `json:"$schema,omitempty"`
	ContractAddress string          `json:"contract_address"`
	SenderAddress   string          `json:"sender_address"`
	OriginAddress   string          `json:"origin_address"`
	ChainID         json.RawMessage `json:"chain_id"`
	Value           json.RawMessage `json:"value"`
	IsInit          bool            `json:"is_init"`
	Datetime        string          `json:"datetime"`
}

// DefaultMessage is GenVM's test template (executor/testdata/templates/
// message.json): contract 0x01 00…, sender and origin 0x02 00…, chain 0,
// value null, not a deploy, the default datetime.
func DefaultMessage() MessageJSON {
	return MessageJSON{
		ContractAddress: "AQAAAAAAAAAAAAAAAAAAAAAAAAA=",
		SenderAddress:   "AgAAAAAAAAAAAAAAAAAAAAAAAAA=",
		OriginAddress:   "AgAAAAAAAAAAAAAAAAAAAAAAAAA=",
		ChainID:         json.RawMessage(`"0"`),
		Value:           json.RawMessage(`null`),
		Datetime:        DefaultDatetime,
	}
}

// ParseMessage reads a --message JSON object over the defaults (fields it
// omits keep their default) into a transaction without calldata or code.
// Unknown fields are errors.
func ParseMessage(src string) (*Tx, error) {
	m := DefaultMessage()
	if src != "" {
		dec := json.NewDecoder(bytes.NewReader([]byte(src)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&m); err != nil {
			return nil, fmt.Errorf("--message: %w", err)
		}
		if dec.More() {
			return nil, fmt.Errorf("--message: trailing data after the JSON object")
		}
	}
	tx := &Tx{IsInit: m.IsInit, Datetime: m.Datetime}
	var err error
	for _, f := range []struct {
		name string
		src  string
		dst  *address.Address
	}{
		{"contract_address", m.ContractAddress, &tx.Contract},
		{"sender_address", m.SenderAddress, &tx.Sender},
		{"origin_address", m.OriginAddress, &tx.Origin},
	} {
		if *f.dst, err = address.FromB64(f.src); err != nil {
			if *f.dst, err = address.FromHex(f.src); err != nil {
				return nil, fmt.Errorf("--message: %s: %q is neither base64 nor 0x-hex of 20 bytes", f.name, f.src)
			}
		}
	}
	if tx.ChainID, err = jsonInt(m.ChainID, "chain_id", true); err != nil {
		return nil, err
	}
	if tx.Value, err = jsonInt(m.Value, "value", false); err != nil {
		return nil, err
	}
	if _, err := time.Parse(time.RFC3339Nano, m.Datetime); err != nil {
		return nil, fmt.Errorf("--message: datetime: %q is not RFC 3339", m.Datetime)
	}
	return tx, nil
}

// jsonInt reads a non-negative integer given as a JSON number, a decimal
// string (chain_id is one in GenVM) or null (0).
func jsonInt(raw json.RawMessage, name string, stringOK bool) (*big.Int, error) {
	s := string(bytes.TrimSpace(raw))
	if s == "" || s == "null" {
		return new(big.Int), nil
	}
	if s[0] == '"' {
		if err := json.Unmarshal(raw, &s); err != nil || !stringOK {
			return nil, fmt.Errorf("--message: %s: want an integer", name)
		}
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return nil, fmt.Errorf("--message: %s: %s is not a non-negative integer", name, s)
	}
	return v, nil
}
