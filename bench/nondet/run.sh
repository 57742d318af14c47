#!/bin/sh
# run.sh prints bench/nondet's latency table (a transaction with three
# nondet blocks as leader and as validator, genvm-go vs GenVM-shaped
# CPython 3.13, with ratios, from one run) and then the Go benchmarks.
set -e
cd "$(dirname "$0")/../.."
GENVM_BENCH=1 go test ./bench/nondet/ -run TestRatio -count=1 -v |
	sed -n '/nondet transaction latency/,/CPython warm:/p' | sed 's/^        //'
go test ./bench/nondet/ -run XXX -bench . -benchmem -benchtime 20x
