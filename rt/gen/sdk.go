package gen

import (
	"math/big"
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/hostio"
)

// This file is the runtime side of the GenLayer SDK names that compiled
// contracts use: the gl namespace, Address, sized integer types, decorators,
// gl.message, gl.vm.UserError and user_error_immediate.

// Env is the running transaction (nil in scripts run in-process).
var Env *hostio.Env

// AddressObj is a genlayer Address value.
type AddressObj struct{ A address.Address }

// AddressType is the class of Address values.
var AddressType = rt.NewClass("Address", "genlayer.py.types")

// Class returns Address.
func (*AddressObj) Class() *rt.Class { return AddressType }

func init() {
	s := &AddressType.Slots
	s.Repr = func(v rt.Value) string { return v.(*AddressObj).A.Repr() }
	s.Str = func(v rt.Value) string { return v.(*AddressObj).A.Hex() }
	s.Hash = func(v rt.Value) int64 { return rt.HashBytes(rt.Bytes(v.(*AddressObj).A[:])) }
	s.Compare = func(op rt.CompareOp, a, b rt.Value) rt.Value {
		x, ok1 := a.(*AddressObj)
		y, ok2 := b.(*AddressObj)
		if !ok1 || !ok2 {
			return rt.NotImplemented
		}
		c := x.A.Compare(y.A)
		switch op {
		case rt.OpLT:
			return c < 0
		case rt.OpLE:
			return c <= 0
		case rt.OpEQ:
			return c == 0
		case rt.OpNE:
			return c != 0
		case rt.OpGT:
			return c > 0
		}
		return c >= 0
	}
	s.Format = func(v rt.Value, spec string) string {
		r, err := v.(*AddressObj).A.Format(spec)
		if err != nil {
			raiseAddrErr(err)
		}
		return r
	}
	s.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		a := v.(*AddressObj).A
		switch name {
		case "as_hex":
			return a.Hex(), true
		case "as_bytes":
			return rt.Bytes(a[:]), true
		case "as_b64":
			return a.B64(), true
		case "as_int":
			return rt.IntFromBig(a.Int()), true
		}
		return nil, false
	}
	rt.SetConstructor(AddressType, func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 || len(kwargs) != 0 {
			rt.Raise(rt.TypeError, "Address() takes exactly one argument")
		}
		switch x := args[0].(type) {
		case *AddressObj:
			return x
		case string:
			a, err := address.Parse(x)
			if err != nil {
				raiseAddrErr(err)
			}
			return &AddressObj{a}
		case rt.Bytes:
			a, err := address.FromBytes([]byte(x))
			if err != nil {
				raiseAddrErr(err)
			}
			return &AddressObj{a}
		}
		rt.Raisef(rt.TypeError, "expected str or bytes, got ", rt.TypeName(args[0]))
		return nil
	})
}

func raiseAddrErr(err error) {
	if e, ok := err.(*address.Error); ok {
		rt.Raise(classByName(e.Kind), e.Msg)
	}
	rt.Raise(rt.ValueError, err.Error())
}

func classByName(name string) *rt.Class {
	switch name {
	case "TypeError":
		return rt.TypeError
	case "OverflowError":
		return rt.OverflowError
	case "IndexError":
		return rt.IndexError
	case "KeyError":
		return rt.KeyError
	case "StopIteration":
		return rt.StopIteration
	case "UnicodeDecodeError":
		return rt.UnicodeDecodeError
	case "Exception":
		return rt.ExceptionClass
	}
	return rt.ValueError
}

// ContractBase is gl.Contract.
var ContractBase = rt.NewClass("Contract", "genlayer.gl")

// identity is a decorator that returns its argument (gl.public.write, ...).
var identity = &rt.Builtin{Name: "decorator", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
	if len(args) == 1 && len(kwargs) == 0 {
		return args[0]
	}
	// min_gas(leader=..., validator=...) returns a decorator
	return identityDeco
}}

var identityDeco = &rt.Builtin{Name: "decorator", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value { return args[0] }}

// intType is a sized integer NewType (u256, i64, bigint): calling it
// returns its argument (no range check, as typing.NewType).
func intType(name string) rt.Value {
	return &rt.Builtin{Name: name, Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 {
			rt.Raisef(rt.TypeError, name, "() takes exactly one argument")
		}
		return args[0]
	}}
}

// Namespace objects for gl and its sub-namespaces.
type sdkNS struct{ path string }

var sdkNSType = rt.NewClass("module", "builtins")

func (*sdkNS) Class() *rt.Class { return sdkNSType }

func init() {
	sdkNSType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		return SDK(v.(*sdkNS).path + "." + name), true
	}
	sdkNSType.Slots.Repr = func(v rt.Value) string { return "<module '" + v.(*sdkNS).path + "'>" }
}

// messageObj is gl.message.
type messageObj struct{}

var messageType = rt.NewClass("MessageType", "genlayer.gl")

func (messageObj) Class() *rt.Class { return messageType }

func init() {
	messageType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		if Env == nil {
			rt.Raise(rt.RuntimeError, "gl.message outside a transaction")
		}
		m := Env.Msg
		switch name {
		case "contract_address":
			return &AddressObj{m.ContractAddress}, true
		case "sender_address":
			return &AddressObj{m.SenderAddress}, true
		case "origin_address":
			return &AddressObj{m.OriginAddress}, true
		case "value":
			return bigOrZero(m.Value), true
		case "chain_id":
			return bigOrZero(m.ChainID), true
		}
		return nil, false
	}
}

func bigOrZero(b *big.Int) rt.Value {
	if b == nil {
		return rt.IntFromInt64(0)
	}
	return rt.IntFromBig(b)
}

var userErrorImmediate = &rt.Builtin{Name: "user_error_immediate", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
	msg, _ := args[0].(string)
	panic(&hostio.Rollback{Msg: msg})
}}

var sdkValues = map[string]rt.Value{}

func init() {
	for _, n := range []string{"genlayer", "genlayer.gl", "genlayer.gl.public", "genlayer.gl.public.write", "genlayer.gl.vm",
		"genlayer.gl.advanced", "genlayer.gl.storage", "genlayer.gl.calldata", "genlayer.gl.eq_principle", "genlayer.gl.nondet"} {
		sdkValues[n] = &sdkNS{n}
	}
	for _, n := range []string{"genlayer.gl.public.view", "genlayer.gl.public.write.payable",
		"genlayer.gl.private", "genlayer.allow_storage", "genlayer.gl.storage.allow_storage"} {
		sdkValues[n] = identity
	}
	sdkValues["genlayer.gl.public.write"] = &sdkWrite{}
	sdkValues["genlayer.gl.public.write.min_gas"] = minGas
	sdkValues["genlayer.gl.Contract"] = ContractBase
	sdkValues["genlayer.Address"] = AddressType
	sdkValues["genlayer.gl.message"] = messageObj{}
	sdkValues["genlayer.gl.vm.UserError"] = hostio.UserError
	sdkValues["genlayer.gl.advanced.user_error_immediate"] = userErrorImmediate
	sdkValues["genlayer.bigint"] = intType("bigint")
	for _, p := range []string{"u", "i"} {
		for b := 8; b <= 256; b += 8 {
			n := p + itoa(b)
			sdkValues["genlayer."+n] = intType(n)
		}
	}
}

// sdkWrite is gl.public.write: a decorator with attributes payable and
// min_gas.
type sdkWrite struct{}

var sdkWriteType = rt.NewClass("write", "genlayer.gl.public")

func (*sdkWrite) Class() *rt.Class { return sdkWriteType }

func init() {
	sdkWriteType.Slots.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return identity.Fn(args, kwargs)
	}
	sdkWriteType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		return SDK("genlayer.gl.public.write." + name), true
	}
}

// minGas is gl.public.write.min_gas(leader=, validator=): it returns a
// decorator (the schema records the gas; at run time it is the identity)
// that also has .payable, as in `@gl.public.write.min_gas(...).payable`.
var minGas = &rt.Builtin{Name: "min_gas", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
	return minGasDeco{}
}}

type minGasDeco struct{}

var minGasDecoType = rt.NewClass("min_gas", "genlayer.gl.public.write")

func (minGasDeco) Class() *rt.Class { return minGasDecoType }

func init() {
	minGasDecoType.Slots.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return identity.Fn(args, kwargs)
	}
	minGasDecoType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		if name == "payable" {
			return identity, true
		}
		return nil, false
	}
}

func itoa(n int) string {
	return big.NewInt(int64(n)).String()
}

// SDK returns the runtime value of an SDK name (canonical dotted path).
func SDK(path string) rt.Value {
	if v, ok := sdkValues[path]; ok {
		return v
	}
	if strings.HasPrefix(path, "genlayer.gl.storage.") {
		if v, ok := sdkValues["genlayer."+strings.TrimPrefix(path, "genlayer.gl.storage.")]; ok {
			return v
		}
	}
	name := path[strings.LastIndexByte(path, '.')+1:]
	return &rt.Builtin{Name: name, Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		rt.Raisef(rt.NotImplementedError, strings.TrimPrefix(path, "genlayer."), " is not supported by genvm-go yet")
		return nil
	}}
}

// ToCalldata converts a Python value to calldata (a method's result).
//
// Each level of nesting counts as a Python call, as the SDK's recursive
// calldata.encode does: a value nested past the recursion limit raises
// RecursionError (and cannot overflow the Go stack).
func ToCalldata(v rt.Value) calldata.Value {
	rt.Enter()
	defer rt.Leave()
	switch x := v.(type) {
	case rt.NoneType:
		return nil
	case bool:
		return x
	case rt.Int:
		return x.Big()
	case string:
		return x
	case rt.Bytes:
		return []byte(x)
	case *AddressObj:
		return x.A
	case *rt.List:
		out := make([]calldata.Value, len(x.Items))
		for i, it := range x.Items {
			out[i] = ToCalldata(it)
		}
		return out
	case *rt.Tuple:
		out := make([]calldata.Value, len(x.Items))
		for i, it := range x.Items {
			out[i] = ToCalldata(it)
		}
		return out
	case *rt.Dict:
		var m calldata.Map
		for _, k := range x.Keys() {
			s, ok := k.(string)
			if !ok {
				rt.Raisef(rt.TypeError, "calldata dict keys must be str, got ", rt.TypeName(k))
			}
			val, _ := x.Get(k)
			m = append(m, calldata.Entry{Key: s, Value: ToCalldata(val)})
		}
		return m
	case *DynArrayView:
		items := x.items()
		out := make([]calldata.Value, len(items))
		for i, it := range items {
			out[i] = ToCalldata(it)
		}
		return out
	case *ArrayView:
		out := make([]calldata.Value, x.a.N)
		for i := range out {
			out[i] = ToCalldata(x.get(i))
		}
		return out
	case *RecordView:
		var m calldata.Map
		for _, f := range x.d.fields {
			val, err := f.Desc.Get(x.loc.At(f.Off))
			check(err)
			m = append(m, calldata.Entry{Key: f.Name, Value: ToCalldata(val)})
		}
		return m
	case *TreeMapView:
		var m calldata.Map
		x.each(func(k, val rt.Value) {
			s, ok := k.(string)
			if !ok {
				rt.Raisef(rt.TypeError, "calldata dict keys must be str, got ", rt.TypeName(k))
			}
			m = append(m, calldata.Entry{Key: s, Value: ToCalldata(val)})
		})
		return m
	}
	if inst, ok := v.(*Instance); ok {
		if spec := dcSpecOf(inst.Cls); spec != nil {
			var m calldata.Map
			for _, f := range spec.fields {
				val, _ := inst.Get(f.name)
				m = append(m, calldata.Entry{Key: f.name, Value: ToCalldata(val)})
			}
			return m
		}
	}
	rt.Raisef(rt.TypeError, "not calldata encodable ", rt.Repr(v))
	return nil
}

// FromCalldata converts a calldata value to a Python value.
func FromCalldata(v calldata.Value) rt.Value {
	switch x := v.(type) {
	case nil:
		return rt.None
	case bool:
		return x
	case *big.Int:
		return rt.IntFromBig(x)
	case string:
		return x
	case []byte:
		return rt.Bytes(x)
	case address.Address:
		return &AddressObj{x}
	case []calldata.Value:
		out := make([]rt.Value, len(x))
		for i, it := range x {
			out[i] = FromCalldata(it)
		}
		return rt.NewList(out)
	case calldata.Map:
		d := rt.NewDict(len(x))
		for _, e := range x {
			d.Set(e.Key, FromCalldata(e.Value))
		}
		return d
	}
	rt.Raise(rt.TypeError, "unknown calldata value")
	return nil
}

// CallMethod calls a contract method with decoded calldata arguments.
func CallMethod(self rt.Value, fn rt.Value, args []calldata.Value, kwargs calldata.Map) calldata.Value {
	pos := make([]rt.Value, 0, len(args)+1)
	pos = append(pos, self)
	for _, a := range args {
		pos = append(pos, FromCalldata(a))
	}
	var kws []rt.KW
	for _, e := range kwargs {
		kws = append(kws, rt.KW{Name: e.Key, Value: FromCalldata(e.Value)})
	}
	return ToCalldata(rt.Call(fn, pos, kws))
}
