// Package genvm embeds the source of the runtime that compiled contracts
// link (go.mod, go.sum, rt/ and stdlib/), so that genvmc can build
// artifacts offline on a machine that has only the genvmc binary, a Go
// toolchain and the module cache (see docs/execution.md).
package genvm

import "embed"

// RuntimeSource holds go.mod, go.sum and the rt and stdlib trees (with their
// tests and testdata, which the build driver skips when writing it out).
//
//go:embed go.mod go.sum rt stdlib
var RuntimeSource embed.FS
