package frontend

import (
	"testing"
	"time"
)

// FuzzParse checks that the scanner and parser never panic or hang, that
// every error is a positioned *SyntaxError, and that dumping a parsed tree
// works (the dumper sees every node kind the parser builds).
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "def f(a, /, b=1, *c, d, **e) -> int:\n    return a\n",
		"f\"{x!r:>{w}} {y=} {d[\"k\"]}\"\n", "match x:\n    case [1, *r] | {\"k\": v, **kw} | P(a=1):\n        pass\n",
		"class C[T: int = str](B, metaclass=M): ...\n", "type A[*Ts] = tuple[*Ts]\n",
		"async def f():\n    async with a as b:\n        await c\n", "try:\n    pass\nexcept* E as e:\n    pass\n",
		"x = [i for i in range(3) if (j := i)]\n", "if x:\n\tpass\nelse:\n        pass\n",
		"s = b'\\x00' rb'\\n' u'\\N{BULLET}'\n", "0x_f + 0o7 + 0b1 + 1_0.5e-3j\n", "(((((((((())))))))))\n",
		"\\\n", "x = (\n", "f'{'\n", "\xef\xbb\xbfx=1\r\ny=2\r", "# coding: latin-1\nx = '\xe9'\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		mod, err := ParseFile("fuzz.py", src)
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("error is %T, not *SyntaxError: %v", err, err)
			}
			se := err.(*SyntaxError)
			if se.Msg == "" {
				t.Fatalf("empty error message")
			}
			if len(se.Msg) > 22 && se.Msg[:22] == "internal parser error:" {
				t.Fatalf("parser bug: %v", se)
			}
		} else {
			Dump(mod, true)
		}
		if d := time.Since(start); d > 5*time.Second && len(src) < 1<<16 {
			t.Fatalf("parsing %d bytes took %v", len(src), d)
		}
	})
}

// TestDeepNesting checks that pathological nesting gives a SyntaxError, not
// a Go stack overflow.
func TestDeepNesting(t *testing.T) {
	for _, src := range []string{
		repeat("(", 100000) + repeat(")", 100000),
		"x = " + repeat("-", 200000) + "1",
		"x = " + repeat("not ", 200000) + "1",
		"x = " + repeat("[", 150) + repeat("]", 150),
		"x = " + repeat("a if b else ", 100000) + "c",
		"x = " + repeat("lambda: ", 100000) + "1",
		"x = " + repeat("f'{", 100) + repeat("}'", 100),
		"x = " + repeat("a[", 150) + "0" + repeat("]", 150),
		"x = " + repeat("2**", 100000) + "2",
		"x = " + repeat("await ", 100000) + "1",
		repeat("if x:\n", 1) + repeat(" ", 1),
		"match x:\n    case " + repeat("[", 150) + repeat("]", 150) + ": pass\n",
	} {
		_, err := ParseFile("deep.py", []byte(src))
		_ = err // accepted or rejected, but never a crash
	}
	_, err := ParseFile("deep.py", []byte(repeat("(", 100000)+repeat(")", 100000)))
	if err == nil {
		t.Fatal("100000 nested parentheses accepted")
	}
	_, err = ParseFile("deep.py", []byte("x = "+repeat("-", 200000)+"1"))
	if err == nil {
		t.Fatal("200000 nested unary minus accepted")
	}
}

func repeat(s string, n int) string {
	b := make([]byte, 0, len(s)*n)
	for i := 0; i < n; i++ {
		b = append(b, s...)
	}
	return string(b)
}
