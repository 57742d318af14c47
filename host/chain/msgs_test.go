package chain_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
)

func mustHex(s string) address.Address {
	a, err := address.Parse(s)
	if err != nil {
		panic(err)
	}
	return a
}

// TestMsgsTextGoldens renders messages as GenVM's .msgs goldens
// (executor/testdata/cases/py-core/*.msgs): their calldata and code lines
// verbatim; the metadata dicts as the v0.1.6 executor builds them
// (genlayer_sdk.rs: serde_json with sorted keys, every field present).
func TestMsgsTextGoldens(t *testing.T) {
	addr := mustHex("0x0200000000000000000000000000000000000000")
	cd := func(readable string) calldata.Value {
		v, err := calldata.ParseReadable(readable)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	m := func(kind string, kv ...any) exec.Message {
		var args calldata.Map
		for i := 0; i < len(kv); i += 2 {
			args = append(args, calldata.Entry{Key: kv[i].(string), Value: kv[i+1]})
		}
		return exec.Message{Kind: kind, Args: args}
	}
	ethData := append([]byte{0x29, 0xe9, 0x9f, 0x07}, make([]byte, 32)...)
	ethData[len(ethData)-1] = '\n'
	for _, c := range []struct {
		name string
		msgs []exec.Message
		want string
	}{
		{"balance.msgs: emit_transfer(value=5)",
			[]exec.Message{m("PostMessage", "address", addr, "calldata", cd("{}"), "on", "finalized", "value", big.NewInt(5))},
			"send:\n\t{'on': 'finalized', 'value': '0x5'}\n\tb'\\x06'\n"},
		{"send_message_on.0.msgs",
			[]exec.Message{m("PostMessage", "address", addr, "calldata", cd(`{"method": "foo", "args": [1, 2]}`), "on", "finalized", "value", 0)},
			"send:\n\t{'on': 'finalized', 'value': '0x0'}\n\tb'\\x16\\x04args\\x15\\t\\x11\\x06method\\x1cfoo'\n"},
		{"send_message_on.1.msgs",
			[]exec.Message{m("PostMessage", "address", addr, "calldata", cd(`{"method": "foo", "args": [1, 2]}`), "on", "accepted", "value", int64(0))},
			"send:\n\t{'on': 'accepted', 'value': '0x0'}\n\tb'\\x16\\x04args\\x15\\t\\x11\\x06method\\x1cfoo'\n"},
		{"deploy.msgs",
			[]exec.Message{m("DeployContract", "calldata", cd(`{"args": [], "kwargs": {}}`), "code", []byte("not really a contract"), "on", "finalized", "salt_nonce", 0, "value", 0)},
			"deploy:\n\t{'on': 'finalized', 'salt_nonce': '0x0', 'value': '0x0'}\n\tb'\\x16\\x04args\\x05\\x06kwargs\\x06'\n\tb'not really a contract'\n"},
		{"deploy_salt.msgs",
			[]exec.Message{m("DeployContract", "calldata", cd(`{}`), "code", []byte("not really a contract"), "on", "finalized", "salt_nonce", big.NewInt(1), "value", 0)},
			"deploy:\n\t{'on': 'finalized', 'salt_nonce': '0x1', 'value': '0x0'}\n\tb'\\x06'\n\tb'not really a contract'\n"},
		{"send_message_eth.msgs",
			[]exec.Message{m("EthSend", "address", addr, "calldata", ethData, "value", uint64(0))},
			"eth_send:\n\tb')\\xe9\\x9f\\x07" + strings.Repeat(`\x00`, 31) + "\\n'\n\t{'value': '0x0'}\n"},
		{"post_event (mock_host.py's post_event line)",
			[]exec.Message{m("EmitEvent", "blob", cd(`{"a": 1}`), "topics", []calldata.Value{make([]byte, 32), []byte(strings.Repeat("'", 32))})},
			"post_event:\n\t[b'" + strings.Repeat(`\x00`, 32) + "', b\"" + strings.Repeat("'", 32) + "\"]\n\tb'\\x0e\\x01a\\t'\n"},
		{"two messages, in emission order",
			[]exec.Message{
				m("EmitEvent", "blob", cd(`{}`), "topics", []calldata.Value{}),
				m("PostMessage", "address", addr, "calldata", cd("{}"), "on", "accepted", "value", big.NewInt(255)),
			},
			"post_event:\n\t[]\n\tb'\\x06'\nsend:\n\t{'on': 'accepted', 'value': '0xff'}\n\tb'\\x06'\n"},
	} {
		got, err := chain.MsgsText(c.msgs)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
	for _, bad := range []exec.Message{
		m("PostMessage", "calldata", cd("{}"), "on", "finalized", "value", "5"),
		m("PostMessage", "calldata", cd("{}"), "on", 1, "value", 5),
		m("DeployContract", "calldata", cd("{}"), "code", "str", "on", "finalized", "salt_nonce", 0, "value", 0),
		m("EmitEvent", "blob", cd("{}"), "topics", []calldata.Value{"x"}),
		m("Bogus"),
	} {
		if _, err := chain.MsgsText([]exec.Message{bad}); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}
