package codegen_test

import (
	"context"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
)

// evmIfaceContract declares an EVM interface whose stubs take the argument
// types of the SDK's ABI test vectors (genlayer-py-std tests
// test_eth_encoding.py, test_eth_contract.py, test_eth_decoding.py).
// keep holds on to the class (the decorated name is a proxy factory).
// __probe__ is skipped by the SDK's _generate_methods (a dunder): it only
// shows the order CPython 3.13 evaluates and stores annotations in.
const evmIfaceContract = `# { "Depends": "py-genlayer:test" }
from genlayer import *

trace = []
kept = []


def tr(x):
    trace.append(x)
    return x


def keep(c):
    kept.append(c)
    return c


@gl.evm.contract_interface
@keep
class Token:
    class View:
        Flag = bool

        def baz(self, x: u32, y: bool, /) -> Flag: ...
        def transfer(self, a: list[list[u256]], b: list[Address], /) -> tuple[gl.evm.InplaceTuple, list[list[u256]], list[Address]]: ...
        def const(self, a: list[tuple[str, Address, str]], /) -> list[tuple[str, Address, str]]: ...
        def foo(self, param: str, /) -> str: ...
        def __probe__(self, a: tr("A"), /, b: tr("B") = tr("Db"), *c: tr("C"), d: tr("D") = tr("Dd"), **e: tr("E")) -> tr("R"): ...

    class Write:
        def bar(self, param: str, /): ...
        def sam(self, a: bytes, b: bool, c: list[u256], /) -> None: ...


A1 = Address('0x5B38Da6a701c568545dCfcB03FcB875f56beddC4')
A2 = Address('0x7b38da6a701c568545dcfcb03fcb875f56bedfb3')


class Contract(gl.Contract):
    def __init__(self):
        pass

    @gl.public.view
    def annotations(self) -> str:
        v = kept[0].View
        return repr([
            trace,
            list(v.__probe__.__annotations__.items()),
            v.baz.__annotations__['x'] is u32,
            v.baz.__annotations__['y'] is bool,
            v.baz.__annotations__['return'] is bool,
            list(v.baz.__annotations__),
            kept[0].Write.bar.__annotations__ == {'param': str},
            kept[0].Write.sam.__annotations__['return'],
        ])

    @gl.public.view
    def views(self, addr: Address) -> str:
        t = Token(addr).view()
        nested = t.transfer([[123, 456], [789]], [A1, A2])
        rows = [('str1', A1, 'str2'), ('str3', A2, 'my last string' * 20)]
        return repr([
            t.baz(69, True),
            nested == ([[123, 456], [789]], [A1, A2]),
            type(nested).__name__,
            t.const(rows) == rows,
            t.foo('123'),
        ])

    @gl.public.write.payable
    def sends(self, addr: Address):
        Token(addr).emit(value=u256(7)).sam(b'dave', True, [1, 2, 3])
        Token(addr).emit().bar('abc')
`

// The calls' ABI encodings, from the SDK's tests (hex of encode_call).
const (
	// MethodEncoder('baz', (u32, bool), bool).encode_call((69, True))
	abiBaz = "cdcd77c0" +
		"0000000000000000000000000000000000000000000000000000000000000045" +
		"0000000000000000000000000000000000000000000000000000000000000001"
	// MethodEncoder('transfer', (list[list[u256]], list[Address]), ...)
	abiTransfer = "7a63729a" +
		"0000000000000000000000000000000000000000000000000000000000000040" +
		"0000000000000000000000000000000000000000000000000000000000000140" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"0000000000000000000000000000000000000000000000000000000000000040" +
		"00000000000000000000000000000000000000000000000000000000000000a0" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"000000000000000000000000000000000000000000000000000000000000007b" +
		"00000000000000000000000000000000000000000000000000000000000001c8" +
		"0000000000000000000000000000000000000000000000000000000000000001" +
		"0000000000000000000000000000000000000000000000000000000000000315" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"0000000000000000000000005b38da6a701c568545dcfcb03fcb875f56beddc4" +
		"0000000000000000000000007b38da6a701c568545dcfcb03fcb875f56bedfb3"
	// MethodEncoder('const', (list[tuple[str, Address, str]],), ...)
	abiConst = "ed6df702" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"0000000000000000000000000000000000000000000000000000000000000040" +
		"0000000000000000000000000000000000000000000000000000000000000120" +
		"0000000000000000000000000000000000000000000000000000000000000060" +
		"0000000000000000000000005b38da6a701c568545dcfcb03fcb875f56beddc4" +
		"00000000000000000000000000000000000000000000000000000000000000a0" +
		"0000000000000000000000000000000000000000000000000000000000000004" +
		"7374723100000000000000000000000000000000000000000000000000000000" +
		"0000000000000000000000000000000000000000000000000000000000000004" +
		"7374723200000000000000000000000000000000000000000000000000000000" +
		"0000000000000000000000000000000000000000000000000000000000000060" +
		"0000000000000000000000007b38da6a701c568545dcfcb03fcb875f56bedfb3" +
		"00000000000000000000000000000000000000000000000000000000000000a0" +
		"0000000000000000000000000000000000000000000000000000000000000004" +
		"7374723300000000000000000000000000000000000000000000000000000000" +
		"0000000000000000000000000000000000000000000000000000000000000118" +
		"6d79206c61737420737472696e676d79206c61737420737472696e676d79206c" +
		"61737420737472696e676d79206c61737420737472696e676d79206c61737420" +
		"737472696e676d79206c61737420737472696e676d79206c6173742073747269" +
		"6e676d79206c61737420737472696e676d79206c61737420737472696e676d79" +
		"206c61737420737472696e676d79206c61737420737472696e676d79206c6173" +
		"7420737472696e676d79206c61737420737472696e676d79206c617374207374" +
		"72696e676d79206c61737420737472696e676d79206c61737420737472696e67" +
		"6d79206c61737420737472696e676d79206c61737420737472696e676d79206c" +
		"61737420737472696e676d79206c61737420737472696e670000000000000000"
	// the view foo('123') of test_eth_contract.py (f31a6969 ...)
	abiFoo = "f31a6969" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000003" +
		"3132330000000000000000000000000000000000000000000000000000000000"
	// the send bar('abc') of test_eth_contract.py (d473a8ed ...)
	abiBar = "d473a8ed" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000003" +
		"6162630000000000000000000000000000000000000000000000000000000000"
	// MethodEncoder('sam', (bytes, bool, list[u256]), ...).encode_call((b'dave', True, [1, 2, 3]))
	abiSam = "a5643bf2" +
		"0000000000000000000000000000000000000000000000000000000000000060" +
		"0000000000000000000000000000000000000000000000000000000000000001" +
		"00000000000000000000000000000000000000000000000000000000000000a0" +
		"0000000000000000000000000000000000000000000000000000000000000004" +
		"6461766500000000000000000000000000000000000000000000000000000000" +
		"0000000000000000000000000000000000000000000000000000000000000003" +
		"0000000000000000000000000000000000000000000000000000000000000001" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"0000000000000000000000000000000000000000000000000000000000000003"
)

// TestContractEVMInterface compiles a contract declaring a
// @gl.evm.contract_interface (its stubs' annotations are evaluated when
// the defs run and attached as __annotations__, which the runtime reads to
// build the ABI), then: .view().m(args) sends an EthCall with the SDK's
// encoding that a fake host answers and the return annotation decodes;
// .emit(value=...).m(args) records an EthSend. The fake host checks each
// request against the SDK's test vectors and answers a view with the
// call's own argument encoding (the SDK's test_eth_decoding_inverse: the
// arguments decode back through the return type), except baz (a bool word).
func TestContractEVMInterface(t *testing.T) {
	ctx, sender := context.Background(), testSender
	token := address.Address{0x77}
	var calls []string
	ethCall := func(addr address.Address, data []byte) ([]byte, error) {
		if addr != token {
			return nil, fmt.Errorf("EthCall to %x", addr[:])
		}
		h := hex.EncodeToString(data)
		calls = append(calls, h[:8])
		switch h {
		case abiBaz:
			return append(make([]byte, 31), 1), nil
		case abiTransfer, abiConst, abiFoo:
			return data[4:], nil
		}
		return nil, fmt.Errorf("unexpected EthCall %s", h)
	}
	c := testChain(t)
	c.EthCall = ethCall
	addr, res, err := c.Deploy(ctx, &chain.Tx{Sender: sender, Origin: sender, Code: []byte(evmIfaceContract), Calldata: cd(t, `{}`)})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	if res.Line() != "executed with `Return(\"\\x00\")`" {
		t.Fatalf("deploy: %s %s", res.Line(), res.Stderr)
	}
	call := func(readable string, value int64, view bool) (string, []string) {
		t.Helper()
		res, err := c.Execute(ctx, &chain.Tx{Contract: addr, Sender: sender, Origin: sender,
			Calldata: cd(t, readable), Value: big.NewInt(value), View: view})
		if err != nil {
			t.Fatal(err)
		}
		var msgs []string
		for _, m := range res.Messages {
			msgs = append(msgs, m.Kind+" "+calldata.DebugString(m.Args))
		}
		if len(res.Data) > 0 {
			if v, err := calldata.Decode(res.Data); err == nil {
				return calldata.DebugString(v), msgs
			}
		}
		return res.Line() + string(res.Stderr), msgs
	}

	// CPython 3.13 evaluates the defaults, then the annotations: normal
	// parameters, positional-only ones, *args, keyword-only, **kwargs,
	// return (the dict keeps that order); a stub without a return
	// annotation has no "return" key; names resolve in the class body
	// (Flag), then the module.
	wantAnn := `"[['Db', 'Dd', 'B', 'A', 'C', 'D', 'E', 'R'], [('b', 'B'), ('a', 'A'), ('c', 'C'), ('d', 'D'), ('e', 'E'), ('return', 'R')], True, True, True, ['x', 'y', 'return'], True, None]"`
	if got, _ := call(`{"method":"annotations"}`, 0, true); got != wantAnn {
		t.Errorf("annotations:\n got %s\nwant %s", got, wantAnn)
	}

	addrArg := fmt.Sprintf(`{"method":"views","args":[addr#%x]}`, token[:])
	wantViews := `"[True, True, 'tuple', True, '123']"`
	if got, msgs := call(addrArg, 0, true); got != wantViews || len(msgs) != 0 {
		t.Errorf("views:\n got %s %v\nwant %s", got, msgs, wantViews)
	}
	if want := []string{"7a63729a", "cdcd77c0", "ed6df702", "f31a6969"}; strings.Join(calls, " ") != strings.Join(want, " ") {
		t.Errorf("EthCalls %v, want %v", calls, want)
	}

	sendArg := strings.Replace(addrArg, "views", "sends", 1)
	got, msgs := call(sendArg, 10, false)
	if got != "null" {
		t.Fatalf("sends: %s", got)
	}
	tokenHex := hex.EncodeToString(token[:])
	want := []string{
		fmt.Sprintf(`EthSend {"address":addr#%s,"calldata":b#%s,"value":7}`, tokenHex, abiSam),
		fmt.Sprintf(`EthSend {"address":addr#%s,"calldata":b#%s,"value":0}`, tokenHex, abiBar),
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Errorf("sends:\n got %s\nwant %s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
}
