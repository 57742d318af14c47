#!/bin/sh
# run.sh compares genvmc's parser with CPython 3.13's ast.parse on every .py
# file of CPython's standard library and prints
#   genvmc: X MB/s, CPython ast.parse: Y MB/s, ratio Z
# then the Go benchmark with allocations.
set -e
cd "$(dirname "$0")/../.."
GENVM_BENCH=1 go test ./frontend/ -run TestParseSpeedVsCPython -count=1 -v | grep -E "genvmc:|FAIL"
go test ./frontend/ -run XXX -bench 'ParseStdlib' -benchmem -benchtime 3x
