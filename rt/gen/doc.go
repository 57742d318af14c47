// Package gen is the runtime support that generated code links besides rt
// and stdlib: Python function objects with CPython's argument binding, user
// classes and their instances, exception handling helpers for try/except/
// finally and with, imports of the standard library subset, and small
// helpers that keep generated code short.
//
// Like rt, it is deterministic: no map iteration that can leak order, no
// goroutines, no time, no randomness. State that must not survive a
// transaction is cleared by Reset.
package gen
