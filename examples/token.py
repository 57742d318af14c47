# v0.1.0
# { "Depends": "py-genlayer:test" }
from genlayer import *


class Token(gl.Contract):
    balances: TreeMap[Address, u256]
    total_supply: u256
    name: str

    def __init__(self, name: str, supply: int):
        self.name = name
        self.total_supply = u256(supply)
        self.balances[gl.message.sender_address] = u256(supply)

    @gl.public.write
    def transfer(self, to: Address, amount: int) -> None:
        sender = gl.message.sender_address
        have = self.balances.get(sender, u256(0))
        if have < amount:
            raise gl.vm.UserError(f"insufficient balance: {have} < {amount}")
        self.balances[sender] = u256(have - amount)
        self.balances[to] = u256(self.balances.get(to, u256(0)) + amount)
        print(f"{self.name}: moved {amount} to {to}")

    @gl.public.view
    def balance_of(self, who: Address) -> int:
        return self.balances.get(who, u256(0))

    @gl.public.view
    def holders(self) -> list[str]:
        return [f"{k.as_hex}={v}" for k, v in self.balances.items()]
