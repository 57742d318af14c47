#!/bin/sh
# run.sh prints the per-transaction latency table of bench/tx (ours vs
# GenVM's SDK under CPython 3.13, with ratios, from one run), the compile
# time of a new contract (wall and CPU) and then the Go benchmarks with
# allocations. GENVM_SDK must name a directory holding the GenVM SDK files
# listed in bench/tx/testdata/sdk_bench.py (default: /tmp/genvm-sdk).
set -e
cd "$(dirname "$0")/../.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
if ! GENVM_SDK=${GENVM_SDK:-/tmp/genvm-sdk} GENVM_BENCH=1 \
	go test ./bench/tx/ -run 'TestRatio|TestCompileTime' -count=1 -v >"$out" 2>&1; then
	cat "$out"
	exit 1
fi
sed -n '/compile of a new contract/,/target:/p; /per-transaction latency/,/peak RSS/p' "$out" | sed 's/^        //'
go test ./bench/tx/ -run XXX -bench . -benchmem -benchtime 2s
