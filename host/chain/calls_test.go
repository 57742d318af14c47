package chain_test

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/codegen"
	"github.com/genvm-go/genvm/host/chain"
	"github.com/genvm-go/genvm/host/exec"
	"github.com/genvm-go/genvm/host/store"
	"github.com/genvm-go/genvm/rt/address"
	"github.com/genvm-go/genvm/rt/calldata"
	"github.com/genvm-go/genvm/rt/result"
	"github.com/holiman/uint256"
)

// pyChain is a local chain whose contracts are compiled Python.
func pyChain(t *testing.T) *chain.Chain {
	t.Helper()
	b := codegen.NewTestBuilder("test")
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &chain.Chain{Store: st, Resolve: b.Resolve}
}

func source(t *testing.T, name string) []byte {
	t.Helper()
	src, err := os.ReadFile("testdata/calls/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func deploy(t *testing.T, c *chain.Chain, sender address.Address, code []byte, args ...calldata.Value) address.Address {
	t.Helper()
	cd := calldata.Map{}
	if len(args) > 0 {
		cd = calldata.Map{{Key: "args", Value: args}}
	}
	addr, res, err := c.Deploy(context.Background(), &chain.Tx{Sender: sender, Origin: sender, Code: code, Calldata: calldata.MustEncode(cd)})
	if err != nil || res.Kind != exec.Return {
		t.Fatalf("deploy: %v %s %s", err, res.Line(), res.Stderr)
	}
	return addr
}

func method(name string, args ...calldata.Value) []byte {
	m := calldata.Map{{Key: "method", Value: name}}
	if len(args) > 0 {
		m = append(m, calldata.Entry{Key: "args", Value: args})
	}
	return calldata.MustEncode(m)
}

// TestViewCallsCompiled: GenVM's py-core call_view and rollbacks/call_view
// cases between two compiled contracts on the local chain. The callee runs
// as its own process; its prints appear at the call; it sees the caller's
// sender; a gl.contract_interface
// class is get_contract_at; a callee's UserError is catchable; a callee's
// VMError ends the caller with it.
func TestViewCallsCompiled(t *testing.T) {
	c := pyChain(t)
	ctx := context.Background()
	eoa := address.Address{2}
	callee := deploy(t, c, eoa, source(t, "callee.py"), big.NewInt(100))
	caller := deploy(t, c, eoa, source(t, "caller.py"))
	// record the requests the chain makes: the callee's forked message
	var reqs []string
	c.Run = func(ctx context.Context, art string, req *exec.Request) (*exec.Result, error) {
		m := req.Message
		stack := ""
		for _, a := range m.Stack {
			stack += " " + a.Hex()
		}
		reqs = append(reqs, fmt.Sprintf("%s sender %s origin %s value %s init %v readonly %v stack%s",
			m.ContractAddress.Hex(), m.SenderAddress.Hex(), m.OriginAddress.Hex(), m.Value, m.IsInit, req.Readonly, stack))
		return exec.Run(ctx, art, req)
	}
	origin := address.Address{4}
	res, err := c.Execute(ctx, &chain.Tx{Contract: caller, Sender: eoa, Origin: origin, Calldata: method("main", callee)})
	if err != nil {
		t.Fatal(err)
	}
	c.Run = nil
	e, o, cr, ce := eoa.Hex(), origin.Hex(), caller.Hex(), callee.Hex()
	wantReqs := []string{
		cr + " sender " + e + " origin " + o + " value 0 init false readonly false stack",
		ce + " sender " + e + " origin " + o + " value 0 init false readonly true stack " + cr,
		ce + " sender " + e + " origin " + o + " value 0 init false readonly true stack " + cr,
		ce + " sender " + e + " origin " + o + " value 0 init false readonly true stack " + cr,
	}
	if strings.Join(reqs, "\n") != strings.Join(wantReqs, "\n") {
		t.Errorf("requests:\n%s\nwant\n%s", strings.Join(reqs, "\n"), strings.Join(wantReqs, "\n"))
	}
	want := "contract from.main\n" +
		"contract to.foo " + eoa.Hex() + "\n103\n" +
		"contract to.foo " + eoa.Hex() + "\n130\n" +
		"contract to.rb\nhandled nah, I won't execute 3\nafter\n" +
		"executed with `Return(\"\\x00\")`"
	if got := string(res.Stdout) + res.Line(); got != want {
		t.Errorf("main:\n%s\nwant\n%s\nstderr: %s", got, want, res.Stderr)
	}
	res, err = c.Execute(ctx, &chain.Tx{Contract: caller, Sender: eoa, Origin: eoa, Calldata: method("boom", callee)})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(res.Stdout) + res.Line(); got != "contract to.boom\nexecuted with `VMError(\"exit_code 1\")`" {
		t.Errorf("boom: %q", got)
	}
	// nested view calls: the callee calls itself until the depth bound
	c.MaxCallDepth = 3
	res, err = c.Execute(ctx, &chain.Tx{Contract: callee, Sender: eoa, Origin: eoa, Calldata: method("rec", big.NewInt(0))})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(res.Stdout) + res.Line(); got != strings.ReplaceAll("rec 0 E\nrec 1 E\nrec 2 E\nrec 3 E\n", "E", eoa.Hex())+"executed with `VMError(\"call depth exceeded\")`" {
		t.Errorf("rec: %q %s", got, res.Stderr)
	}
	// an address without code
	res, err = c.Execute(ctx, &chain.Tx{Contract: caller, Sender: eoa, Origin: eoa, Calldata: method("main", address.Address{9})})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(res.Stdout) + res.Line(); got != "contract from.main\nexecuted with `VMError(\"invalid_contract absent_runner_comment\")`" {
		t.Errorf("no code: %q", got)
	}
}

// TestMessagesCompiled: a payable method emits messages with value, a
// transfer, a failing message with value and a salted deploy. The
// transaction's own stdout and messages follow GenVM (self.balance drops
// by what was sent, a proxy to itself keeps the host's balance, a message
// beyond the balance is SystemError("7: inbalance")); then the local chain
// delivers the messages: accepted before finalized, sender = the caller,
// origin kept, value credited, the failed message's value back through
// __on_errored_message__, the child deployed at the create2 address.
func TestMessagesCompiled(t *testing.T) {
	c := pyChain(t)
	ctx := context.Background()
	eoa := address.Address{2}
	calleeCode := source(t, "callee.py")
	callee := deploy(t, c, eoa, calleeCode, big.NewInt(100))
	caller := deploy(t, c, eoa, source(t, "caller.py"))
	var log []string
	c.OnDelivery = func(d *chain.Delivery) {
		line := d.Kind
		if d.Tx != nil {
			line += " to " + d.Tx.Contract.Hex()
		}
		if d.Result != nil {
			line += ": " + strings.TrimSpace(string(d.Result.Stdout)) + " | " + d.Result.Line()
		}
		if d.Err != nil {
			line += ": " + d.Err.Error()
		}
		log = append(log, line)
	}
	res, err := c.Execute(ctx, &chain.Tx{Contract: caller, Sender: eoa, Origin: eoa, Value: big.NewInt(20),
		Calldata: method("send", callee, calleeCode)})
	if err != nil {
		t.Fatal(err)
	}
	child := result.Create2Address(caller, uint256.NewInt(1), uint256.NewInt(0))
	want := "self 20 proxy 20\nchild " + child.Hex() + "\nself 10 proxy 20\nrefused 7: inbalance\n" +
		"executed with `Return(\"\\x00\")`"
	if got := string(res.Stdout) + res.Line(); got != want {
		t.Fatalf("send:\n%s\nwant\n%s\n%s", got, want, res.Stderr)
	}
	msgs, err := chain.MsgsText(res.Messages)
	if err != nil {
		t.Fatal(err)
	}
	// calldata reprs: CPython's repr of the spec's encodings of
	// {"args":[7],"method":"store"}, {"args":[8],...}, {}, {"method":"fail"}
	// and {"args":[5]}
	wantMsgs := "send:\n\t{'on': 'finalized', 'value': '0x3'}\n\tb'\\x16\\x04args\\r9\\x06method,store'\n" +
		"send:\n\t{'on': 'accepted', 'value': '0x0'}\n\tb'\\x16\\x04args\\rA\\x06method,store'\n" +
		"send:\n\t{'on': 'finalized', 'value': '0x2'}\n\tb'\\x06'\n" +
		"send:\n\t{'on': 'finalized', 'value': '0x4'}\n\tb'\\x0e\\x06method$fail'\n" +
		"deploy:\n\t{'on': 'finalized', 'salt_nonce': '0x1', 'value': '0x1'}\n\tb'\\x0e\\x04args\\r)'\n\tb'# v0.1.0\\n"
	if !strings.HasPrefix(msgs, wantMsgs) {
		t.Errorf("msgs:\n%s\nwant prefix\n%s", msgs, wantMsgs)
	}
	e, cr := eoa.Hex(), caller.Hex()
	wantLog := []string{
		"PostMessage to " + callee.Hex() + ": store 8 " + cr + " " + e + " 0 0 | executed with `Return(\"\\x00\")`",
		"PostMessage to " + callee.Hex() + ": store 7 " + cr + " " + e + " 3 3 | executed with `Return(\"\\x00\")`",
		"PostMessage to " + callee.Hex() + ":  | executed with `Return(\"\\x00\")`",
		"PostMessage to " + callee.Hex() + ":  | executed with `UserError(\"no\")`",
		"#error to " + cr + ": errored " + callee.Hex() + " 4 | executed with `Return(\"\\x00\")`",
		"DeployContract to " + child.Hex() + ": callee init 5 " + cr + " 1 | executed with `Return(\"\\x00\")`",
	}
	if strings.Join(log, "\n") != strings.Join(wantLog, "\n") {
		t.Errorf("deliveries:\n%s\nwant\n%s", strings.Join(log, "\n"), strings.Join(wantLog, "\n"))
	}
	bal := func(a address.Address) int64 {
		b, err := c.Store.Balance(a)
		if err != nil {
			t.Fatal(err)
		}
		return b.Int64()
	}
	// caller: 20 in, 3+2+4+1 out, 4 back; callee: 3+2; child: 1
	if bal(caller) != 14 || bal(callee) != 5 || bal(child) != 1 {
		t.Errorf("balances caller %d callee %d child %d", bal(caller), bal(callee), bal(child))
	}
	view := func(addr address.Address, m string) string {
		res, err := c.Execute(ctx, &chain.Tx{Contract: addr, Sender: eoa, Origin: eoa, Calldata: method(m), View: true})
		if err != nil {
			t.Fatal(err)
		}
		v, err := calldata.Decode(res.Data)
		if err != nil {
			t.Fatalf("%s: %s", m, res.Line())
		}
		return calldata.DebugString(v)
	}
	if got := view(callee, "get"); got != `[7,["store 8","store 7","receive 2"]]` {
		t.Errorf("callee state %s", got)
	}
	if got := view(caller, "get_errored"); got != "4" {
		t.Errorf("errored %s", got)
	}
	if got := view(child, "get"); got != `[5,[]]` {
		t.Errorf("child state %s", got)
	}
}

// TestBalanceEthCompiled is GenVM's py-core/balances/balance_eth case on
// the local chain (the contract holds 10 through the call's value): an EVM
// interface's emit_transfer is an EthSend without calldata, self.balance
// drops by it while a proxy's balance keeps the host's, and the nested
// view (a separate VM) sees the host's balance for both. The local chain
// records the EthSend and the value leaves the contract.
func TestBalanceEthCompiled(t *testing.T) {
	c := pyChain(t)
	ctx := context.Background()
	eoa := address.Address{2}
	addr := deploy(t, c, eoa, source(t, "balance_eth.py"))
	var log []string
	c.OnDelivery = func(d *chain.Delivery) { log = append(log, d.Kind) }
	res, err := c.Execute(ctx, &chain.Tx{Contract: addr, Sender: eoa, Origin: eoa, Value: big.NewInt(10), Calldata: method("main")})
	if err != nil {
		t.Fatal(err)
	}
	want := "main self 10\nmain At(self) 10\n=== transfer ===\nmain self 5\nmain At(self) 10\n=== call .view() ===\n" +
		"nested self 10\nnested At(self) 10\nexecuted with `Return(\"\\x00\")`"
	if got := string(res.Stdout) + res.Line(); got != want {
		t.Fatalf("got\n%s\nwant\n%s\n%s", got, want, res.Stderr)
	}
	msgs, _ := chain.MsgsText(res.Messages)
	if msgs != "eth_send:\n\tb''\n\t{'value': '0x5'}\n" {
		t.Errorf("msgs %q", msgs)
	}
	if strings.Join(log, ",") != "EthSend" {
		t.Errorf("deliveries %v", log)
	}
	if b, _ := c.Store.Balance(addr); b.Int64() != 5 {
		t.Errorf("balance %d", b)
	}
}
