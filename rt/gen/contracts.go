package gen

import (
	"math/big"

	"github.com/holiman/uint256"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/fuel"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/result"
)

// This file is the runtime side of GenVM's contract-to-contract API
// (genlayer.gl.genvm_contracts): gl.get_contract_at and its proxy (view
// calls, emitted messages, value transfers, balance), gl.contract_interface
// and gl.deploy_contract. Calls and messages go to the host as GenVM's
// gl_call requests; the host answers a view call with the callee's result.

// checkCall refuses contract calls (view and EVM) where GenVM's WASI layer
// refuses them, inside a nondet block: SystemError("6: forbidden").
func checkCall() { CheckDet("call") }

// checkSend refuses messages, events and deployments where GenVM refuses
// them (see CheckSend): SystemError("6: forbidden").
func checkSend() { CheckSend("message") }

// env returns the running transaction, or raises outside one.
func env() *hostio.Env {
	if Env == nil || Env.Conn == nil {
		rt.Raise(rt.RuntimeError, "no transaction is running")
	}
	return Env
}

// ContractProxy is what gl.get_contract_at returns (the SDK's _ContractAt).
type ContractProxy struct{ Addr address.Address }

// ContractProxyType is the class of contract proxies.
var ContractProxyType = rt.NewClass("_ContractAt", "genlayer.gl.genvm_contracts")

// Class returns _ContractAt.
func (*ContractProxy) Class() *rt.Class { return ContractProxyType }

// proxyMethods is the namespace .view(...) or .emit(...) returns (the
// SDK's _ContractAtGetter): any attribute is a method of the callee.
type proxyMethods struct {
	addr  address.Address
	emit  bool
	state int64    // view
	value *big.Int // emit
	on    rt.Value // emit
}

var proxyMethodsType = rt.NewClass("_ContractAtGetter", "genlayer.gl.genvm_contracts")

func (*proxyMethods) Class() *rt.Class { return proxyMethodsType }

// proxyMethod is one method of the callee (the SDK's _ContractAtViewMethod
// or _ContractAtEmitMethod); calling it calls the contract.
type proxyMethod struct {
	ns   *proxyMethods
	name rt.Value // str, or None for a transfer without a method
}

var proxyMethodType = rt.NewClass("_ContractAtMethod", "genlayer.gl.genvm_contracts")

func (*proxyMethod) Class() *rt.Class { return proxyMethodType }

const contractsModule = "genlayer.gl.genvm_contracts"

// The proxy's methods, Python functions bound to the proxy (self first),
// so argument errors read as CPython's for the SDK's definitions.
var (
	proxyView = builtinFunc(contractsModule, "view",
		&Sig{Names: []string{"self", "state"}, NPos: 1, KwOnly: 1}, nil,
		[]rt.Value{rt.IntFromInt64(hostio.ReadLatestNonFinal)}, func(a []rt.Value) rt.Value {
			return &proxyMethods{addr: a[0].(*ContractProxy).Addr, state: storageState(a[1])}
		})
	proxyEmit = builtinFunc(contractsModule, "emit",
		&Sig{Names: []string{"self", "value", "on"}, NPos: 1, KwOnly: 2}, nil,
		[]rt.Value{rt.IntFromInt64(0), "finalized"}, func(a []rt.Value) rt.Value {
			return &proxyMethods{addr: a[0].(*ContractProxy).Addr, emit: true, value: intArg(a[1], "value"), on: a[2]}
		})
	proxyTransfer = builtinFunc(contractsModule, "emit_transfer",
		&Sig{Names: []string{"self", "value", "on"}, NPos: 1, KwOnly: 2}, nil,
		[]rt.Value{nil, "finalized"}, func(a []rt.Value) rt.Value {
			if rt.Truth(rt.Compare(rt.OpLE, a[1], rt.IntFromInt64(0))) {
				rt.Raise(rt.ValueError, "value must be greater than 0 for emit_transfer")
			}
			ns := &proxyMethods{addr: a[0].(*ContractProxy).Addr, emit: true, value: intArg(a[1], "value"), on: a[2]}
			(&proxyMethod{ns, rt.None}).call(nil, nil)
			return rt.None
		})
)

func init() {
	for _, f := range []*Function{proxyView, proxyEmit, proxyTransfer} {
		f.Qual = "_ContractAt." + f.Name
	}
	ContractProxyType.Slots.Repr = func(v rt.Value) string {
		return "<genlayer.gl.genvm_contracts._ContractAt object>"
	}
	ContractProxyType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		p := v.(*ContractProxy)
		switch name {
		case "address":
			return &AddressObj{p.Addr}, true
		case "balance":
			return rt.IntFromBig(env().HostBalance(p.Addr)), true
		case "view":
			return &BoundMethod{Self: p, Func: proxyView}, true
		case "emit":
			return &BoundMethod{Self: p, Func: proxyEmit}, true
		case "emit_transfer":
			return &BoundMethod{Self: p, Func: proxyTransfer}, true
		}
		return nil, false
	}
	proxyMethodsType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		return &proxyMethod{v.(*proxyMethods), name}, true
	}
	proxyMethodType.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		pm := v.(*proxyMethod)
		if name != "lazy" || pm.ns.emit {
			return nil, false
		}
		return &rt.Builtin{Name: "lazy", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
			return pm.lazy(args, kwargs)
		}}, true
	}
	proxyMethodType.Slots.Call = func(v rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return v.(*proxyMethod).call(args, kwargs)
	}
}

// storageState reads the state argument of .view(): an int or a
// StorageType member (anything with an int .value).
func storageState(v rt.Value) int64 {
	if _, ok := rt.AsInt(v); !ok {
		v = rt.GetAttr(v, "value")
	}
	i, ok := rt.AsInt(v)
	if !ok || !i.Big().IsInt64() {
		rt.Raisef(rt.TypeError, "state must be a StorageType, not ", rt.TypeName(v))
	}
	return i.Big().Int64()
}

// intArg converts an int argument (u256 and friends are ints at run time).
func intArg(v rt.Value, name string) *big.Int {
	i, ok := rt.AsInt(v)
	if !ok {
		rt.Raisef(rt.TypeError, name, " must be int, not ", rt.TypeName(v))
	}
	return i.Big()
}

// CalldataObj is the SDK's _make_calldata_obj: {"method": name} unless
// name is None, "args" only if non-empty, "kwargs" only if non-empty.
func CalldataObj(name rt.Value, args []rt.Value, kwargs []rt.KW) calldata.Map {
	var m calldata.Map
	if s, ok := name.(string); ok {
		m = append(m, calldata.Entry{Key: "method", Value: s})
	} else if name != rt.None && name != nil {
		m = append(m, calldata.Entry{Key: "method", Value: ToCalldata(name)})
	}
	if len(args) > 0 {
		l := make([]calldata.Value, len(args))
		for i, a := range args {
			l[i] = ToCalldata(a)
		}
		m = append(m, calldata.Entry{Key: "args", Value: l})
	}
	if len(kwargs) > 0 {
		var kw calldata.Map
		for _, k := range kwargs {
			kw = append(kw, calldata.Entry{Key: k.Name, Value: ToCalldata(k.Value)})
		}
		m = append(m, calldata.Entry{Key: "kwargs", Value: kw})
	}
	if m == nil {
		m = calldata.Map{}
	}
	return m
}

func (pm *proxyMethod) call(args []rt.Value, kwargs []rt.KW) rt.Value {
	if !pm.ns.emit {
		return pm.lazy(args, kwargs).Get()
	}
	e := env()
	ns := pm.ns
	obj := CalldataObj(pm.name, args, kwargs)
	sendMessage(e, calldata.Map{{Key: "PostMessage", Value: calldata.Map{
		{Key: "address", Value: ns.addr},
		{Key: "calldata", Value: obj},
		{Key: "on", Value: ToCalldata(ns.on)},
		{Key: "value", Value: ns.value},
	}}}, ns.value)
	return rt.None
}

// lazy is a view method's .lazy(*args, **kwargs): the CallContract
// request goes to the host at once (the callee runs then, its prints
// appear then); the Lazy decodes its result on get().
func (pm *proxyMethod) lazy(args []rt.Value, kwargs []rt.KW) *Lazy {
	ns := pm.ns
	obj := CalldataObj(pm.name, args, kwargs)
	checkCall()
	raw := env().Conn.GLCallAnswer(calldata.Map{{Key: "CallContract", Value: calldata.Map{
		{Key: "address", Value: ns.addr},
		{Key: "calldata", Value: obj},
		{Key: "state", Value: big.NewInt(ns.state)},
	}}})
	return NewLazy(func() rt.Value { return SubVMResult(raw) })
}

// sendMessage sends a message request carrying value as GenVM's WASI
// layer does: refused where messages are forbidden, then value + already
// sent ≤ balance, and the value counts as sent once the host has it.
func sendMessage(e *hostio.Env, req calldata.Value, value *big.Int) {
	checkSend()
	e.CheckSend(value)
	e.Conn.GLCallEffect(req)
	e.RecordSend(value)
}

// SubVMResult maps the result of a view call (code byte + payload) to what
// the calling contract sees: a Return's value; a UserError raised as
// gl.vm.UserError (catchable); a VMError ends the calling transaction with
// the same VMError, as GenVM's host traps the caller (set_vm_run_result).
func SubVMResult(raw []byte) rt.Value {
	r, err := result.ParseRaw(raw)
	if err != nil {
		panic(&hostio.Trap{Msg: err.Error()})
	}
	switch r.Code {
	case result.Return:
		fuel.Spend(fuel.PerByte*uint64(len(r.Data)), uint64(len(r.Data)))
		v, err := calldata.Decode(r.Data)
		if err != nil {
			panic(&hostio.Trap{Msg: err.Error()})
		}
		return FromCalldata(v)
	case result.UserError:
		panic(NewUserError(r.Message))
	}
	panic(&hostio.Trap{Msg: r.Message})
}

// getContractAt is gl.get_contract_at(address).
var getContractAt = builtinFunc(contractsModule, "get_contract_at", &Sig{Names: []string{"address"}, NPos: 1}, nil, nil,
	func(a []rt.Value) rt.Value {
		addr, ok := a[0].(*AddressObj)
		if !ok {
			rt.Raise(rt.TypeError, "address expected")
		}
		return &ContractProxy{addr.A}
	})

// contractInterface is @gl.contract_interface: typing only, it returns
// get_contract_at.
var contractInterface = builtinFunc(contractsModule, "contract_interface", &Sig{Names: []string{"_declaration"}, NPos: 1}, nil, nil,
	func(a []rt.Value) rt.Value { return getContractAt })

// deployContract is gl.deploy_contract(*, code, args=[], kwargs={},
// salt_nonce=0, value=0, on='finalized'): a DeployContract message; it
// returns None for salt 0, else the create2 address of the child.
var deployContract = builtinFunc(contractsModule, "deploy_contract",
	&Sig{Names: []string{"code", "args", "kwargs", "salt_nonce", "value", "on"}, KwOnly: 6}, nil,
	[]rt.Value{nil, rt.ListOf(), rt.NewDict(0), rt.IntFromInt64(0), rt.IntFromInt64(0), "finalized"},
	func(a []rt.Value) rt.Value {
		code, cargs, ckwargs, salt, value, on := a[0], a[1], a[2], a[3], a[4], a[5]
		e := env()
		var pos []rt.Value
		it := rt.Iter(cargs)
		for x, ok := it.Next(); ok; x, ok = it.Next() {
			pos = append(pos, x)
		}
		var kws []rt.KW
		d, ok := ckwargs.(*rt.Dict)
		if !ok {
			rt.Raisef(rt.TypeError, "kwargs must be a dict, not ", rt.TypeName(ckwargs))
		}
		for _, k := range d.Keys() {
			s, ok := k.(string)
			if !ok {
				rt.Raisef(rt.TypeError, "calldata dict keys must be str, got ", rt.TypeName(k))
			}
			v, _ := d.Get(k)
			kws = append(kws, rt.KW{Name: s, Value: v})
		}
		v := intArg(value, "value")
		saltInt := intArg(salt, "salt_nonce")
		sendMessage(e, calldata.Map{{Key: "DeployContract", Value: calldata.Map{
			{Key: "calldata", Value: CalldataObj(rt.None, pos, kws)},
			{Key: "code", Value: ToCalldata(code)},
			{Key: "on", Value: ToCalldata(on)},
			{Key: "salt_nonce", Value: saltInt},
			{Key: "value", Value: v},
		}}}, v)
		if saltInt.Sign() == 0 {
			return rt.None
		}
		s, overflow := uint256.FromBig(saltInt)
		c, overflow2 := uint256.FromBig(bigOrZeroBig(e.Msg.ChainID))
		if overflow || overflow2 {
			rt.Raise(rt.OverflowError, "int too big to convert")
		}
		return &AddressObj{result.Create2Address(e.Msg.ContractAddress, s, c)}
	})

func bigOrZeroBig(b *big.Int) *big.Int {
	if b == nil {
		return new(big.Int)
	}
	return b
}

func init() {
	sdkValues["genlayer.gl.get_contract_at"] = getContractAt
	sdkValues["genlayer.gl.ContractAt"] = getContractAt
	sdkValues["genlayer.gl.contract_interface"] = contractInterface
	sdkValues["genlayer.gl.deploy_contract"] = deployContract
}
