package frontend

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// TestGeneratedTablesMatchCPython regenerates the unicode, codec and name
// tables with CPython 3.13 and fails if the checked-in files are stale.
func TestGeneratedTablesMatchCPython(t *testing.T) {
	pyoracle.Require(t)
	for _, g := range []struct{ script, file string }{
		{"gen/gen_unicode.py", "unicode_tables.go"},
		{"gen/gen_codecs.py", "codecs_table.go"},
	} {
		cmd, err := pyoracle.Command(g.script)
		if err != nil {
			t.Fatal(err)
		}
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("%s: %v", g.script, err)
		}
		want, err := format.Source(out)
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(g.file)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate ./frontend", g.file)
		}
	}
	tmp := filepath.Join(t.TempDir(), "names.gz")
	cmd, _ := pyoracle.Command("gen/gen_names.py", tmp)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("gen_names.py: %v\n%s", err, out)
	}
	want, _ := os.ReadFile(tmp)
	if !bytes.Equal(want, unicodeNamesGz) {
		t.Errorf("unicode_names.txt.gz is stale: run go generate ./frontend")
	}
}

// TestReprMatchesCPython checks str, bytes and float repr against CPython
// on awkward values (quotes, control and non-printable characters,
// surrogates, exponent boundaries).
func TestReprMatchesCPython(t *testing.T) {
	strs := []string{"", "a'b", "a\"b", "a'\"b", "\\", "\t\n\r\x00\x1f\x7f", "\u0080\u00a0\u00ad\u0378\u2028\ufeff",
		"é日本\U0001F600", "\U000e0001\U0010ffff", string(appendWTF8(nil, 0xd800)) + "x", "\u0600\u200b\u3000"}
	floats := []float64{0, 1, 1.5, 1e16, 1e15, 1e-4, 1e-5, 1e22, 5e-324, 1.7976931348623157e308, 123456789.123456789,
		0.1, 1e100, 12345678901234567, 0.000123, 9007199254740993}
	var script bytes.Buffer
	script.WriteString("import sys\nout = []\n")
	for _, s := range strs {
		script.WriteString("out.append(repr(" + reprStr(s) + "))\n")
	}
	for _, f := range floats {
		script.WriteString("out.append(repr(float.fromhex('" + hexFloat(f) + "')))\n")
	}
	script.WriteString("out.append(repr(b'\\x00\\x7f\\x80\\xff\\'\"\\t'))\n")
	script.WriteString("sys.stdout.write('\\n'.join(out))\n")
	out, err := pyoracle.Run(script.String(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := bytes.Split(out, []byte("\n"))
	var got []string
	for _, s := range strs {
		got = append(got, reprStr(s))
	}
	for _, f := range floats {
		got = append(got, ReprFloat(f))
	}
	got = append(got, string(appendReprBytes(nil, []byte("\x00\x7f\x80\xff'\"\t"))))
	for i := range got {
		if i >= len(want) || got[i] != string(want[i]) {
			t.Errorf("repr %d: got %s, CPython %s", i, got[i], want[i])
		}
	}
}

func hexFloat(f float64) string { return strconv.FormatFloat(f, 'x', -1, 64) }

// TestLookupUnicodeNameMatchesCPython spot-checks \N{} names, including the
// algorithmic ranges, against unicodedata.lookup.
func TestLookupUnicodeNameMatchesCPython(t *testing.T) {
	names := []string{"LATIN SMALL LETTER A", "em dash", "GREEK SMALL LETTER GAMMA", "CJK UNIFIED IDEOGRAPH-4E00",
		"CJK UNIFIED IDEOGRAPH-2EBF0", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE HIH", "GRINNING FACE", "BULLET", "NO-BREAK SPACE"}
	var script bytes.Buffer
	script.WriteString("import unicodedata\n")
	for _, n := range names {
		script.WriteString("print(ord(unicodedata.lookup(" + reprStr(n) + ")))\n")
	}
	out, err := pyoracle.Run(script.String(), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := bytes.Fields(out)
	for i, n := range names {
		r, ok := LookupUnicodeName(n)
		if !ok || strconv.Itoa(int(r)) != string(want[i]) {
			t.Errorf("%s: got %d %v, CPython %s", n, r, ok, want[i])
		}
	}
	if _, ok := LookupUnicodeName("NOT A CHARACTER NAME"); ok {
		t.Error("unknown name resolved")
	}
}
