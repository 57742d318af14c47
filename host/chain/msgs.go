package chain

import (
	"fmt"
	"strings"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
)

// MsgsText renders a transaction's messages as GenVM's test host writes
// them to messages.txt (executor/testdata/runner/mock_host.py), the format
// of its .msgs goldens. Each message is its kind and tab-indented Python
// reprs: the JSON metadata the executor sends (serde_json with sorted
// keys, amounts as "0x<hex>") as a dict, and byte strings as bytes
// literals (calldata and event blobs in their calldata encoding):
//
//	send:\n\t{'on': 'finalized', 'value': '0x0'}\n\t<calldata bytes>\n
//	deploy:\n\t{'on': …, 'salt_nonce': '0x0', 'value': …}\n\t<calldata bytes>\n\t<code bytes>\n
//	eth_send:\n\t<calldata bytes>\n\t{'value': '0x0'}\n
//	post_event:\n\t[<topic bytes>, ...]\n\t<blob calldata bytes>\n
//
// The target address of a send is not shown (GenVM's host does not print
// it either). A message whose fields have the wrong types is an error.
func MsgsText(msgs []exec.Message) (string, error) {
	var b strings.Builder
	for _, m := range msgs {
		if err := formatMessage(&b, m); err != nil {
			return "", fmt.Errorf("message %s: %w", m.Kind, err)
		}
	}
	return b.String(), nil
}

func formatMessage(b *strings.Builder, m exec.Message) error {
	get := func(k string) calldata.Value { v, _ := m.Args.Get(k); return v }
	hexField := func(k string) (string, error) {
		n, ok := calldata.AsBig(get(k))
		if !ok || n.Sign() < 0 {
			return "", fmt.Errorf("%s is not a non-negative integer", k)
		}
		return "0x" + n.Text(16), nil
	}
	str := func(k string) (string, error) {
		s, ok := get(k).(string)
		if !ok {
			return "", fmt.Errorf("%s is not a string", k)
		}
		return s, nil
	}
	encoded := func(k string) (string, error) {
		enc, err := calldata.Encode(get(k))
		if err != nil {
			return "", fmt.Errorf("%s: %w", k, err)
		}
		return pyBytes(enc), nil
	}
	raw := func(k string) (string, error) {
		v, ok := get(k).([]byte)
		if !ok {
			return "", fmt.Errorf("%s is not bytes", k)
		}
		return pyBytes(v), nil
	}
	var lines []string
	var err error
	field := func(f func(string) (string, error), k string) string {
		if err != nil {
			return ""
		}
		var s string
		s, err = f(k)
		return s
	}
	switch m.Kind {
	case "PostMessage":
		b.WriteString("send:\n")
		meta := pyDict("on", field(str, "on"), "value", field(hexField, "value"))
		lines = []string{meta, field(encoded, "calldata")}
	case "DeployContract":
		b.WriteString("deploy:\n")
		meta := pyDict("on", field(str, "on"), "salt_nonce", field(hexField, "salt_nonce"),
			"value", field(hexField, "value"))
		lines = []string{meta, field(encoded, "calldata"), field(raw, "code")}
	case "EthSend":
		b.WriteString("eth_send:\n")
		lines = []string{field(raw, "calldata"), pyDict("value", field(hexField, "value"))}
	case "EmitEvent":
		b.WriteString("post_event:\n")
		ts, _ := get("topics").([]calldata.Value)
		reprs := make([]string, len(ts))
		for i, t := range ts {
			tb, ok := t.([]byte)
			if !ok {
				return fmt.Errorf("topic %d is not bytes", i)
			}
			reprs[i] = pyBytes(tb)
		}
		lines = []string{"[" + strings.Join(reprs, ", ") + "]", field(encoded, "blob")}
	default:
		return fmt.Errorf("unknown message kind")
	}
	if err != nil {
		return err
	}
	for _, l := range lines {
		b.WriteString("\t" + l + "\n")
	}
	return nil
}

// pyDict is Python's repr of a dict of str keys and str values, given as
// alternating keys and values in insertion order.
func pyDict(kv ...string) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(rt.Repr(kv[i]) + ": " + rt.Repr(kv[i+1]))
	}
	b.WriteByte('}')
	return b.String()
}

func pyBytes(b []byte) string { return rt.Repr(rt.Bytes(b)) }
