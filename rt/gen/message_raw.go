package gen

import "github.com/genvm-go/genvm/rt"

// gl.message_raw (A.2): the transaction's whole decoded message, a dict of
// contract_address, sender_address, origin_address, value, chain_id,
// is_init, datetime, stack, entry_kind, entry_data and entry_stage_data
// (keys in calldata order). The SDK value is bound once when a module is
// compiled, so it is a proxy that decodes the running transaction's
// message on every use.

type messageRawObj struct{}

var messageRawType = rt.NewClass("MessageRawType", "genlayer.gl")

func (messageRawObj) Class() *rt.Class { return messageRawType }

// messageRawDict decodes the running transaction's message.
func messageRawDict() rt.Value {
	if Env == nil || Env.Msg == nil {
		rt.Raise(rt.RuntimeError, "gl.message_raw outside a transaction")
	}
	return FromCalldata(Env.Msg.Calldata())
}

func init() {
	s := &messageRawType.Slots
	s.GetItem = func(_, key rt.Value) rt.Value { return rt.GetItem(messageRawDict(), key) }
	s.Contains = func(_, key rt.Value) bool { return rt.Contains(messageRawDict(), key) }
	s.Iter = func(rt.Value) rt.Iterator { return rt.Iter(messageRawDict()) }
	s.Len = func(rt.Value) int { return rt.Len(messageRawDict()) }
	s.Repr = func(rt.Value) string { return rt.Repr(messageRawDict()) }
	s.GetAttr = func(_ rt.Value, name string) (rt.Value, bool) {
		switch name {
		case "get", "keys", "values", "items", "copy":
			return rt.GetAttr(messageRawDict(), name), true
		}
		return nil, false
	}
	sdkValues["genlayer.gl.message_raw"] = messageRawObj{}
	// the compiler resolves gl.message_raw.<method> statically
	for _, name := range []string{"get", "keys", "values", "items", "copy"} {
		sdkValues["genlayer.gl.message_raw."+name] = &rt.Builtin{Name: name, Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
			return rt.Call(rt.GetAttr(messageRawDict(), name), args, kwargs)
		}}
	}
}
