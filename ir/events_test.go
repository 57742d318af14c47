package ir

import (
	"strings"
	"testing"
)

func TestEventAndInterfaceModel(t *testing.T) {
	src := `from genlayer import *

class Transfer(gl.Event):
    def __init__(self, to: Address, frm: Address, /, **blob): ...

class Ping(gl.Event):
    name = "PingV2"
    def __init__(self, /): ...

@gl.evm.contract_interface
class Token:
    class View:
        def balance_of(self, owner: Address, /) -> u256: ...
    class Write:
        def transfer(self, to: Address, amount: u256, /) -> None: ...

@gl.contract_interface
class Other:
    class View:
        def get(self) -> int: ...
        def name(self) -> str: ...

class C(gl.Contract):
    def __init__(self):
        pass
`
	r := Check("e.py", []byte(src), Options{})
	if len(r.Events) != 2 {
		t.Fatalf("events: %v", r.Events)
	}
	if e := r.Events[0]; e.Signature != "Transfer(frm,to)" || !e.Blob || strings.Join(e.Indexed, ",") != "frm,to" {
		t.Errorf("Transfer: %+v", e)
	}
	if e := r.Events[1]; e.Signature != "PingV2()" || e.Blob {
		t.Errorf("Ping: %+v", e)
	}
	if len(r.Interfaces) != 2 || !r.Interfaces[0].EVM || len(r.Interfaces[0].View) != 1 || len(r.Interfaces[0].Write) != 1 ||
		r.Interfaces[1].EVM || len(r.Interfaces[1].View) != 2 {
		t.Errorf("interfaces: %+v", r.Interfaces)
	}
}
