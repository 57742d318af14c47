package ir

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzCheck: the checker and the lowering never fail internally (C000) on
// any input, valid Python or not. Seeds are the test contracts.
func FuzzCheck(f *testing.F) {
	for _, glob := range []string{"testdata/schema/cases/*.py", "testdata/tir/*.py", "testdata/lint/*.py"} {
		files, _ := filepath.Glob(glob)
		for _, file := range files {
			if src, err := os.ReadFile(file); err == nil {
				f.Add(src)
			}
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		r := Check("fuzz.py", src, Options{Schema: true})
		for _, d := range r.Diags {
			if d.Code == "C000" {
				t.Fatalf("internal error: %s", d.Msg)
			}
		}
		if r.Module != nil {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("Lower panicked: %v", p)
					}
				}()
				Lower(r).Dump()
			}()
		}
	})
}
