// Package conformance holds the conformance cases (a contract, its
// transactions and the expected outputs, in txtar) and their runner, and the
// differential tests against CPython 3.13.
package conformance
