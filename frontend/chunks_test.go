package frontend

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// chunk is one input of a chunked test file: chunks are separated by lines
// of exactly "---"; a trailing `### "regexp"` marks the line where an error
// is expected (starlark style), optionally `### "regexp" col=N` with CPython's
// 1-based column. Markers are removed before parsing, so they never change
// what is parsed (a marker may follow an unterminated string).
type chunk struct {
	src     string
	line    int // first line of the chunk in the file
	errLine int // line of the ### marker within the chunk (1-based), 0 if none
	errRx   string
	errCol  int
}

var markerRx = regexp.MustCompile(`(?:  )?###\s*"((?:[^"\\]|\\.)*)"(?:\s+col=(\d+))?\s*$`)

func readChunks(t *testing.T, path string) []chunk {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var chunks []chunk
	var cur []string
	start := 1
	flush := func(next int) {
		c := chunk{line: start}
		for i, l := range cur {
			if m := markerRx.FindStringSubmatchIndex(l); m != nil {
				cur[i] = l[:m[0]]
				m := markerRx.FindStringSubmatch(l)
				c.errLine = i + 1
				c.errRx = strings.ReplaceAll(m[1], `\"`, `"`)
				if m[2] != "" {
					c.errCol = atoiTest(m[2])
				}
			}
		}
		c.src = strings.Join(cur, "\n") + "\n"
		chunks = append(chunks, c)
		cur = nil
		start = next
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i, l := range lines {
		if l == "---" {
			flush(i + 2)
			continue
		}
		cur = append(cur, l)
	}
	flush(0)
	return chunks
}

func atoiTest(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

type snippetResult struct {
	OK    bool   `json:"ok"`
	Dump  string `json:"dump"`
	Attrs string `json:"attrs"`
	Type  string `json:"type"`
	Msg   string `json:"msg"`
	Line  int    `json:"line"`
	Col   int    `json:"col"`
}

// oracleSnippets parses all sources in one CPython process.
func oracleSnippets(t *testing.T, srcs []string) []snippetResult {
	pyoracle.Require(t)
	script, err := os.ReadFile("testdata/oracle_snippets.py")
	if err != nil {
		t.Fatal(err)
	}
	enc := make([]string, len(srcs))
	for i, s := range srcs {
		enc[i] = base64.StdEncoding.EncodeToString([]byte(s))
	}
	in, _ := json.Marshal(enc)
	out, err := pyoracle.Run(string(script), in)
	if err != nil {
		t.Fatal(err)
	}
	var res []snippetResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	return res
}

// TestValidChunks checks that every chunk of testdata/valid.py.txt parses
// and dumps (with positions) exactly as CPython does.
func TestValidChunks(t *testing.T) {
	chunks := readChunks(t, "testdata/valid.py.txt")
	srcs := make([]string, len(chunks))
	for i, c := range chunks {
		srcs[i] = c.src
	}
	want := oracleSnippets(t, srcs)
	for i, c := range chunks {
		w := want[i]
		if !w.OK {
			t.Errorf("valid.py.txt:%d: CPython rejects this chunk: %s (line %d col %d)", c.line, w.Msg, w.Line, w.Col)
			continue
		}
		mod, err := ParseFile("valid.py", []byte(c.src))
		if err != nil {
			t.Errorf("valid.py.txt:%d: %v", c.line, err)
			continue
		}
		if got := Dump(mod, true); got != w.Attrs {
			if Dump(mod, false) != w.Dump {
				t.Errorf("valid.py.txt:%d: dump differs %s", c.line, firstDiff(Dump(mod, false), w.Dump))
			} else {
				t.Errorf("valid.py.txt:%d: positions differ %s", c.line, firstDiff(got, w.Attrs))
			}
		}
	}
}

// TestErrorChunks checks every chunk of testdata/errors.py.txt: CPython
// and we both reject it, on the marked line, with a message matching the
// marker's regexp; the column is compared with CPython's and the rate of
// exact (line, col, message) agreement is reported.
func TestErrorChunks(t *testing.T) {
	chunks := readChunks(t, "testdata/errors.py.txt")
	srcs := make([]string, len(chunks))
	for i, c := range chunks {
		srcs[i] = c.src
	}
	want := oracleSnippets(t, srcs)
	same, sameMsg := 0, 0
	for i, c := range chunks {
		w := want[i]
		if w.OK {
			t.Errorf("errors.py.txt:%d: CPython accepts this chunk", c.line)
			continue
		}
		_, err := ParseFile("errors.py", []byte(c.src))
		if err == nil {
			t.Errorf("errors.py.txt:%d: we accept it, CPython says %s: %s", c.line, w.Type, w.Msg)
			continue
		}
		se := err.(*SyntaxError)
		if c.errRx == "" {
			t.Errorf("errors.py.txt:%d: chunk has no ### marker (CPython: %d:%d %s)", c.line, w.Line, w.Col, w.Msg)
			continue
		}
		if !regexp.MustCompile(c.errRx).MatchString(w.Msg) {
			t.Errorf("errors.py.txt:%d: marker %q does not match CPython's message %q", c.line, c.errRx, w.Msg)
		}
		if !regexp.MustCompile(c.errRx).MatchString(se.Msg) {
			t.Errorf("errors.py.txt:%d: got message %q, want match for %q (CPython: %q)", c.line, se.Msg, c.errRx, w.Msg)
		}
		if se.Line != c.errLine || w.Line != c.errLine {
			t.Errorf("errors.py.txt:%d: error on line %d, CPython %d, marker %d (%s)", c.line, se.Line, w.Line, c.errLine, se.Msg)
		}
		if c.errCol != 0 && se.Col != c.errCol {
			t.Errorf("errors.py.txt:%d: error at column %d, want %d (CPython %d)", c.line, se.Col, c.errCol, w.Col)
		}
		if se.Line == w.Line && se.Col == w.Col {
			same++
		} else if testing.Verbose() {
			t.Logf("errors.py.txt:%d: position %d:%d, CPython %d:%d (%s)", c.line, se.Line, se.Col, w.Line, w.Col, w.Msg)
		}
		if se.Msg == w.Msg {
			sameMsg++
		}
	}
	t.Logf("%d error chunks: %d at CPython's exact position, %d with CPython's exact message", len(chunks), same, sameMsg)
}
