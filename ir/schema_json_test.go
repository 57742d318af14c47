package ir

import (
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// TestJSONStringLikePython checks the schema's string escaping against
// CPython's json.dumps (ensure_ascii=True).
func TestJSONStringLikePython(t *testing.T) {
	pyoracle.Require(t)
	cases := []string{"plain", "größe", "\u03a9mega", "a\"b\\c", "\x01\x1f\x7f\u0080", "\n\r\t\b\f", "𐐀x😀", "\u2028\u2029", "$x", "日本"}
	out, err := pyoracle.Run(`
import json, sys
for line in sys.stdin.read().split("\x00"):
    print(json.dumps(line))
`, []byte(strings.Join(cases, "\x00")))
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, out)
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	for i, c := range cases {
		var b strings.Builder
		writeJSONString(&b, c)
		if b.String() != want[i] {
			t.Errorf("%q: got %s, want %s", c, b.String(), want[i])
		}
	}
}
