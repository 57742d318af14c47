package chain

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
)

// MsgsText renders a transaction's messages as GenVM's test host writes
// them to messages.txt (compared with a case's .msgs file): for each, in
// emission order,
//
//	send:\n\t<meta>\n\t<calldata>\n                 PostMessage
//	deploy:\n\t<meta>\n\t<calldata>\n\t<code>\n     DeployContract
//	eth_send:\n\t<calldata>\n\t<meta>\n             EthSend
//	post_event:\n\t[<topic>, ...]\n\t<blob>\n       EmitEvent
//
// where meta is the Python repr of the JSON object GenVM's WASI layer
// sends (serde_json with sorted keys: {'on': …, 'salt_nonce': '0x…',
// 'value': '0x…'}, amounts as lowercase hex without leading zeros) and
// calldata, code, topics and blob are Python bytes reprs (calldata and
// blob in their calldata encoding).
func MsgsText(msgs []exec.Message) (string, error) {
	var sb strings.Builder
	for _, m := range msgs {
		get := func(k string) calldata.Value { v, _ := m.Args.Get(k); return v }
		enc := func(k string) (string, error) {
			b, err := calldata.Encode(get(k))
			return pyBytes(b), err
		}
		raw := func(k string) string { b, _ := get(k).([]byte); return pyBytes(b) }
		switch m.Kind {
		case "PostMessage":
			cd, err := enc("calldata")
			if err != nil {
				return "", err
			}
			fmt.Fprintf(&sb, "send:\n\t{'on': %s, 'value': %s}\n\t%s\n", pyStr(get("on")), hexAmount(get("value")), cd)
		case "DeployContract":
			cd, err := enc("calldata")
			if err != nil {
				return "", err
			}
			fmt.Fprintf(&sb, "deploy:\n\t{'on': %s, 'salt_nonce': %s, 'value': %s}\n\t%s\n\t%s\n",
				pyStr(get("on")), hexAmount(get("salt_nonce")), hexAmount(get("value")), cd, raw("code"))
		case "EthSend":
			fmt.Fprintf(&sb, "eth_send:\n\t%s\n\t{'value': %s}\n", raw("calldata"), hexAmount(get("value")))
		case "EmitEvent":
			ts, _ := get("topics").([]calldata.Value)
			parts := make([]string, len(ts))
			for i, t := range ts {
				b, _ := t.([]byte)
				parts[i] = pyBytes(b)
			}
			blob, err := enc("blob")
			if err != nil {
				return "", err
			}
			fmt.Fprintf(&sb, "post_event:\n\t[%s]\n\t%s\n", strings.Join(parts, ", "), blob)
		default:
			return "", fmt.Errorf("chain: unknown message kind %q", m.Kind)
		}
	}
	return sb.String(), nil
}

func pyBytes(b []byte) string { return rt.Repr(rt.Bytes(b)) }

func pyStr(v calldata.Value) string {
	s, _ := v.(string)
	return rt.Repr(s)
}

// hexAmount is Rust's format!("0x{:x}", u256) as a Python str repr.
func hexAmount(v calldata.Value) string {
	i, _ := v.(*big.Int)
	if i == nil {
		i = new(big.Int)
	}
	return "'0x" + i.Text(16) + "'"
}
