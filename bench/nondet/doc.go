// Package nondet benchmarks a transaction with three nondet blocks
// (testdata/contract.py: a web request, a text prompt and a JSON prompt,
// answered by the mock rules of testdata/mocks.json) as leader and as
// validator:
//
//   - ours: the compiled contract run by host/exec.Run (a fresh artifact
//     process per transaction, the blocks run in-process as sub-VMs) on the
//     deployed state, a host/consensus.Node serving the mocks, leading
//     every block or validating the leader's posted results; and "warm",
//     the same artifact code serving the transactions one after another
//     (a server build, as bench/tx does), without the process start;
//   - CPython 3.13, GenVM-shaped (testdata/harness.py with
//     testdata/pyshim/genlayer): the transaction in a fresh interpreter,
//     and every nondet block, validator function and sandbox in a fresh
//     interpreter of its own that gets the function as cloudpickle sends
//     closures (marshalled code, pickled cell contents and named globals;
//     modules and module-level defs by reference, checked against
//     cloudpickle 2.1.0 on the cases of conformance's module_state), its
//     result pickled back. As leader that is 1 + 3 interpreters; as
//     validator 1 + 5 (each strict_eq validator spawns a sandbox that
//     re-runs the block);
//   - CPython 3.13 warm (harness.py --warm): one interpreter runs the
//     transaction repeatedly and the sub-VMs in-process, each with the same
//     pickle round trip, the contract module out of sys.modules meanwhile
//     (a block naming one of its defs imports it afresh, as a fresh
//     interpreter would): CPython doing what genvm-go does, without any
//     interpreter start.
//
// The package has no code besides its tests:
//
//	go test ./bench/nondet/                               both sides compute the same result (default run)
//	GENVM_BENCH=1 go test -run Ratio -v ./bench/nondet/   the latency table and ratios, from one run
//	go test -run XXX -bench . -benchmem ./bench/nondet/   the Go benchmarks alone
package nondet
