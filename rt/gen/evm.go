package gen

import (
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/evmabi"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/stdlib/typing"
)

// This file is gl.evm.contract_interface (genlayer.gl._internal.eth and
// genlayer.py.evm.generate): a class with nested View and Write classes
// of typed, positional-only method stubs becomes a factory of proxies
// whose .view().m(*args) is an EthCall of the ABI-encoded call (the answer
// ABI-decoded by the return annotation) and .emit(value=...).m(*args) an
// EthSend.
//
// The parameter and return types come from each stub's __annotations__,
// which compiled code must attach to the function object (a dict of the
// evaluated annotations in parameter order, then "return", as CPython's
// function.__annotations__).

// evmMethod is one stub of an interface: its name and ABI types.
type evmMethod struct {
	name   string
	params []*evmabi.Type
	ret    *evmabi.Type // nil: the stub returns None (or has no annotation)
	// missing is set when the compiled stub carries no __annotations__:
	// calling the method raises NotImplementedError with it (declaring the
	// interface does not, so a contract that never calls it still runs).
	missing string
}

// evmIface is a decorated interface class.
type evmIface struct {
	qual          string
	view, write   []evmMethod
	viewN, writeN string // proxy class names, for messages
}

// EVMProxy is what calling a gl.evm.contract_interface class returns (the
// SDK's genlayer.py.evm.generate.ContractProxy).
type EVMProxy struct {
	Addr  address.Address
	iface *evmIface
}

// EVMProxyType is the class of EVM proxies.
var EVMProxyType = rt.NewClass("ContractProxy", "genlayer.py.evm.generate")

// Class returns ContractProxy.
func (*EVMProxy) Class() *rt.Class { return EVMProxyType }

// evmMethods is the namespace of .view() or .emit(...).
type evmMethods struct {
	p     *EVMProxy
	write bool
	data  []rt.KW // emit's keyword arguments
}

var evmMethodsType = rt.NewClass("EVMMethods", "genlayer.py.evm.generate")

func (*evmMethods) Class() *rt.Class { return evmMethodsType }

// abiTypeOf maps an annotation to its ABI type as the SDK's build does.
func abiTypeOf(t rt.Value) *evmabi.Type {
	switch x := t.(type) {
	case *rt.Class:
		switch x {
		case AddressType:
			return &evmabi.Type{Kind: evmabi.Address}
		case rt.BoolType:
			return &evmabi.Type{Kind: evmabi.Bool}
		case rt.BytesType:
			return &evmabi.Type{Kind: evmabi.Bytes}
		case rt.StrType:
			return &evmabi.Type{Kind: evmabi.String}
		}
	case *rt.Builtin:
		// the SDK's NewTypes: u8..u256, i8..i256 and gl.evm.bytes1..bytes32
		for _, p := range []string{"genlayer.", "genlayer.gl.evm."} {
			if sdkValues[p+x.Name] == t {
				if ty, err := evmabi.Parse(abiName(x.Name)); err == nil {
					return ty
				}
			}
		}
	}
	origin := typing.GetOrigin(t)
	args := typing.GetArgs(t).Items
	switch origin {
	case rt.TupleType:
		if len(args) > 0 && args[0] == evmInplaceTuple {
			return &evmabi.Type{Kind: evmabi.Tuple, Elems: abiTypes(args[1:]), Inplace: true}
		}
		return &evmabi.Type{Kind: evmabi.Tuple, Elems: abiTypes(args)}
	case rt.ListType:
		if len(args) == 1 {
			return &evmabi.Type{Kind: evmabi.DynArray, Elem: abiTypeOf(args[0])}
		}
	}
	rt.Raisef(rt.TypeError, "unsupported type `", annotationRepr(t), "`")
	return nil
}

func abiTypes(ts []rt.Value) []*evmabi.Type {
	out := make([]*evmabi.Type, len(ts))
	for i, t := range ts {
		out[i] = abiTypeOf(t)
	}
	return out
}

// abiName maps an SDK type name to its ABI name (u256 -> uint256).
func abiName(n string) string {
	switch {
	case strings.HasPrefix(n, "u"):
		return "uint" + n[1:]
	case strings.HasPrefix(n, "i"):
		return "int" + n[1:]
	}
	return n
}

func annotationRepr(t rt.Value) string {
	if c, ok := t.(*rt.Class); ok {
		return rt.ClassRepr(c)
	}
	return rt.Repr(t)
}

// evmInplaceTuple is gl.evm.InplaceTuple.
var evmInplaceTuple = rt.NewClass("InplaceTuple", "genlayer.py.evm.support")

// evmStubs reads the method stubs of a View or Write class as the SDK's
// _generate_methods does: functions in name order, dunders skipped, self
// first, every other parameter positional-only, annotated and without
// default.
func evmStubs(cls rt.Value, qual string) []evmMethod {
	c, ok := cls.(*rt.Class)
	if !ok {
		rt.Raisef(rt.TypeError, "expected a class, got ", rt.TypeName(cls))
	}
	var names []string
	for _, n := range c.AttrOrder {
		if _, isFn := c.Attrs[n].(*Function); isFn && !(strings.HasPrefix(n, "__") && strings.HasSuffix(n, "__")) &&
			!slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	var out []evmMethod
	for _, n := range names {
		f := c.Attrs[n].(*Function)
		s := f.Sig
		if len(s.Names) == 0 || s.Names[0] != "self" {
			rt.Raise(rt.AssertionError, "")
		}
		if s.PosOnly != s.NPos || s.VarArgs || s.KwOnly > 0 || s.VarKw || len(f.Defaults) > 0 {
			rt.Raise(rt.AssertionError, "")
		}
		var ann *rt.Dict
		for _, a := range f.Attrs {
			if a.Name == "__annotations__" {
				ann, _ = a.Value.(*rt.Dict)
			}
		}
		m := evmMethod{name: n}
		if ann == nil {
			m.missing = "gl.evm.contract_interface: the annotations of " + qual + "." + n +
				" are not available at run time (the compiler must attach __annotations__ to interface stubs)"
			out = append(out, m)
			continue
		}
		for _, p := range s.Names[1:] {
			t, ok := ann.Get(p)
			if !ok {
				rt.Raise(rt.AssertionError, "")
			}
			m.params = append(m.params, abiTypeOf(t))
		}
		if r, ok := ann.Get("return"); ok && r != rt.None && r != rt.NoneTypeClass {
			m.ret = abiTypeOf(r)
		}
		out = append(out, m)
	}
	return out
}

// evmContractInterface is @gl.evm.contract_interface.
var evmContractInterface = &rt.Builtin{Name: "contract_interface", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
	var decl rt.Value
	(&rt.Params{Func: "contract_interface", Names: []string{"contr"}, Required: 1}).Unpack(args, kwargs, &decl)
	c, ok := decl.(*rt.Class)
	if !ok {
		rt.Raisef(rt.TypeError, "expected a class, got ", rt.TypeName(decl))
	}
	it := &evmIface{qual: c.QualName, viewN: c.QualName + ".ViewProxy", writeN: c.QualName + ".WriteProxy"}
	view, _, ok := lookupUser(c, "View")
	if !ok {
		rt.Raisef(rt.AttributeError, "type object '", c.Name, "' has no attribute 'View'")
	}
	it.view = evmStubs(view, c.QualName+".View")
	write, _, ok := lookupUser(c, "Write")
	if !ok {
		rt.Raisef(rt.AttributeError, "type object '", c.Name, "' has no attribute 'Write'")
	}
	it.write = evmStubs(write, c.QualName+".Write")
	return &rt.Builtin{Name: "ContractProxy", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var a rt.Value
		(&rt.Params{Func: "ContractProxy", Names: []string{"address"}, Required: 1}).Unpack(args, kwargs, &a)
		addr, ok := a.(*AddressObj)
		if !ok {
			rt.Raise(rt.TypeError, "address expected")
		}
		return &EVMProxy{addr.A, it}
	}}
}}

// evmValue returns the value of emit(**data)'s value (0 if absent).
func evmValue(data []rt.KW) *big.Int {
	for _, kw := range data {
		if kw.Name == "value" {
			return intArg(kw.Value, "value")
		}
	}
	return new(big.Int)
}

func init() {
	EVMProxyType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		p := v.(*EVMProxy)
		switch name {
		case "address":
			return &AddressObj{p.Addr}, true
		case "balance":
			return rt.IntFromBig(env().HostBalance(p.Addr)), true
		case "view":
			return &rt.Builtin{Name: "view", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
				(&rt.Params{Func: "view"}).Unpack(args, kwargs)
				return &evmMethods{p: p}
			}}, true
		case "emit":
			return &rt.Builtin{Name: "emit", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
				if len(args) > 0 {
					rt.Raisef(rt.TypeError, "ContractProxy.emit() takes 1 positional argument but ", strconv.Itoa(len(args)+1), " were given")
				}
				return &evmMethods{p: p, write: true, data: kwargs}
			}}, true
		case "emit_transfer":
			return &rt.Builtin{Name: "emit_transfer", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
				if len(args) > 0 {
					rt.Raisef(rt.TypeError, "ContractProxy.emit_transfer() takes 1 positional argument but ", strconv.Itoa(len(args)+1), " were given")
				}
				v := evmValue(kwargs)
				sendMessage(env(), ethSend(p.Addr, []byte{}, v), v)
				return rt.None
			}}, true
		}
		return nil, false
	}
	evmMethodsType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		ms := v.(*evmMethods)
		list, proxy := ms.p.iface.view, ms.p.iface.viewN
		if ms.write {
			list, proxy = ms.p.iface.write, ms.p.iface.writeN
		}
		for i := range list {
			if list[i].name == name {
				return &evmMethodObj{ms, &list[i]}, true
			}
		}
		rt.Raisef(rt.AttributeError, "'", proxy, "' object has no attribute '", name, "'")
		return nil, false
	}
}

// evmMethodObj is one method of .view() or .emit(...): calling it calls
// the EVM contract; a view's .lazy(*args) sends the EthCall at once and
// decodes the answer on get() (the SDK's _lazy_api).
type evmMethodObj struct {
	ms *evmMethods
	m  *evmMethod
}

var evmMethodObjType = rt.NewClass("function", "builtins")

func (*evmMethodObj) Class() *rt.Class { return evmMethodObjType }

func noKwargs(kwargs []rt.KW) {
	if len(kwargs) > 0 {
		rt.Raisef(rt.TypeError, "result_fn() got an unexpected keyword argument '", kwargs[0].Name, "'")
	}
}

func init() {
	evmMethodObjType.Slots.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		o := v.(*evmMethodObj)
		noKwargs(kwargs)
		return o.ms.call(o.m, args)
	}
	evmMethodObjType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		o := v.(*evmMethodObj)
		if name != "lazy" || o.ms.write {
			return nil, false
		}
		return &rt.Builtin{Name: "lazy", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
			noKwargs(kwargs)
			if o.m.missing != "" {
				rt.Raise(rt.NotImplementedError, o.m.missing)
			}
			return o.ms.viewLazy(o.m, o.ms.encode(o.m, args))
		}}, true
	}
}

func ethSend(addr address.Address, cd []byte, value *big.Int) calldata.Value {
	return calldata.Map{{Key: "EthSend", Value: calldata.Map{
		{Key: "address", Value: addr},
		{Key: "calldata", Value: cd},
		{Key: "value", Value: value},
	}}}
}

// call encodes and sends one call of m.
func (ms *evmMethods) call(m *evmMethod, args []rt.Value) rt.Value {
	if m.missing != "" {
		rt.Raise(rt.NotImplementedError, m.missing)
	}
	cd := ms.encode(m, args)
	e := env()
	if ms.write {
		v := evmValue(ms.data)
		sendMessage(e, ethSend(ms.p.Addr, cd, v), v)
		return rt.None
	}
	return ms.viewLazy(m, cd).Get()
}

// encode is MethodEncoder.encode_call(args).
func (ms *evmMethods) encode(m *evmMethod, args []rt.Value) []byte {
	vals := make([]any, len(args))
	for i, a := range args {
		if i < len(m.params) {
			vals[i] = toABI(m.params[i], a)
		}
	}
	cd, err := evmabi.EncodeCall(m.name, m.params, vals)
	if err != nil {
		raiseABI(err)
	}
	fuel.ChargeSize(fuel.PerByte, uint64(len(cd)))
	return cd
}

// viewLazy sends the EthCall now and decodes its answer on get().
func (ms *evmMethods) viewLazy(m *evmMethod, cd []byte) *Lazy {
	checkCall()
	raw := env().Conn.GLCallAnswer(calldata.Map{{Key: "EthCall", Value: calldata.Map{
		{Key: "address", Value: ms.p.Addr},
		{Key: "calldata", Value: cd},
	}}})
	return NewLazy(func() rt.Value { return ms.decodeRet(m, raw) })
}

func (ms *evmMethods) decodeRet(m *evmMethod, raw []byte) rt.Value {
	if m.ret == nil {
		// decode(type(None), ...) fails in the SDK's builder
		rt.Raise(rt.TypeError, "unsupported type `<class 'NoneType'>`")
	}
	// decoding reads each byte about once and makes at most one value per
	// byte (evmabi's budget)
	fuel.Spend(fuel.PerByte*uint64(len(raw)), fuel.ItemBytes*uint64(len(raw)/32+1))
	v, err := evmabi.Decode(m.ret, raw)
	if err != nil {
		raiseABI(err)
	}
	return fromABI(v, m.ret)
}

func raiseABI(err error) {
	if e, ok := err.(*evmabi.Error); ok {
		switch e.Kind {
		case "AssertionError":
			rt.Raise(rt.AssertionError, e.Msg)
		case "AttributeError":
			rt.Raise(rt.AttributeError, e.Msg)
		}
		rt.Raise(classByName(e.Kind), e.Msg)
	}
	rt.Raise(rt.ValueError, err.Error())
}

// toABI converts a Python argument for an ABI type.
func toABI(t *evmabi.Type, v rt.Value) any {
	switch t.Kind {
	case evmabi.Int:
		i, ok := rt.AsInt(v)
		if !ok {
			rt.Raisef(rt.AttributeError, "'", rt.TypeName(v), "' object has no attribute 'to_bytes'")
		}
		return i.Big()
	case evmabi.Bool:
		return rt.Truth(v)
	case evmabi.Address:
		a, ok := v.(*AddressObj)
		if !ok {
			rt.Raisef(rt.AttributeError, "'", rt.TypeName(v), "' object has no attribute 'as_bytes'")
		}
		return a.A
	case evmabi.String:
		if s, ok := v.(string); ok {
			return s
		}
		return []byte(nil)
	case evmabi.Bytes, evmabi.BytesN:
		switch x := v.(type) {
		case rt.Bytes:
			return []byte(x)
		case string:
			return x
		}
		var out []byte
		it := rt.Iter(v)
		for x, ok := it.Next(); ok; x, ok = it.Next() {
			i, isInt := rt.AsInt(x)
			if !isInt || !i.Big().IsInt64() || i.Big().Int64() < 0 || i.Big().Int64() > 255 {
				rt.Raise(rt.ValueError, "byte must be in range(0, 256)")
			}
			out = append(out, byte(i.Big().Int64()))
		}
		return out
	}
	var items []any
	it := rt.Iter(v)
	i := 0
	for x, ok := it.Next(); ok; x, ok = it.Next() {
		et := t.Elem
		if t.Kind == evmabi.Tuple {
			if i >= len(t.Elems) {
				rt.Raise(rt.AssertionError, "")
			}
			et = t.Elems[i]
		}
		items = append(items, toABI(et, x))
		i++
	}
	if items == nil {
		items = []any{}
	}
	return items
}

// fromABI converts a decoded value to Python.
func fromABI(v any, t *evmabi.Type) rt.Value {
	switch x := v.(type) {
	case *big.Int:
		return rt.IntFromBig(x)
	case bool:
		return x
	case address.Address:
		return &AddressObj{x}
	case []byte:
		return rt.Bytes(x)
	case string:
		return x
	case []any:
		out := make([]rt.Value, len(x))
		for i, it := range x {
			et := t.Elem
			if t.Kind == evmabi.Tuple {
				et = t.Elems[i]
			}
			out[i] = fromABI(it, et)
		}
		if t.Kind == evmabi.Tuple {
			return rt.NewTuple(out...)
		}
		return rt.NewList(out)
	}
	return rt.None
}

func init() {
	if _, ok := sdkValues["genlayer.gl.evm"]; !ok {
		sdkValues["genlayer.gl.evm"] = &sdkNS{"genlayer.gl.evm"}
	}
	sdkValues["genlayer.gl.evm.contract_interface"] = evmContractInterface
	sdkValues["genlayer.gl.eth_contract"] = evmContractInterface
	sdkValues["genlayer.gl.evm.InplaceTuple"] = evmInplaceTuple
	for n := 1; n <= 32; n++ {
		name := "bytes" + strconv.Itoa(n)
		sdkValues["genlayer.gl.evm."+name] = intType(name)
	}
}
