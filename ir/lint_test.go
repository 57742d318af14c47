package ir

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// Chunked lint tests: testdata/lint/*.py hold chunks, each starting with a
// line "# === <name>". A chunk is a whole contract file; unless its name
// starts with "raw", the lines
//
//	# { "Depends": "py-genlayer:test" }
//	from genlayer import *
//
// are put in front of it. Expectations are inline comments on the offending
// line: `# ERROR E026 "storage write"` or `# WARN W004` (several may follow
// each other); the quoted text must occur in the message. Every diagnostic
// of a chunk must be expected, so a chunk without expectations is a
// near-miss that must stay clean.

const lintPrelude = "# { \"Depends\": \"py-genlayer:test\" }\nfrom genlayer import *\n"

var expectRE = regexp.MustCompile(`\b(ERROR|WARN) ([A-Z][A-Z0-9-]*\d)(?: "([^"]*)")?`)

type lintChunk struct {
	name string
	src  string
	line int // line of the chunk header in the test file
}

func readChunks(t *testing.T, path string) []lintChunk {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var chunks []lintChunk
	for i, l := range strings.Split(string(data), "\n") {
		if name, ok := strings.CutPrefix(l, "# === "); ok {
			chunks = append(chunks, lintChunk{name: name, line: i + 1})
			continue
		}
		if len(chunks) == 0 {
			continue
		}
		c := &chunks[len(chunks)-1]
		c.src += l + "\n"
	}
	for i := range chunks {
		if !strings.HasPrefix(chunks[i].name, "raw") {
			chunks[i].src = lintPrelude + chunks[i].src
		}
	}
	return chunks
}

type expectation struct {
	line   int
	code   string
	sev    Severity
	substr string
}

func TestLintChunks(t *testing.T) {
	files, _ := filepath.Glob("testdata/lint/*.py")
	if len(files) == 0 {
		t.Fatal("no lint chunk files")
	}
	fired := map[string]bool{}
	for _, f := range files {
		for _, c := range readChunks(t, f) {
			t.Run(filepath.Base(f)+"/"+c.name, func(t *testing.T) {
				var want []expectation
				for i, l := range strings.Split(c.src, "\n") {
					j := strings.Index(l, "# ")
					for j >= 0 {
						for _, m := range expectRE.FindAllStringSubmatch(l[j:], -1) {
							sev := Error
							if m[1] == "WARN" {
								sev = Warning
							}
							want = append(want, expectation{i + 1, m[2], sev, m[3]})
						}
						break
					}
				}
				r := Check("chunk.py", []byte(c.src), Options{})
				var got []Diagnostic
				got = append(got, r.Diags...)
				matched := make([]bool, len(got))
				for _, w := range want {
					ok := false
					for k, d := range got {
						if !matched[k] && d.Line == w.line && d.Code == w.code && d.Severity == w.sev && strings.Contains(d.Msg, w.substr) {
							matched[k], ok = true, true
							fired[d.Code] = true
							break
						}
					}
					if !ok {
						t.Errorf("%s:%d (chunk line %d): missing %s %s %q", f, c.line, w.line, w.sev, w.code, w.substr)
					}
				}
				for k, d := range got {
					if !matched[k] {
						t.Errorf("%s:%d (chunk line %d): unexpected %s %s %s", f, c.line, d.Line, d.Severity, d.Code, d.Msg)
					}
				}
			})
		}
	}
	// Every rule of the official linter has a chunk where it fires.
	var missing []string
	for _, code := range strings.Fields("W001 W002 W004 W010 W011 W020 E001 E010 E011 E012 E013 E014 E015 E016 E017 E018 E019 E021 E022 E023 E024 E025 E026 GL-S03") {
		if !fired[code] {
			missing = append(missing, code)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("rules without a firing case: %v", missing)
	}
}
