#!/usr/bin/env bash
# The README's main command: a real end-to-end run a newcomer can watch.
# It builds genvmc, checks and compiles examples/token.py to a native artifact,
# deploys it on a throw-away local chain, sends transactions and view calls,
# and prints GenVM's "executed with" line for each. Then it deploys
# examples/wizard_of_coin.py, whose ask_for_coin asks an LLM inside a nondet
# block (gl.eq_principle.strict_eq), and runs it through consensus: a leader
# and three validators on mocked models (examples/wizard.*.yaml, no network),
# one of which disagrees.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/genvmc" ./cmd/genvmc
g() { echo "\$ genvmc $*" | sed "s|$work/||g"; "$work/genvmc" "$@" 2>&1 || true; echo; }

g check examples/token.py
g schema examples/token.py
g compile examples/token.py -o "$work/token"
addr=$("$work/genvmc" deploy --state "$work/chain" examples/token.py '"Gold"' 1000 | tail -n 1)
echo "\$ genvmc deploy examples/token.py '\"Gold\"' 1000"
echo "deployed at $addr"; echo
bob=0x0300000000000000000000000000000000000000
g call --state "$work/chain" "$addr" transfer "$bob" 250
g call --state "$work/chain" "$addr" transfer "$bob" 5000
g view --state "$work/chain" "$addr" balance_of "$bob"
g view --state "$work/chain" "$addr" holders

echo "# a nondet block through consensus (mocked LLM replies)"
wiz=$("$work/genvmc" deploy --state "$work/chain" examples/wizard_of_coin.py | tail -n 1)
echo "\$ genvmc deploy examples/wizard_of_coin.py"
echo "deployed at $wiz"; echo
g call --state "$work/chain" "$wiz" deposit '"for luck"' --value 7
g simulate --state "$work/chain" "$wiz" ask_for_coin '"please, wise one"' --mock examples/wizard.mocks.yaml \
  --validators 3 --validator-mock examples/wizard.mocks.yaml --validator-mock examples/wizard.stingy.yaml \
  --validator-mock examples/wizard.mocks.yaml
g view --state "$work/chain" "$wiz" summary
g call --state "$work/chain" "$wiz" ask_for_coin '"once more?"' --mock examples/wizard.mocks.yaml
