package ir

import (
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"
)

// bigContract returns a realistic contract of at least minLines lines:
// storage of every common shape, dataclasses, module helpers, public methods
// with nondet blocks, closures, comprehensions and exceptions, repeated with
// distinct names.
func bigContract(minLines int) []byte {
	var b strings.Builder
	b.WriteString(`# { "Depends": "py-genlayer:test" }
import json
import typing
from dataclasses import dataclass

from genlayer import *


@allow_storage
@dataclass
class Order:
    owner: Address
    amount: u256
    note: str
    tags: DynArray[str]


def clean(text: str) -> str:
    return text.strip().lower()


def parse_reply(raw: str) -> dict[str, typing.Any]:
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        raise gl.vm.UserError("bad reply")


class Market(gl.Contract):
    owner: Address
    orders: TreeMap[str, Order]
    balances: TreeMap[Address, u256]
    history: DynArray[str]
    count: u64

    def __init__(self, owner: Address):
        self.owner = owner
        self.count = u64(0)

`)
	for i := 0; b.Len() == 0 || strings.Count(b.String(), "\n") < minLines-10; i++ {
		fmt.Fprintf(&b, `    @gl.public.write.payable
    def place_%[1]d(self, key: str, note: str, tags: list[str]) -> None:
        if key in self.orders:
            raise gl.vm.UserError("exists")
        order = Order(owner=gl.message.sender_address, amount=gl.message.value, note=clean(note), tags=DynArray[str]())
        for t in tags:
            if t:
                order.tags.append(t)
        self.orders[key] = order
        self.balances[gl.message.sender_address] = self.balances.get(gl.message.sender_address, u256(0)) + gl.message.value
        self.count += 1

    @gl.public.write
    def judge_%[1]d(self, key: str, url: str) -> None:
        order = self.orders[key]
        note = order.note

        def fetch() -> str:
            page = gl.nondet.web.render(url, mode="text")
            reply = gl.nondet.exec_prompt(f"Is this page about {note}? {page[:2000]}", response_format="json")
            return json.dumps(reply, sort_keys=True)

        def validate(leader: gl.vm.Result) -> bool:
            if not isinstance(leader, gl.vm.Return):
                return False
            mine = parse_reply(fetch())
            return mine.get("ok") == parse_reply(leader.calldata).get("ok")

        verdict = parse_reply(gl.vm.run_nondet(fetch, validate))
        if verdict.get("ok") is True:
            self.history.append(key)
        else:
            del self.orders[key]

    @gl.public.view
    def summary_%[1]d(self, prefix: str = "") -> dict[str, typing.Any]:
        keys = [k for k, o in self.orders.items() if k.startswith(prefix) and o.amount > 0]
        total = sum(int(o.amount) for o in self.orders.values())
        return {"keys": keys, "total": total, "count": int(self.count), "last": self.history[-1] if len(self.history) else None}

`, i)
	}
	return []byte(b.String())
}

func TestBigContractIsClean(t *testing.T) {
	src := bigContract(1700)
	if n := strings.Count(string(src), "\n"); n < 1700 {
		t.Fatalf("contract has %d lines", n)
	}
	r := Check("big.py", src, Options{Schema: true})
	for _, d := range r.Diags {
		t.Errorf("%s:%d:%d: %s %s", d.File, d.Line, d.Col, d.Code, d.Msg)
	}
	if r.Schema == "" {
		t.Error("no schema")
	}
}

// BenchmarkCheck1700 is `genvmc check` on a 1,700-line contract (target:
// under 20 ms of CPU; genvm-lint's AST pass alone takes about 50 ms).
func BenchmarkCheck1700(b *testing.B) {
	src := bigContract(1700)
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	start := cpuTime()
	for i := 0; i < b.N; i++ {
		r := Check("big.py", src, Options{Schema: true})
		if r.Contract == nil {
			b.Fatal("no contract")
		}
	}
	// CPU time (user+system, GC included) per check: wall time is
	// meaningless on a loaded machine.
	b.ReportMetric(float64((cpuTime()-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
