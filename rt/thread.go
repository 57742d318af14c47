package rt

import (
	"bytes"
)

// Thread is the state of the transaction being executed. The runtime runs one
// transaction at a time per process, on one goroutine, so this state is a
// package variable reached through Current; Reset gives a transaction its
// fresh state. Nothing in it depends on the machine: limits are logical.
type Thread struct {
	// Stdout receives print() output: the transaction's output, never the
	// process's standard output.
	Stdout bytes.Buffer
	// Depth is the current Python call depth; MaxDepth raises RecursionError.
	Depth, MaxDepth int
	// reprStack holds the containers whose repr is in progress, so that a
	// self-containing list prints as [...].
	reprStack []Value
}

// DefaultMaxDepth is CPython's default recursion limit.
const DefaultMaxDepth = 1000

var current = &Thread{MaxDepth: DefaultMaxDepth}

// Current returns the running transaction's state.
func Current() *Thread { return current }

// Reset starts a fresh transaction state and returns it.
func Reset() *Thread {
	current = &Thread{MaxDepth: DefaultMaxDepth}
	return current
}

// Enter records a Python call, raising RecursionError past the limit; the
// caller must call Leave when the call returns (or unwinds).
func Enter() {
	t := current
	t.Depth++
	if t.Depth > t.MaxDepth {
		t.Depth--
		panic(NewException(RecursionError, "maximum recursion depth exceeded"))
	}
}

// Leave undoes Enter.
func Leave() { current.Depth-- }

// ReprEnter reports whether v's repr is already in progress (a cycle). If not,
// it records v; the caller must then call ReprLeave.
func ReprEnter(v Value) bool {
	t := current
	for _, x := range t.reprStack {
		if x == v {
			return true
		}
	}
	t.reprStack = append(t.reprStack, v)
	return false
}

// ReprLeave undoes a successful ReprEnter. It clears the slot it pops, so
// the stack's backing array keeps no finished container (and its class)
// alive.
func ReprLeave() {
	s := current.reprStack
	s[len(s)-1] = nil
	current.reprStack = s[:len(s)-1]
}
