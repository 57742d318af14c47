package chain

import (
	"bytes"
	"unicode/utf8"
)

// runnerError is the VMError GenVM gives before running code whose text
// cannot name a runner (executor/src/runners/parse.rs): code that is not
// UTF-8 is "invalid_contract not_utf8_text", and text that does not start
// with a comment ("#", "//" or "--", the runner comment such as
// `# { "Depends": "py-genlayer:test" }`, optionally after a `# v0.1.0`
// version line) is "invalid_contract absent_runner_comment". "" means the
// code may run. Go sources (runtime development artifacts, starting with
// a package clause) are exempt: they are not GenVM contracts.
func runnerError(code []byte) string {
	if bytes.HasPrefix(bytes.TrimSpace(code), []byte("package ")) {
		return ""
	}
	if !utf8.Valid(code) {
		return "invalid_contract not_utf8_text"
	}
	for _, c := range []string{"//", "#", "--"} {
		if bytes.HasPrefix(code, []byte(c)) {
			return ""
		}
	}
	return "invalid_contract absent_runner_comment"
}
