# v0.1.0
# { "Depends": "py-genlayer:test" }
import json
import typing
from dataclasses import dataclass

from genlayer import *


@allow_storage
@dataclass
class Deposit:
    owner: Address
    amount: u256
    note: str


class WizardOfCoin(gl.Contract):
    """A wizard guards a coin; anyone may ask, the LLM decides, validators agree."""

    have_coin: bool
    balances: TreeMap[Address, u256]
    deposits: DynArray[Deposit]
    asked: u32

    def __init__(self, have_coin: bool = True):
        self.have_coin = have_coin
        self.asked = u32(0)

    @gl.public.write.payable
    def deposit(self, note: str = "") -> None:
        sender = gl.message.sender_address
        self.balances[sender] = self.balances.get(sender, u256(0)) + gl.message.value
        self.deposits.append(Deposit(owner=sender, amount=gl.message.value, note=note))

    @gl.public.write
    def ask_for_coin(self, request: str) -> None:
        if not self.have_coin:
            raise gl.vm.UserError("the wizard has no coin left")
        self.asked += 1

        def decide() -> str:
            prompt = f"""You are a wizard who guards a coin. A traveller says: {request!r}.
Reply as JSON: {{"reasoning": str, "give_coin": bool}}"""
            reply = gl.nondet.exec_prompt(prompt, response_format="json")
            return json.dumps(reply, sort_keys=True)

        verdict = json.loads(gl.eq_principle.strict_eq(decide))
        if verdict["give_coin"] is True:
            self.have_coin = False

    @gl.public.view
    def get_have_coin(self) -> bool:
        return self.have_coin

    @gl.public.view
    def summary(self) -> dict[str, typing.Any]:
        total = sum(d.amount for d in self.deposits)
        return {"asked": self.asked, "deposits": len(self.deposits), "total": total, "coin": self.have_coin}
