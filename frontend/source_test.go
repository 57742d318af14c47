package frontend

import (
	"testing"
)

// TestSourceDecodingMatchesCPython feeds raw byte sources (encodings,
// BOMs, newline conventions, odd whitespace) to ast.parse and to ParseFile
// and compares acceptance and the dump with positions.
func TestSourceDecodingMatchesCPython(t *testing.T) {
	srcs := []string{
		"", "\n", "\xef\xbb\xbf", "\xef\xbb\xbfx = 'é'\n", "x = 1", "x = 1\r\ny = 2\r\n", "x = 1\ry = 2\r", "x = (1,\r\n 2)\r",
		"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "#!/usr/bin/env python\n# coding=cp1252\nx = '\x80\x9c'\n",
		"# vim: set fileencoding=koi8-r :\nx = '\xc1\xc2'\n", "\n# coding: latin-1\nx = '\xe9'\n",
		"x = 1\n# coding: latin-1\ny = '\xe9'\n", "\xef\xbb\xbf# coding: utf-8\nx = 1\n", "\xef\xbb\xbf# coding: latin-1\nx = 1\n",
		"# coding: ascii\nx = '\xe9'\n", "# coding: utf-8\nx = '\xe9'\n", "# coding: bogus\nx = 1\n",
		"x = '\xff'\n", "x = 1\x00\n", "if 1:\n\x0c    x = 1\n", "x = 1 \x0c+ 2\n", "if 1:\n    x = 1\n\x0c\n    y = 2\n",
		"x = 1 \\\n  + 2\n", "x = 1 \\", "x = 1 \\\n", "if 1:\n  x\n \n\t\n  y\n", "'''a\r\nb'''\n", "x = 'a\\\r\nb'\n",
		"f'{x}\r\n'\n", "x\t=\t1\n", "if 1:\n\tif 2:\n\t\tx\n", "if 1:\n        x\n\ty\n", "if 1:\n\tx\n        y\n",
		"\tx = 1\n", "  # only a comment\n", "#c", "x = '''\n", "x = (\n", "ℝ = 1\n", "x = 1 # é\n", "x = 'é' # \xff\n",
	}
	want := oracleSnippets(t, srcs)
	for i, src := range srcs {
		w := want[i]
		mod, err := ParseFile("s.py", []byte(src))
		switch {
		case w.OK && err != nil:
			t.Errorf("%q: we reject (%v), CPython accepts", src, err)
		case !w.OK && err == nil:
			t.Errorf("%q: we accept, CPython rejects: %s", src, w.Msg)
		case w.OK:
			if got := Dump(mod, true); got != w.Attrs {
				t.Errorf("%q: %s", src, firstDiff(got, w.Attrs))
			}
		default:
			se := err.(*SyntaxError)
			if se.Msg != w.Msg {
				t.Logf("%q: message %q, CPython %q", src, se.Msg, w.Msg)
			}
		}
	}
}
