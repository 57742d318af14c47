// Package rt is the deterministic runtime that compiled contracts link:
// Python values and operations, exceptions, calldata, storage, results,
// nondet hooks, fuel and limits.
//
// Determinism rules for everything under rt: no Go map iteration where order
// can leak, no goroutines or select, no wall-clock time, no randomness, and
// no I/O except through the host interface.
package rt
