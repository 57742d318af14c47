package exec_test

import (
	"encoding/hex"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/gen"
	"github.com/genvm-go/genvm/rt/hostio"
	"github.com/genvm-go/genvm/rt/result"
	"github.com/genvm-go/genvm/rt/storage"
)

// balState is a state with per-address balances.
type balState struct {
	memState
	bal map[address.Address]int64
}

func (s *balState) Balance(a address.Address) (*big.Int, error) { return big.NewInt(s.bal[a]), nil }

// fakeCalls answers view calls with canned results and records them.
type fakeCalls struct {
	t      *testing.T
	calls  []string
	answer func(addr address.Address, cd calldata.Value) *exec.Result
	eth    func(cd []byte) []byte
}

func (f *fakeCalls) CallContract(caller *hostio.Message, addr address.Address, cd []byte, mode int, _ exec.CalleeNondet) (*exec.Result, error) {
	v, err := calldata.Decode(cd)
	if err != nil {
		f.t.Fatal(err)
	}
	f.calls = append(f.calls, addr.Hex()+" "+calldata.DebugString(v)+" mode "+big.NewInt(int64(mode)).String()+
		" from "+caller.ContractAddress.Hex())
	return f.answer(addr, v), nil
}

func (f *fakeCalls) EthCall(addr address.Address, cd []byte) ([]byte, error) {
	if f.eth == nil {
		return nil, exec.ErrRefused
	}
	f.calls = append(f.calls, "eth "+addr.Hex()+" "+hex.EncodeToString(cd))
	return f.eth(cd), nil
}

// sdk calls an SDK function or attribute chain from Go the way compiled
// code does.
func sdkCall(path string, args []rt.Value, kwargs []rt.KW) rt.Value {
	return rt.Call(gen.SDK(path), args, kwargs)
}

func callAttr(v rt.Value, name string, args []rt.Value, kwargs []rt.KW) rt.Value {
	return rt.Call(rt.GetAttr(v, name), args, kwargs)
}

func pr(parts ...rt.Value) {
	s := make([]string, len(parts))
	for i, p := range parts {
		s[i] = rt.Str(p)
	}
	rt.Current().Stdout.WriteString(strings.Join(s, " ") + "\n")
}

func u(n int64) rt.Value { return rt.IntFromInt64(n) }

// TestCallsBalanceTransferView is GenVM's py-core/balances/balance case:
// the contract holds 10, transfers 5 to the sender, and then its own
// balance is 5 while a proxy to itself still reports the host's 10 (the
// per-transaction cache); a view call of itself then prints the nested
// view's lines (answered here by the fake callee) at the call. Expected
// output follows GenVM's WASI layer (get_self_balance subtracts
// messages_decremented in the main VM only) and the test host's
// messages.txt format.
func TestCallsBalanceTransferView(t *testing.T) {
	st := &balState{memState{slots: storage.NewMemStore(), addr: contractAddr}, map[address.Address]int64{contractAddr: 10}}
	fc := &fakeCalls{t: t, answer: func(address.Address, calldata.Value) *exec.Result {
		return &exec.Result{Kind: exec.Return, Data: []byte{0}, Stdout: []byte("nested self 10\nnested At(self) 10\n")}
	}}
	module := func(env *hostio.Env) {
		gen.Env = env
		self := &gen.AddressObj{A: env.Msg.ContractAddress}
		sender := &gen.AddressObj{A: env.Msg.SenderAddress}
		at := func(a rt.Value) rt.Value { return sdkCall("genlayer.gl.get_contract_at", []rt.Value{a}, nil) }
		selfBalance := func() rt.Value { return rt.IntFromBig(env.Balance(env.Msg.ContractAddress)) }
		pr("main self", selfBalance())
		pr("main At(self)", rt.GetAttr(at(self), "balance"))
		pr("=== transfer ===")
		callAttr(at(sender), "emit_transfer", nil, []rt.KW{{Name: "value", Value: u(5)}})
		pr("main self", selfBalance())
		pr("main At(self)", rt.GetAttr(at(self), "balance"))
		pr("=== call .view() ===")
		callAttr(callAttr(at(self), "view", nil, nil), "nested", nil, nil)
	}
	res, stderr, _ := serve(t, &hostio.Contract{Module: module}, &exec.Request{Message: message(t, `{}`, false, 0), State: st, Calls: fc})
	want := "main self 10\nmain At(self) 10\n=== transfer ===\nmain self 5\nmain At(self) 10\n=== call .view() ===\n" +
		"nested self 10\nnested At(self) 10\n"
	if string(res.Stdout) != want || res.Line() != "executed with `Return(\"\\x00\")`" {
		t.Fatalf("%s\n%q\n%s", res.Line(), res.Stdout, stderr)
	}
	msgs, err := chain.MsgsText(res.Messages)
	if err != nil || msgs != "send:\n\t{'on': 'finalized', 'value': '0x5'}\n\tb'\\x06'\n" {
		t.Errorf("msgs %q %v", msgs, err)
	}
	if len(fc.calls) != 1 || fc.calls[0] != contractAddr.Hex()+` {"method":"nested"} mode 2 from `+contractAddr.Hex() {
		t.Errorf("calls %q", fc.calls)
	}
}

// TestCallsViewResults: a view call's Return is the value; a UserError is
// raised as gl.vm.UserError (catchable); a VMError ends the caller with
// the same VMError, as GenVM's host traps the caller; arguments make the
// SDK's calldata object ({method, args?, kwargs?}); state=1 is passed on.
func TestCallsViewResults(t *testing.T) {
	st := &balState{memState{slots: storage.NewMemStore(), addr: contractAddr}, nil}
	other := address.Address{3}
	fc := &fakeCalls{t: t, answer: func(_ address.Address, cd calldata.Value) *exec.Result {
		m, _ := cd.(calldata.Map).Get("method")
		switch m {
		case "foo":
			return &exec.Result{Kind: exec.Return, Data: calldata.MustEncode(big.NewInt(3)), Stdout: []byte("contract to.foo\n")}
		case "rb":
			return &exec.Result{Kind: exec.UserError, Message: "nah, I won't execute 3", Stdout: []byte("contract to.foo\n")}
		}
		return &exec.Result{Kind: exec.VMError, Message: "exit_code 1"}
	}}
	run := func(body func(proxy rt.Value)) (*exec.Result, string) {
		module := func(env *hostio.Env) {
			gen.Env = env
			pr("contract from.main")
			body(sdkCall("genlayer.gl.get_contract_at", []rt.Value{&gen.AddressObj{A: other}}, nil))
		}
		res, stderr, _ := serve(t, &hostio.Contract{Module: module}, &exec.Request{Message: message(t, `{}`, false, 0), State: st, Calls: fc})
		return res, stderr
	}
	res, _ := run(func(p rt.Value) {
		pr(callAttr(callAttr(p, "view", nil, nil), "foo", []rt.Value{u(1), u(2)}, nil))
		callAttr(callAttr(p, "view", nil, []rt.KW{{Name: "state", Value: u(1)}}), "foo", nil, []rt.KW{{Name: "k", Value: "v"}})
	})
	if got := string(res.Stdout) + res.Line(); got != "contract from.main\ncontract to.foo\n3\ncontract to.foo\nexecuted with `Return(\"\\x00\")`" {
		t.Errorf("return: %q", got)
	}
	o := other.Hex()
	if len(fc.calls) != 2 || fc.calls[0] != o+` {"args":[1,2],"method":"foo"} mode 2 from `+contractAddr.Hex() ||
		fc.calls[1] != o+` {"kwargs":{"k":"v"},"method":"foo"} mode 1 from `+contractAddr.Hex() {
		t.Errorf("calls %q", fc.calls)
	}
	res, _ = run(func(p rt.Value) {
		func() {
			defer func() {
				e := recover().(*rt.Exception)
				if !e.Cls.IsSubclass(hostio.UserError) {
					panic(e)
				}
				pr("handled", e.Args[0])
			}()
			callAttr(callAttr(p, "view", nil, nil), "rb", []rt.Value{u(1), u(2)}, nil)
		}()
	})
	if got := string(res.Stdout) + res.Line(); got != "contract from.main\ncontract to.foo\nhandled nah, I won't execute 3\nexecuted with `Return(\"\\x00\")`" {
		t.Errorf("user error: %q", got)
	}
	res, _ = run(func(p rt.Value) {
		defer func() {
			// compiled try/except (rt.Catch) lets a Trap through
			r := recover()
			if e, ok := r.(*rt.Exception); ok {
				pr("caught", e)
				return
			}
			panic(r)
		}()
		callAttr(callAttr(p, "view", nil, nil), "boom", nil, nil)
		pr("unreachable")
	})
	if got := string(res.Stdout) + res.Line(); got != "contract from.main\nexecuted with `VMError(\"exit_code 1\")`" {
		t.Errorf("vm error: %q", got)
	}
	// .lazy(): the callee runs at the call, the value comes with get()
	res, _ = run(func(p rt.Value) {
		l := callAttr(rt.GetAttr(callAttr(p, "view", nil, nil), "foo"), "lazy", []rt.Value{u(1), u(2)}, nil)
		pr("got lazy")
		pr(callAttr(l, "get", nil, nil))
	})
	if got := string(res.Stdout) + res.Line(); got != "contract from.main\ncontract to.foo\ngot lazy\n3\nexecuted with `Return(\"\\x00\")`" {
		t.Errorf("lazy: %q", got)
	}
	// a read-only (view) transaction may call views and emit: GenVM's
	// CallContract sub-VM drops only can_write_storage (spec §5)
	module := func(env *hostio.Env) {
		gen.Begin(env)
		p := sdkCall("genlayer.gl.get_contract_at", []rt.Value{&gen.AddressObj{A: other}}, nil)
		pr(callAttr(callAttr(p, "view", nil, nil), "foo", nil, nil))
		catching(func() { callAttr(callAttr(p, "emit", nil, nil), "foo", nil, nil) })
		catching(func() {
			rt.Call(gen.SDK("genlayer.gl.advanced.emit_raw_event"), []rt.Value{rt.ListOf(), rt.NewDict(0)}, nil)
		})
	}
	req := &exec.Request{Message: message(t, `{}`, false, 0), State: st, Calls: fc, Readonly: true}
	res, _, _ = serve(t, &hostio.Contract{Module: module}, req)
	if got := string(res.Stdout); got != "contract to.foo\n3\n" || len(res.Messages) != 2 {
		t.Errorf("readonly: %q %s", got, res.Line())
	}
	// without a Calls server the host refuses: SystemError("6: forbidden")
	module = func(env *hostio.Env) {
		gen.Env = env
		defer func() {
			e := recover().(*rt.Exception)
			pr(rt.TypeName(e), e.Args[0])
		}()
		p := sdkCall("genlayer.gl.get_contract_at", []rt.Value{&gen.AddressObj{A: other}}, nil)
		callAttr(callAttr(p, "view", nil, nil), "foo", nil, nil)
	}
	res, _, _ = serve(t, &hostio.Contract{Module: module}, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
	if got := string(res.Stdout); got != "SystemError 6: forbidden\n" {
		t.Errorf("no calls: %q %s", got, res.Line())
	}
}

// catching runs f and prints the exception it raises as "Type: args[0]".
func catching(f func()) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*rt.Exception)
			if !ok {
				panic(r)
			}
			var arg rt.Value = ""
			if len(e.Args) > 0 {
				arg = e.Args[0]
			}
			pr(rt.TypeName(e)+":", arg)
		}
	}()
	f()
}

// TestCallsMessageChecks: the WASI layer's checks of messages, on both
// sides: value + already sent must not exceed the balance (a catchable
// SystemError("7: inbalance"), nothing recorded), a bad `on` is
// SystemError("2: inval"), emit_transfer needs a positive value, and the
// host refuses what a misbehaving artifact sends past the checks.
func TestCallsMessageChecks(t *testing.T) {
	st := &balState{memState{slots: storage.NewMemStore(), addr: contractAddr}, map[address.Address]int64{contractAddr: 10}}
	other := &gen.AddressObj{A: address.Address{3}}
	module := func(env *hostio.Env) {
		gen.Env = env
		p := sdkCall("genlayer.gl.get_contract_at", []rt.Value{other}, nil)
		emit := func(kw ...rt.KW) rt.Value { return callAttr(p, "emit", nil, kw) }
		callAttr(emit(rt.KW{Name: "value", Value: u(6)}), "a", nil, nil)
		catching(func() { callAttr(emit(rt.KW{Name: "value", Value: u(5)}), "b", nil, nil) })
		callAttr(emit(rt.KW{Name: "value", Value: u(4)}, rt.KW{Name: "on", Value: "accepted"}), "c", []rt.Value{u(1)}, nil)
		catching(func() { callAttr(emit(rt.KW{Name: "on", Value: "later"}), "d", nil, nil) })
		catching(func() { callAttr(p, "emit_transfer", nil, []rt.KW{{Name: "value", Value: u(0)}}) })
		catching(func() { callAttr(p, "emit_transfer", nil, nil) })
		pr("sent", rt.IntFromBig(env.Sent()), "self", rt.IntFromBig(env.Balance(env.Msg.ContractAddress)))
		// past the artifact's own check: the host refuses with inbalance
		catching(func() {
			env.Conn.GLCallEffect(calldata.Map{{Key: "PostMessage", Value: calldata.Map{
				{Key: "address", Value: other.A}, {Key: "calldata", Value: calldata.Map{}},
				{Key: "on", Value: "finalized"}, {Key: "value", Value: big.NewInt(1)},
			}}})
		})
		catching(func() {
			env.Conn.GLCallEffect(calldata.Map{{Key: "EthSend", Value: calldata.Map{
				{Key: "address", Value: other.A}, {Key: "calldata", Value: []byte{1}},
				{Key: "value", Value: big.NewInt(-1)},
			}}})
		})
	}
	res, stderr, _ := serve(t, &hostio.Contract{Module: module}, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
	want := "SystemError: 7: inbalance\nSystemError: 2: inval\nValueError: value must be greater than 0 for emit_transfer\n" +
		"TypeError: _ContractAt.emit_transfer() missing 1 required keyword-only argument: 'value'\nsent 10 self 0\n" +
		"SystemError: 7: inbalance\nSystemError: 2: inval\n"
	if string(res.Stdout) != want || res.Kind != exec.Return {
		t.Fatalf("%s\n%q\nwant %q\n%s", res.Line(), res.Stdout, want, stderr)
	}
	msgs, _ := chain.MsgsText(res.Messages)
	// the calldata reprs are CPython's repr of the bytes the spec's encoding
	// gives ({"method":"a"} and {"args":[1],"method":"c"})
	if msgs != "send:\n\t{'on': 'finalized', 'value': '0x6'}\n\tb'\\x0e\\x06method\\x0ca'\n"+
		"send:\n\t{'on': 'accepted', 'value': '0x4'}\n\tb'\\x16\\x04args\\r\\t\\x06method\\x0cc'\n" {
		t.Errorf("msgs %q", msgs)
	}
}

// eventClass makes a gl.Event subclass as compiled code does (MakeClass
// over the class body, which runs the SDK's __init_subclass__).
func eventClass(name string, sig *gen.Sig, body ...rt.KW) rt.Value {
	ns := &gen.Namespace{}
	for _, kw := range body {
		ns.Set(kw.Name, kw.Value)
	}
	ns.Set("__init__", gen.NewFunction("__init__", name+".__init__", sig, nil, nil, func([]rt.Value) rt.Value { return rt.None }))
	return gen.MakeClass(name, name, []rt.Value{gen.SDK("genlayer.gl.Event")}, ns)
}

// TestEvents: gl.Event subclasses as the SDK's tests (test_events.py)
// describe them, and their emission: topic 0 is keccak256 of the sorted
// signature, positional values go to the sorted indexed names (GenVM's
// quirk), each indexed topic is the value's calldata encoding padded to 32
// bytes; emit_raw_event's WASI checks.
func TestEvents(t *testing.T) {
	st := &balState{memState{slots: storage.NewMemStore(), addr: contractAddr}, nil}
	sorts := &gen.Sig{Names: []string{"self", "b", "a", "blob"}, NPos: 3, PosOnly: 3, VarKw: true}
	module := func(env *hostio.Env) {
		gen.Env = env
		catching(func() { eventClass("KwPosEv", &gen.Sig{Names: []string{"self", "a"}, NPos: 2, PosOnly: 0}) })
		catching(func() { eventClass("VarArgEv", &gen.Sig{Names: []string{"self", "a"}, NPos: 1, VarArgs: true}) })
		catching(func() { eventClass("KwOnlyEv", &gen.Sig{Names: []string{"self", "a"}, NPos: 1, PosOnly: 1, KwOnly: 1}) })
		ev := eventClass("Sorts", sorts)
		pr(rt.Repr(rt.GetAttr(ev, "indexed")), rt.GetAttr(ev, "signature"), rt.GetAttr(ev, "name"))
		named := eventClass("Name1", sorts, rt.KW{Name: "name", Value: "Name2"})
		pr(rt.GetAttr(named, "name"), rt.GetAttr(named, "signature"))
		catching(func() { rt.Call(ev, []rt.Value{u(1)}, nil) })
		catching(func() { rt.Call(ev, []rt.Value{u(1), u(2)}, []rt.KW{{Name: "a", Value: u(3)}}) })
		callAttr(rt.Call(ev, []rt.Value{"x", u(1)}, []rt.KW{{Name: "z", Value: u(3)}}), "emit", nil, nil)
		raw := gen.SDK("genlayer.gl.advanced.emit_raw_event")
		t32 := rt.Bytes(make([]byte, 32))
		catching(func() { rt.Call(raw, []rt.Value{rt.ListOf(t32, t32, t32, t32, t32), rt.NewDict(0)}, nil) })
		catching(func() { rt.Call(raw, []rt.Value{rt.ListOf(rt.Bytes("short")), rt.NewDict(0)}, nil) })
		catching(func() { rt.Call(raw, []rt.Value{rt.ListOf(t32), u(1)}, nil) })
		rt.Call(raw, []rt.Value{rt.ListOf(t32), rt.NewDict(0)}, nil)
	}
	res, stderr, _ := serve(t, &hostio.Contract{Module: module}, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
	want := "TypeError: specify `/` after indexed fields\nTypeError: `*args` is forbidden\nTypeError: keyword-only arguments are forbidden\n" +
		"('a', 'b') Sorts(a,b) Sorts\nName2 Name2(a,b)\n" +
		"TypeError: indexed fields mismatch, expected ('a', 'b'), but got 1 positional arguments\n" +
		"TypeError: indexed field `a` must not be present in blob\n" +
		"SystemError: 2: inval\nSystemError: 2: inval\nSystemError: 2: inval\n"
	if string(res.Stdout) != want || res.Kind != exec.Return {
		t.Fatalf("%s\n%q\nwant %q\n%s", res.Line(), res.Stdout, want, stderr)
	}
	if len(res.Messages) != 2 {
		t.Fatalf("messages %d", len(res.Messages))
	}
	topics, _ := res.Messages[0].Args.Get("topics")
	blob, _ := res.Messages[0].Args.Get("blob")
	pad := func(v calldata.Value) []byte {
		b := make([]byte, 32)
		copy(b, calldata.MustEncode(v))
		return b
	}
	k := result.Keccak256([]byte("Sorts(a,b)"))
	wantTopics := []calldata.Value{k[:], pad("x"), pad(big.NewInt(1))}
	if calldata.DebugString(topics) != calldata.DebugString(wantTopics) {
		t.Errorf("topics %s", calldata.DebugString(topics))
	}
	if calldata.DebugString(blob) != `{"a":"x","b":1,"z":3}` {
		t.Errorf("blob %s", calldata.DebugString(blob))
	}
	msgs, _ := chain.MsgsText(res.Messages[1:])
	if msgs != "post_event:\n\t[b'"+strings.Repeat(`\x00`, 32)+"']\n\tb'\\x06'\n" {
		t.Errorf("msgs %q", msgs)
	}
}

// stub makes an interface method stub with the __annotations__ compiled
// code attaches to it (parameter names, then "return").
func stub(name string, params []string, types []rt.Value, ret rt.Value) *gen.Function {
	names := append([]string{"self"}, params...)
	f := gen.NewFunction(name, name, &gen.Sig{Names: names, NPos: len(names), PosOnly: len(names)}, nil, nil,
		func([]rt.Value) rt.Value { return rt.None })
	ann := rt.NewDict(0)
	for i, p := range params {
		ann.Set(p, types[i])
	}
	if ret != nil {
		ann.Set("return", ret)
	}
	f.Attrs = append(f.Attrs, rt.KW{Name: "__annotations__", Value: ann})
	return f
}

func class(name string, attrs ...rt.KW) rt.Value {
	ns := &gen.Namespace{}
	for _, kw := range attrs {
		ns.Set(kw.Name, kw.Value)
	}
	return gen.MakeClass(name, name, nil, ns)
}

// TestEVMInterface: gl.evm.contract_interface proxies. A view is an
// EthCall of the SDK's ABI encoding (selector of balance_of(address)),
// its answer decoded by the return annotation; emit(value=...).m() is an
// EthSend; emit_transfer is an EthSend without calldata (GenVM's
// balances/balance_eth shape); balance is get_balance.
func TestEVMInterface(t *testing.T) {
	st := &balState{memState{slots: storage.NewMemStore(), addr: contractAddr}, map[address.Address]int64{contractAddr: 10, {7}: 42}}
	token := address.Address{7}
	fc := &fakeCalls{t: t, eth: func(cd []byte) []byte {
		out := make([]byte, 32)
		out[31] = 99
		return out
	}}
	module := func(env *hostio.Env) {
		gen.Env = env
		u256, addrT := gen.SDK("genlayer.u256"), gen.SDK("genlayer.Address")
		iface := class("IERC20",
			rt.KW{Name: "View", Value: class("View", rt.KW{Name: "foo",
				Value: stub("foo", []string{"param"}, []rt.Value{rt.StrType}, u256)})},
			rt.KW{Name: "Write", Value: class("Write", rt.KW{Name: "approve",
				Value: stub("approve", []string{"to", "amount"}, []rt.Value{addrT, u256}, rt.BoolType)})})
		factory := sdkCall("genlayer.gl.evm.contract_interface", []rt.Value{iface}, nil)
		p := rt.Call(factory, []rt.Value{&gen.AddressObj{A: token}}, nil)
		pr(callAttr(callAttr(p, "view", nil, nil), "foo", []rt.Value{"123"}, nil))
		l := callAttr(rt.GetAttr(callAttr(p, "view", nil, nil), "foo"), "lazy", []rt.Value{"123"}, nil)
		pr(callAttr(l, "get", nil, nil))
		pr(rt.GetAttr(p, "balance"))
		callAttr(callAttr(p, "emit", nil, []rt.KW{{Name: "value", Value: u(3)}}), "approve",
			[]rt.Value{&gen.AddressObj{A: address.Address{2}}, u(5)}, nil)
		callAttr(p, "emit_transfer", nil, []rt.KW{{Name: "value", Value: u(5)}})
		catching(func() { callAttr(callAttr(p, "view", nil, nil), "nope", nil, nil) })
		catching(func() { callAttr(callAttr(p, "emit", nil, nil), "approve", []rt.Value{u(1), u(2)}, nil) })
		pr("self", rt.IntFromBig(env.Balance(env.Msg.ContractAddress)))
	}
	res, stderr, _ := serve(t, &hostio.Contract{Module: module}, &exec.Request{Message: message(t, `{}`, false, 0), State: st, Calls: fc})
	want := "99\n99\n42\nAttributeError: 'IERC20.ViewProxy' object has no attribute 'nope'\n" +
		"AttributeError: 'int' object has no attribute 'as_bytes'\nself 2\n"
	if string(res.Stdout) != want || res.Kind != exec.Return {
		t.Fatalf("%s\n%q\nwant %q\n%s", res.Line(), res.Stdout, want, stderr)
	}
	// foo(string) with "123": the SDK's test_eth_contract vector
	foo := "eth " + token.Hex() + " f31a6969" + strings.Repeat("0", 62) + "20" + strings.Repeat("0", 63) + "3" +
		hex.EncodeToString([]byte("123")) + strings.Repeat("0", 58)
	if len(fc.calls) != 2 || fc.calls[0] != foo || fc.calls[1] != foo {
		t.Errorf("calls %q", fc.calls)
	}
	msgs, _ := chain.MsgsText(res.Messages)
	// approve(address,uint256): selector 095ea7b3 (test_eth_encoding.py);
	// CPython's bytes repr shows 0x09 as \t and 0x5e 0xa7 as ^\xa7
	wantMsgs := "eth_send:\n\tb'\\t^\\xa7\\xb3" + strings.Repeat(`\x00`, 12) + `\x02` + strings.Repeat(`\x00`, 19) +
		strings.Repeat(`\x00`, 31) + `\x05'` + "\n\t{'value': '0x3'}\n" + "eth_send:\n\tb''\n\t{'value': '0x5'}\n"
	if msgs != wantMsgs {
		t.Errorf("msgs %q\nwant %q", msgs, wantMsgs)
	}
}

// TestCallsMalformed: requests GenVM's deserialisation of gl_call would
// reject are answered inval (the SDK raises SystemError("2: inval")).
func TestCallsMalformed(t *testing.T) {
	st := &balState{memState{slots: storage.NewMemStore(), addr: contractAddr}, nil}
	fc := &fakeCalls{t: t, answer: func(address.Address, calldata.Value) *exec.Result {
		t.Error("a malformed request reached the callee")
		return &exec.Result{Kind: exec.Return, Data: []byte{0}}
	}, eth: func([]byte) []byte { t.Error("a malformed EthCall reached the host"); return nil }}
	other := address.Address{3}
	bad := []calldata.Value{
		calldata.Map{{Key: "CallContract", Value: calldata.Map{{Key: "address", Value: other}, {Key: "calldata", Value: calldata.Map{}}, {Key: "state", Value: big.NewInt(3)}}}},
		calldata.Map{{Key: "CallContract", Value: calldata.Map{{Key: "address", Value: []byte{1}}, {Key: "calldata", Value: calldata.Map{}}, {Key: "state", Value: big.NewInt(0)}}}},
		calldata.Map{{Key: "CallContract", Value: calldata.Map{{Key: "address", Value: other}, {Key: "calldata", Value: nil}, {Key: "extra", Value: nil}, {Key: "state", Value: big.NewInt(0)}}}},
		calldata.Map{{Key: "CallContract", Value: "x"}},
		calldata.Map{{Key: "EthCall", Value: calldata.Map{{Key: "address", Value: other}, {Key: "calldata", Value: "not bytes"}}}},
	}
	module := func(env *hostio.Env) {
		gen.Env = env
		for _, req := range bad {
			catching(func() { env.Conn.GLCallAnswer(req) })
		}
	}
	res, stderr, _ := serve(t, &hostio.Contract{Module: module}, &exec.Request{Message: message(t, `{}`, false, 0), State: st, Calls: fc})
	if want := strings.Repeat("SystemError: 2: inval\n", len(bad)); string(res.Stdout) != want || res.Kind != exec.Return {
		t.Fatalf("%s\n%q\n%s", res.Line(), res.Stdout, stderr)
	}
}

// TestDeployContract: gl.deploy_contract returns None without a salt and
// the create2 address with one (the SDK's test_create2 vector: deployer
// 0x03FB…4b3F, salt 127, chain id 255); the DeployContract message carries
// {args?, kwargs?}, the code, on, the salt and the value.
func TestDeployContract(t *testing.T) {
	deployer := address.Address{0x03, 0xfb, 0x09, 0x25, 0x1e, 0xc0, 0x5e, 0xe9, 0xca, 0x36, 0xc9, 0x86, 0x44, 0x07, 0x0b, 0x89, 0x11, 0x1d, 0x4b, 0x3f}
	st := &balState{memState{slots: storage.NewMemStore(), addr: deployer}, map[address.Address]int64{deployer: 10}}
	module := func(env *hostio.Env) {
		gen.Env = env
		dep := gen.SDK("genlayer.gl.deploy_contract")
		pr(rt.Call(dep, nil, []rt.KW{{Name: "code", Value: rt.Bytes("not really a contract")}}))
		args := rt.ListOf(u(1))
		kw := rt.NewDict(0)
		kw.Set("a", u(2))
		pr(rt.Call(dep, nil, []rt.KW{{Name: "code", Value: rt.Bytes("c")}, {Name: "args", Value: args}, {Name: "kwargs", Value: kw},
			{Name: "salt_nonce", Value: u(127)}, {Name: "value", Value: u(4)}, {Name: "on", Value: "accepted"}}))
		catching(func() { rt.Call(dep, []rt.Value{rt.Bytes("c")}, nil) })
		catching(func() { rt.Call(dep, nil, []rt.KW{{Name: "code", Value: rt.Bytes("c")}, {Name: "value", Value: u(7)}}) })
		pr("self", rt.IntFromBig(env.Balance(env.Msg.ContractAddress)))
	}
	msg := message(t, `{}`, false, 0)
	msg.ContractAddress, msg.ChainID = deployer, big.NewInt(255)
	res, stderr, _ := serve(t, &hostio.Contract{Module: module}, &exec.Request{Message: msg, State: st})
	want := "None\n0x31a38fac42349DC16a84A22FbBACCBb6E238B7F9\n" +
		"TypeError: deploy_contract() takes 0 positional arguments but 1 was given\n" +
		"SystemError: 7: inbalance\nself 6\n"
	if string(res.Stdout) != want || res.Kind != exec.Return {
		t.Fatalf("%s\n%q\nwant %q\n%s", res.Line(), res.Stdout, want, stderr)
	}
	msgs, _ := chain.MsgsText(res.Messages)
	// calldata: CPython's repr of the spec's encodings of {} and
	// {"args":[1],"kwargs":{"a":2}}
	wantMsgs := "deploy:\n\t{'on': 'finalized', 'salt_nonce': '0x0', 'value': '0x0'}\n\tb'\\x06'\n\tb'not really a contract'\n" +
		"deploy:\n\t{'on': 'accepted', 'salt_nonce': '0x7f', 'value': '0x4'}\n\tb'\\x16\\x04args\\r\\t\\x06kwargs\\x0e\\x01a\\x11'\n\tb'c'\n"
	if msgs != wantMsgs {
		t.Errorf("msgs %q\nwant %q", msgs, wantMsgs)
	}
}

// BenchmarkViewCallInProcess measures a transaction making 10 view calls
// (answered by the host without running a callee): the SDK proxy, the
// gl_call round trip and the result decoding.
func BenchmarkViewCallInProcess(b *testing.B) {
	st := &balState{memState{slots: storage.NewMemStore(), addr: contractAddr}, nil}
	data := calldata.MustEncode(big.NewInt(3))
	fc := &fakeCalls{answer: func(address.Address, calldata.Value) *exec.Result {
		return &exec.Result{Kind: exec.Return, Data: data}
	}}
	other := &gen.AddressObj{A: address.Address{3}}
	module := func(env *hostio.Env) {
		gen.Env = env
		p := sdkCall("genlayer.gl.get_contract_at", []rt.Value{other}, nil)
		for range 10 {
			callAttr(callAttr(p, "view", nil, nil), "foo", []rt.Value{u(1), u(2)}, nil)
		}
	}
	msg := message(b, `{}`, false, 0)
	b.ReportAllocs()
	for b.Loop() {
		fc.calls = fc.calls[:0]
		res, _, _ := serve(b, &hostio.Contract{Module: module}, &exec.Request{Message: msg, State: st, Calls: fc})
		if res.Kind != exec.Return {
			b.Fatal(res.Line())
		}
	}
}

// TestEVMInterfaceWithoutAnnotations: stubs compiled without
// __annotations__ can be declared; calling one raises NotImplementedError.
func TestEVMInterfaceWithoutAnnotations(t *testing.T) {
	st := &balState{memState{slots: storage.NewMemStore(), addr: contractAddr}, nil}
	module := func(env *hostio.Env) {
		gen.Env = env
		f := gen.NewFunction("foo", "foo", &gen.Sig{Names: []string{"self", "x"}, NPos: 2, PosOnly: 2}, nil, nil,
			func([]rt.Value) rt.Value { return rt.None })
		iface := class("I", rt.KW{Name: "View", Value: class("View", rt.KW{Name: "foo", Value: f})},
			rt.KW{Name: "Write", Value: class("Write")})
		factory := sdkCall("genlayer.gl.evm.contract_interface", []rt.Value{iface}, nil)
		p := rt.Call(factory, []rt.Value{&gen.AddressObj{A: address.Address{7}}}, nil)
		pr("declared")
		catching(func() { callAttr(callAttr(p, "view", nil, nil), "foo", []rt.Value{u(1)}, nil) })
	}
	res, stderr, _ := serve(t, &hostio.Contract{Module: module}, &exec.Request{Message: message(t, `{}`, false, 0), State: st})
	if got := string(res.Stdout); !strings.HasPrefix(got, "declared\nNotImplementedError: gl.evm.contract_interface: the annotations of I.View.foo") {
		t.Fatalf("%s %q %s", res.Line(), got, stderr)
	}
}
