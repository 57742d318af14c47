# v0.1.0
# { "Depends": "py-genlayer:test" }
from dataclasses import dataclass

from genlayer import *


@allow_storage
@dataclass
class Deposit:
    owner: Address
    amount: u256
    note: str


class Bank(gl.Contract):
    balances: TreeMap[Address, u256]
    deposits: DynArray[Deposit]
    last: Deposit

    def __init__(self):
        pass

    @gl.public.write.payable
    def deposit(self, note: str = "") -> int:
        sender = gl.message.sender_address
        self.balances[sender] = self.balances.get(sender, u256(0)) + gl.message.value
        d = Deposit(owner=sender, amount=gl.message.value, note=note)
        self.deposits.append(d)
        self.last = d
        return len(self.deposits)

    @gl.public.view
    def history(self) -> list:
        return [{"amount": d.amount, "note": d.note} for d in self.deposits]

    @gl.public.view
    def last_note(self) -> str:
        return self.last.note + "/" + str(self.last.amount)
