package frontend

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestContracts parses the contract-shaped inputs of testdata/contracts:
// each archive holds input.py and its golden `dump` and `positions`
// sections. The goldens are verified against CPython 3.13 on every run;
// UPDATE=1 rewrites them from CPython's output (never from ours).
func TestContracts(t *testing.T) {
	files, err := filepath.Glob("testdata/contracts/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no contract cases: %v", err)
	}
	// The repository's example contract is checked too.
	examples, _ := filepath.Glob("../examples/*.py")
	type tc struct {
		name string
		ar   *txtar.Archive
		src  []byte
	}
	var cases []tc
	var srcs []string
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var src []byte
		for _, af := range ar.Files {
			if af.Name == "input.py" {
				src = af.Data
			}
		}
		if src == nil {
			t.Fatalf("%s: no input.py", f)
		}
		cases = append(cases, tc{f, ar, src})
		srcs = append(srcs, string(src))
	}
	for _, f := range examples {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases = append(cases, tc{f, nil, src})
		srcs = append(srcs, string(src))
	}
	want := oracleSnippets(t, srcs)
	for i, c := range cases {
		w := want[i]
		if !w.OK {
			t.Errorf("%s: CPython rejects the input: %s", c.name, w.Msg)
			continue
		}
		if c.ar != nil {
			golden := map[string]string{}
			for _, af := range c.ar.Files {
				golden[af.Name] = string(af.Data)
			}
			if os.Getenv("UPDATE") != "" {
				c.ar.Files = []txtar.File{{Name: "input.py", Data: c.src},
					{Name: "dump", Data: []byte(w.Dump + "\n")}, {Name: "positions", Data: []byte(w.Attrs + "\n")}}
				if err := os.WriteFile(c.name, txtar.Format(c.ar), 0o644); err != nil {
					t.Fatal(err)
				}
			} else if golden["dump"] != w.Dump+"\n" || golden["positions"] != w.Attrs+"\n" {
				t.Errorf("%s: golden is stale against CPython; rerun with UPDATE=1 and review", c.name)
			}
		}
		mod, err := ParseFile(c.name, c.src)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := Dump(mod, false); got != w.Dump {
			t.Errorf("%s: dump differs %s", c.name, firstDiff(got, w.Dump))
		}
		if got := Dump(mod, true); got != w.Attrs {
			t.Errorf("%s: positions differ %s", c.name, firstDiff(got, w.Attrs))
		}
	}
}
