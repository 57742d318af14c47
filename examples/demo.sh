#!/usr/bin/env bash
# The README's main command: a real end-to-end run a newcomer can watch.
# It builds genvmc, checks and compiles examples/token.py to a native artifact,
# deploys it on a throw-away local chain, sends transactions and view calls,
# and prints GenVM's "executed with" line for each.
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
