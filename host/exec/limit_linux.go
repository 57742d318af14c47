package exec

import "golang.org/x/sys/unix"

// limitMemory caps the data segment of the artifact process (private
// writable mappings, which is where the Go heap lives; the runtime's
// address-space reservations are not counted). It is applied before the
// host answers the artifact's first request, so the artifact cannot
// allocate past it. Exceeding it makes the Go runtime fail with "out of
// memory", which Run reports as VMError("OOM").
func limitMemory(pid int, bytes uint64) error {
	return unix.Prlimit(pid, unix.RLIMIT_DATA, &unix.Rlimit{Cur: bytes, Max: bytes}, nil)
}
