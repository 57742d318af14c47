package codegen

import (
	"bytes"
	"context"
)

// IsGoSource reports whether code is a Go main package rather than Python:
// its first non-blank line starts with "//" or "package " (neither can
// start a valid Python file). Go input is how the runtime is exercised
// before the lowering from Python exists, and how hand-written artifacts
// are tested.
func IsGoSource(code []byte) bool {
	for _, line := range bytes.Split(code, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		return bytes.HasPrefix(line, []byte("//")) || bytes.HasPrefix(line, []byte("package "))
	}
	return false
}

// Compile returns the artifact of a contract's code, from the cache when it
// is there: Go source is built as the artifact's main package; Python is
// lowered with b.Lower (ErrNoLowering while that is nil). Lowering errors
// are returned as they are.
func (b *Builder) Compile(ctx context.Context, code []byte) (*Artifact, error) {
	key, err := b.Key(ctx, code)
	if err != nil {
		return nil, err
	}
	if a, err := b.Lookup(ctx, key); err != nil || a != nil {
		return a, err
	}
	if IsGoSource(code) {
		return b.Build(ctx, key, map[string][]byte{"main.go": code})
	}
	if b.Lower == nil {
		return nil, ErrNoLowering
	}
	files, err := b.Lower(code)
	if err != nil {
		return nil, &LowerError{err}
	}
	return b.Build(ctx, key, files)
}

// LowerError is a contract the lowering rejected (diagnostics with
// positions, or constructs it cannot lower yet).
type LowerError struct{ Err error }

func (e *LowerError) Error() string { return e.Err.Error() }
func (e *LowerError) Unwrap() error { return e.Err }
