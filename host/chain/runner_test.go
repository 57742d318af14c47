package chain

import "testing"

// TestRunnerError: GenVM's runner-comment parse (runners/parse.rs): the
// code must be UTF-8 and start, at its first byte, with a comment.
func TestRunnerError(t *testing.T) {
	for _, c := range []struct{ code, want string }{
		{"# { \"Depends\": \"py-genlayer:test\" }\nx = 1\n", ""},
		{"# v0.1.0\n# { \"Depends\": \"py-genlayer:test\" }\n", ""},
		{"// wasm-ish text\n", ""},
		{"-- lua\n", ""},
		{"x = 1\n", "invalid_contract absent_runner_comment"},
		{" # { \"Depends\": \"py-genlayer:test\" }\n", "invalid_contract absent_runner_comment"}, // whitespace first
		{"\n# { \"Depends\": \"py-genlayer:test\" }\n", "invalid_contract absent_runner_comment"},
		{"\ufeff# { \"Depends\": \"py-genlayer:test\" }\n", "invalid_contract absent_runner_comment"}, // a BOM is a byte before the comment
		{"# ok\n\xff\n", "invalid_contract not_utf8_text"},
		{"", "invalid_contract absent_runner_comment"},
		{"package main\n\nfunc main() {}\n", ""},
	} {
		if got := runnerError([]byte(c.code)); got != c.want {
			t.Errorf("%q: got %q, want %q", c.code, got, c.want)
		}
	}
}
