// Package tx benchmarks whole transactions of a compiled contract
// (testdata/bench.py): a trivial view call and a TreeMap-heavy write (100
// inserts into a TreeMap[str, u256] already holding 1000 keys), through
//
//   - the real path: a fresh artifact process per transaction served by
//     host/exec.Run, the state read from the bbolt store;
//   - the same artifact code kept running between transactions, each served
//     by host/exec.Serve over its pipes: the real path without the process
//     start;
//
// and compares them with the same transactions run by GenVM's own SDK
// storage and calldata code under CPython 3.13 (testdata/sdk_bench.py, which
// needs the SDK's files in $GENVM_SDK; see its header), in a warm
// interpreter and in a fresh interpreter per transaction as GenVM runs them.
//
// TestCompileTime (also opt-in) times genvmc's compile of a new contract
// (examples/token.py), wall and CPU.
//
// The package has no code besides its tests:
//
//	go test ./bench/tx/                                  the paths agree (default test run)
//	GENVM_BENCH=1 GENVM_SDK=DIR go test -run Ratio -v ./bench/tx/    the table, from one run
//	go test -run XXX -bench . -benchmem ./bench/tx/      the Go benchmarks alone
//	bench/tx/run.sh                                      both
package tx
