package ir

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSchemaGoldens compares the schema of every contract under
// testdata/schema/cases with what the SDK's own get_schema.py produced for it
// (see testdata/schema/README.md).
func TestSchemaGoldens(t *testing.T) {
	files, err := filepath.Glob("testdata/schema/cases/*.py")
	if err != nil || len(files) < 20 {
		t.Fatalf("want at least 20 schema cases, found %d (%v)", len(files), err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(string(want), "\n")
			r := Check(f, src, Options{})
			if r.Contract == nil {
				t.Fatalf("no contract found; diags: %v", r.Diags)
			}
			if exc, ok := strings.CutPrefix(golden, "ERROR "); ok {
				kind, _, _ := strings.Cut(exc, ":")
				if r.SchemaErr == nil {
					t.Fatalf("schema succeeded with %s, the SDK raises %s", r.Schema, exc)
				}
				if !strings.HasPrefix(r.SchemaErr.Msg, kind+":") {
					t.Errorf("schema error %q, the SDK raises %s", r.SchemaErr.Msg, exc)
				}
				return
			}
			if r.SchemaErr != nil {
				t.Fatalf("schema error %v, want %s", r.SchemaErr, golden)
			}
			if r.Schema != golden {
				t.Errorf("schema mismatch\n got: %s\nwant: %s", r.Schema, golden)
			}
		})
	}
}
