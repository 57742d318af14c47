//go:build !linux

package exec

// limitMemory is a no-op outside Linux: there the logical memory budget
// (rt/fuel) and the timeout are the only bounds.
func limitMemory(pid int, bytes uint64) error { return nil }
