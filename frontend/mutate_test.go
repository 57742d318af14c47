package frontend

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// mutationAtoms are the fragments inserted by TestMutationsAgainstCPython.
var mutationAtoms = []string{
	":", ",", "(", ")", "[", "]", "{", "}", "=", "*", "**", ".", ";", "\n", "\n    ", " ", "\\\n",
	"if ", "else ", "lambda ", "async ", "await ", "yield ", "not ", "in ", "is ", "for ", "as ",
	":=", "->", "@", "'", "\"", "f'", "{x}", "!r", "#", "0", "1.", "x", "_", "match ", "case ", "type ",
	"def ", "class ", "return ", "from ", "import ", "del ", "global ", "pass", "...", "|", "-", "~",
}

// mutants derives deterministic variants of src by deleting, inserting or
// duplicating a few bytes.
func mutants(rng *rand.Rand, src string, n int) []string {
	var out []string
	for i := 0; i < n; i++ {
		s := src
		for k := 1 + rng.Intn(2); k > 0; k-- {
			if len(s) == 0 {
				break
			}
			p := rng.Intn(len(s))
			switch rng.Intn(3) {
			case 0: // delete 1..3 bytes
				e := p + 1 + rng.Intn(3)
				if e > len(s) {
					e = len(s)
				}
				s = s[:p] + s[e:]
			case 1: // insert an atom
				s = s[:p] + mutationAtoms[rng.Intn(len(mutationAtoms))] + s[p:]
			case 2: // duplicate a short span
				e := p + 1 + rng.Intn(6)
				if e > len(s) {
					e = len(s)
				}
				s = s[:e] + s[p:e] + s[e:]
			}
		}
		out = append(out, s)
	}
	return out
}

// TestMutationsAgainstCPython checks accept/reject parity (and dumps with
// positions for accepted inputs) against CPython on thousands of
// deterministic mutants of the valid chunks and contract inputs.
func TestMutationsAgainstCPython(t *testing.T) {
	var bases []string
	for _, c := range readChunks(t, "testdata/valid.py.txt") {
		bases = append(bases, c.src)
	}
	files, _ := filepath.Glob("testdata/contracts/*.txtar")
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bases = append(bases, string(ar.Files[0].Data))
	}
	n := 80
	if os.Getenv("GENVM_SOAK") != "" {
		n = 400
		// Soak: also mutate slices of the standard library.
		rng := rand.New(rand.NewSource(2))
		for _, f := range stdlibFiles(t) {
			if rng.Intn(6) != 0 {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				continue
			}
			lines := strings.SplitAfter(string(src), "\n")
			a := rng.Intn(len(lines))
			b := a + 5 + rng.Intn(40)
			if b > len(lines) {
				b = len(lines)
			}
			bases = append(bases, strings.Join(lines[a:b], ""))
		}
	}
	rng := rand.New(rand.NewSource(1))
	var srcs []string
	for _, b := range bases {
		srcs = append(srcs, mutants(rng, b, n)...)
	}
	want := oracleSnippets(t, srcs)
	bad := 0
	rejected, samePos, sameMsg := 0, 0, 0
	msgMiss := map[string]int{}
	msgExample := map[string]string{}
	for i, src := range srcs {
		w := want[i]
		mod, err := ParseFile("m.py", []byte(src))
		if !w.OK && err != nil {
			rejected++
			se := err.(*SyntaxError)
			if se.Line == w.Line && se.Col == w.Col {
				samePos++
			}
			if se.Msg == w.Msg {
				sameMsg++
			} else {
				k := w.Msg + " | ours: " + se.Msg
				if msgMiss[k] == 0 {
					lines := strings.Split(src, "\n")
					if w.Line >= 1 && w.Line <= len(lines) {
						msgExample[k] = fmt.Sprintf("%d:%d/%d:%d %q", w.Line, w.Col, se.Line, se.Col, lines[w.Line-1])
					}
				}
				msgMiss[k]++
			}
		}
		switch {
		case w.OK && err != nil:
			if d := os.Getenv("GENVM_MUTANT_DIR"); d != "" {
				os.WriteFile(filepath.Join(d, fmt.Sprintf("m%d.py", i)), []byte(src), 0o644)
			}
			t.Errorf("we reject what CPython accepts: %v\n%s", err, quoteSrc(src))
			bad++
		case !w.OK && err == nil:
			if d := os.Getenv("GENVM_MUTANT_DIR"); d != "" {
				os.WriteFile(filepath.Join(d, fmt.Sprintf("m%d.py", i)), []byte(src), 0o644)
			}
			t.Errorf("we accept what CPython rejects (%s: %s at %d:%d)\n%s", w.Type, w.Msg, w.Line, w.Col, quoteSrc(src))
			bad++
		case w.OK:
			if strings.Contains(src, "}\\\n") && strings.Contains(src, "\\N{") {
				// Known CPython position quirk (docs/deviations.md).
				continue
			}
			if got := Dump(mod, true); got != w.Attrs {
				t.Errorf("dump differs %s\n%s", firstDiff(got, w.Attrs), quoteSrc(src))
				if os.Getenv("GENVM_MUTANT_DIR") != "" {
					os.WriteFile(filepath.Join(os.Getenv("GENVM_MUTANT_DIR"), fmt.Sprintf("m%d.py", i)), []byte(src), 0o644)
				}
				bad++
			}
		}
		if bad >= 40 {
			t.Fatalf("stopping after %d mismatches (of %d inputs)", bad, len(srcs))
		}
	}
	t.Logf("%d mutants compared; of %d rejected by both, %d (%.1f%%) at CPython's position, %d (%.1f%%) with its message",
		len(srcs), rejected, samePos, 100*float64(samePos)/float64(rejected), sameMsg, 100*float64(sameMsg)/float64(rejected))
	if testing.Verbose() {
		type kv struct {
			k string
			v int
		}
		var top []kv
		for k, v := range msgMiss {
			top = append(top, kv{k, v})
		}
		sort.Slice(top, func(i, j int) bool { return top[i].v > top[j].v || top[i].v == top[j].v && top[i].k < top[j].k })
		for i := 0; i < len(top) && i < 25; i++ {
			t.Logf("%5d  %s\n         e.g. %s", top[i].v, top[i].k, msgExample[top[i].k])
		}
	}
}

func quoteSrc(s string) string {
	if len(s) > 600 {
		s = s[:600] + "..."
	}
	return "    | " + strings.ReplaceAll(s, "\n", "\n    | ")
}
