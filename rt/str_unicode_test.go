package rt

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"strconv"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// TestUnicodeTablesMatchCPython regenerates the property tables with
// python3.13 and requires the committed file to be identical, so the tables
// are CPython 3.13's (Unicode 15.1) and not hand-edited.
func TestUnicodeTablesMatchCPython(t *testing.T) {
	pyoracle.Require(t)
	cmd, err := pyoracle.Command("gen_unicode.py")
	if err != nil {
		t.Fatal(err)
	}
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("gen_unicode.py: %v", err)
	}
	got, err := os.ReadFile("str_unicode_tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("str_unicode_tables.go differs from gen_unicode.py's output; run go generate ./rt")
	}
}

// TestUnicodePropertiesAllCodePoints checks every code point's predicates and
// case mappings against CPython through the same str methods contracts call.
func TestUnicodePropertiesAllCodePoints(t *testing.T) {
	pyoracle.Require(t)
	// CPython reports, per code point, a bit string of its predicates and its
	// upper/lower mappings; we compute the same with our methods.
	script := `
import sys
out = []
for cp in range(0x110000):
    c = chr(cp)
    bits = ''.join('1' if f() else '0' for f in (c.isalpha, c.isdecimal, c.isdigit, c.isnumeric, c.isspace,
        c.isprintable, c.islower, c.isupper, c.istitle, c.isidentifier, c.isalnum))
    out.append(bits)
sys.stdout.write('\n'.join(out))
`
	out, err := pyoracle.Run(script, nil)
	if err != nil {
		t.Fatal(err)
	}
	lines := bytes.Split(out, []byte("\n"))
	if len(lines) != 0x110000 {
		t.Fatalf("got %d lines", len(lines))
	}
	preds := []func(string) bool{StrIsAlpha, StrIsDecimal, StrIsDigit, StrIsNumeric, StrIsSpace,
		StrIsPrintable, StrIsLower, StrIsUpper, StrIsTitle, StrIsIdentifier, StrIsAlnum}
	bad := 0
	buf := make([]byte, len(preds))
	for cp := 0; cp < 0x110000; cp++ {
		s := txRuneStr(rune(cp))
		for i, p := range preds {
			buf[i] = '0'
			if p(s) {
				buf[i] = '1'
			}
		}
		if !bytes.Equal(buf, lines[cp]) {
			if bad++; bad < 20 {
				t.Errorf("U+%04X: CPython %s, ours %s", cp, lines[cp], buf)
			}
		}
	}
}

// TestCaseMappingsAllCodePoints checks upper/lower/title/casefold/swapcase/
// capitalize of every one-character string against CPython.
func TestCaseMappingsAllCodePoints(t *testing.T) {
	pyoracle.Require(t)
	script := `
import sys, json
out = {}
for cp in range(0x110000):
    c = chr(cp)
    m = [c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase(), c.capitalize()]
    if any(x != c for x in m):
        out[cp] = [x.encode('utf-8', 'surrogatepass').hex() for x in m]
sys.stdout.write(json.dumps(out))
`
	out, err := pyoracle.Run(script, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string][]string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	fns := []func(string) string{StrUpper, StrLower, StrTitle, StrCasefold, StrSwapcase, StrCapitalize}
	bad := 0
	for cp := 0; cp < 0x110000; cp++ {
		s := txRuneStr(rune(cp))
		exp, ok := want[strconv.Itoa(cp)]
		for i, f := range fns {
			w := s
			if ok {
				b, _ := hex.DecodeString(exp[i])
				w = string(b)
			}
			if got := f(s); got != w {
				if bad++; bad < 20 {
					t.Errorf("U+%04X mapping %d: CPython %q, ours %q", cp, i, w, got)
				}
			}
		}
	}
	if len(want) < 2000 {
		t.Fatalf("only %d mapped code points from CPython", len(want))
	}
}

// TestDecimalValueAllCodePoints checks DecimalValue against
// unicodedata.decimal for every code point.
func TestDecimalValueAllCodePoints(t *testing.T) {
	pyoracle.Require(t)
	out, err := pyoracle.Run(`
import sys, unicodedata, json
sys.stdout.write(json.dumps({cp: unicodedata.decimal(chr(cp)) for cp in range(0x110000) if chr(cp).isdecimal()}))
`, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]int
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for cp := rune(0); cp < 0x110000; cp++ {
		w, ok := want[strconv.Itoa(int(cp))]
		if !ok {
			w = -1
		}
		if got := DecimalValue(cp); got != w {
			t.Fatalf("DecimalValue(U+%04X) = %d, CPython %d", cp, got, w)
		}
	}
}
