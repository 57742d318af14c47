# v0.1.0
# { "Depends": "py-genlayer:test" }
from genlayer import *


class Counter(gl.Contract):
    count: u64
    owner: Address
    names: DynArray[str]
    balances: TreeMap[str, u256]

    def __init__(self, start: int):
        print("init", start)
        self.count = start
        self.owner = gl.message.sender_address

    @gl.public.view
    def get(self) -> int:
        return self.count

    @gl.public.write
    def inc(self, n: int) -> int:
        print("inc", n)
        self.count += n
        return self.count

    @gl.public.write
    def add_name(self, name: str) -> None:
        self.names.append(name)
        self.balances[name] = len(self.names) * 10

    @gl.public.view
    def all(self) -> dict:
        return {"names": list(self.names), "balances": {k: v for k, v in self.balances.items()}, "owner": self.owner.as_hex}

    @gl.public.write.payable
    def pay(self) -> int:
        return self.balance

    @gl.public.write
    def fail(self):
        self.count = 999
        raise ValueError("boom")

    @gl.public.write
    def rollback(self, msg: str):
        self.count = 7
        raise gl.vm.UserError(msg)
