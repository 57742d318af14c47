package gen

import (
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/calldata"
)

// gl.calldata (genlayer.py.calldata): encode(value) -> bytes in GenVM's
// calldata format (spec §3), decode(bytes) -> value, to_str(value) -> the
// debug text form. Values convert as method results and arguments do.

func init() {
	encode := &rt.Builtin{Name: "encode", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 {
			rt.Raise(rt.TypeError, "encode() takes exactly one positional argument")
		}
		b, err := calldata.Encode(ToCalldata(args[0]))
		if err != nil {
			rt.Raise(rt.TypeError, err.Error())
		}
		return rt.Bytes(b)
	}}
	decode := &rt.Builtin{Name: "decode", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 {
			rt.Raise(rt.TypeError, "decode() takes exactly one positional argument")
		}
		b, ok := args[0].(rt.Bytes)
		if !ok {
			rt.Raisef(rt.TypeError, "expected bytes, got ", rt.TypeName(args[0]))
		}
		v, err := calldata.Decode([]byte(b))
		if err != nil {
			rt.Raise(rt.ValueError, err.Error())
		}
		return FromCalldata(v)
	}}
	toStr := &rt.Builtin{Name: "to_str", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 {
			rt.Raise(rt.TypeError, "to_str() takes exactly one positional argument")
		}
		return calldata.DebugString(ToCalldata(args[0]))
	}}
	for _, p := range []string{"genlayer.gl.calldata.", "genlayer.py.calldata."} {
		sdkValues[p+"encode"] = encode
		sdkValues[p+"decode"] = decode
		sdkValues[p+"to_str"] = toStr
	}
}
