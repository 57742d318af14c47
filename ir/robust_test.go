package ir

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// TestCheckStdlib runs the checker and the lowering on CPython's standard
// library: arbitrary valid Python must never make them panic. By default a
// deterministic sample of files is used; GENVM_SOAK=1 runs them all.
func TestCheckStdlib(t *testing.T) {
	pyoracle.Require(t)
	out, err := pyoracle.Run(`import sysconfig; print(sysconfig.get_paths()["stdlib"])`, nil)
	if err != nil {
		t.Fatalf("oracle: %v", err)
	}
	dir := strings.TrimSpace(string(out))
	var files []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") && !strings.Contains(p, "site-packages") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if len(files) < 500 {
		t.Fatalf("found only %d stdlib files under %s", len(files), dir)
	}
	step := 7
	if os.Getenv("GENVM_SOAK") != "" {
		step = 1
	}
	n := 0
	for i := 0; i < len(files); i += step {
		src, err := os.ReadFile(files[i])
		if err != nil {
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: panic: %v", files[i], r)
				}
			}()
			r := Check(files[i], src, Options{Schema: true})
			if r.Module != nil {
				Lower(r).Dump()
				n++
			}
		}()
	}
	if n < len(files)/step/2 {
		t.Errorf("only %d files checked", n)
	}
}
