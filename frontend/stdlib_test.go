package frontend

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/internal/pyoracle"
)

// stdlibDir returns CPython 3.13's standard library directory.
func stdlibDir(t testing.TB) string {
	pyoracle.Require(t)
	out, err := pyoracle.Run(`import sysconfig; print(sysconfig.get_paths()["stdlib"])`, nil)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out))
}

// stdlibFiles lists every .py file under the standard library, sorted.
func stdlibFiles(t testing.TB) []string {
	dir := stdlibDir(t)
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if f := os.Getenv("GENVM_STDLIB_FILTER"); f != "" {
		re := regexp.MustCompile(f)
		var keep []string
		for _, p := range files {
			if re.MatchString(p) {
				keep = append(keep, p)
			}
		}
		files = keep
	}
	return files
}

type oracleResult struct {
	ok          bool
	dump, attrs string // sha256 hex, or the full dumps with --full
	errType     string
	line, col   string
	msg         string
}

// runOracle parses files with ONE CPython process (testdata/oracle_dump.py).
// The hashes are cached under the user cache directory, keyed by the
// script, the interpreter and every file's path, size and modification
// time, because dumping the whole stdlib takes CPython a minute;
// GENVM_NO_CACHE=1 bypasses the cache.
func runOracle(t testing.TB, files []string, full bool) map[string]*oracleResult {
	script, err := os.ReadFile("testdata/oracle_dump.py")
	if err != nil {
		t.Fatal(err)
	}
	var cachePath string
	if !full && os.Getenv("GENVM_NO_CACHE") == "" {
		py, _ := pyoracle.Path()
		h := sha256.New()
		fmt.Fprintf(h, "%s\x00%s\x00", script, py)
		for _, f := range files {
			if fi, err := os.Stat(f); err == nil {
				fmt.Fprintf(h, "%s %d %d\n", f, fi.Size(), fi.ModTime().UnixNano())
			}
		}
		if dir, err := os.UserCacheDir(); err == nil {
			cachePath = filepath.Join(dir, "genvm-go", "stdlib-oracle-"+hex.EncodeToString(h.Sum(nil))[:24]+".txt")
			if out, err := os.ReadFile(cachePath); err == nil {
				return parseOracle(out)
			}
		}
	}
	args := []string{"-c", string(script)}
	if full {
		args = append(args, "--full")
	}
	cmd, err := pyoracle.Command(args...)
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, stderr.String())
	}
	if cachePath != "" {
		os.MkdirAll(filepath.Dir(cachePath), 0o755)
		if err := os.WriteFile(cachePath+".tmp", out, 0o644); err == nil {
			os.Rename(cachePath+".tmp", cachePath)
		}
	}
	return parseOracle(out)
}

func parseOracle(out []byte) map[string]*oracleResult {
	res := map[string]*oracleResult{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "OK "):
			f := strings.SplitN(line, " ", 4)
			res[f[3]] = &oracleResult{ok: true, dump: f[1], attrs: f[2]}
		case strings.HasPrefix(line, "DUMP "):
			path := line[5:]
			sc.Scan()
			d := sc.Text()
			sc.Scan()
			res[path] = &oracleResult{ok: true, dump: d, attrs: sc.Text()}
		case strings.HasPrefix(line, "ERR "):
			tab := strings.IndexByte(line, '\t')
			f := strings.SplitN(line[:tab], " ", 5)
			res[f[4]] = &oracleResult{errType: f[1], line: f[2], col: f[3], msg: line[tab+1:]}
		}
	}
	return res
}

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

// firstDiff shows where two dumps start to differ.
func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := i - 150
	if lo < 0 {
		lo = 0
	}
	cut := func(s string) string {
		hi := i + 150
		if hi > len(s) {
			hi = len(s)
		}
		if lo > len(s) {
			return ""
		}
		return s[lo:hi]
	}
	return fmt.Sprintf("at byte %d:\n  got:  %s\n  want: %s", i, cut(a), cut(b))
}

// positionDeviations lists files whose dumps match but whose positions are
// known to differ (each is explained in docs/deviations.md).
var positionDeviations = map[string]string{}

// TestStdlibDifferential parses every .py file of CPython 3.13's standard
// library and compares ast.dump output (plain and with positions) with
// CPython's; files CPython rejects must be rejected too.
func TestStdlibDifferential(t *testing.T) {
	files := stdlibFiles(t)
	oracle := runOracle(t, files, false)
	var bad, badPos []string
	rejected, errPosSame := 0, 0
	for _, path := range files {
		want := oracle[path]
		if want == nil {
			t.Errorf("%s: no oracle result", path)
			continue
		}
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := ParseFile(path, src)
		if !want.ok {
			rejected++
			if err == nil {
				t.Errorf("%s: CPython rejects it (%s: %s) but we accept it", path, want.errType, want.msg)
				continue
			}
			se := err.(*SyntaxError)
			if fmt.Sprint(se.Line) == want.line && fmt.Sprint(se.Col) == want.col {
				errPosSame++
			} else {
				t.Logf("%s: error position %d:%d, CPython %s:%s (%s / %s)", path, se.Line, se.Col, want.line, want.col, se.Msg, want.msg)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: CPython accepts it but we fail: %v", path, err)
			continue
		}
		if sha(Dump(mod, false)) != want.dump {
			bad = append(bad, path)
			continue
		}
		if sha(Dump(mod, true)) != want.attrs {
			if _, ok := positionDeviations[filepath.Base(path)]; !ok {
				badPos = append(badPos, path)
			}
		}
	}
	t.Logf("%d files, %d rejected by CPython (%d with the same error position)", len(files), rejected, errPosSame)
	if len(bad)+len(badPos) > 0 {
		show := append(append([]string{}, bad...), badPos...)
		if len(show) > 10 {
			show = show[:10]
		}
		full := runOracle(t, show, true)
		for _, path := range show {
			src, _ := os.ReadFile(path)
			mod, _ := ParseFile(path, src)
			attrs := !containsStr(bad, path)
			t.Errorf("%s: dump differs (positions=%v) %s", path, attrs, firstDiff(Dump(mod, attrs), map[bool]string{false: full[path].dump, true: full[path].attrs}[attrs]))
		}
		t.Errorf("%d files differ, %d differ in positions only", len(bad), len(badPos))
	}
}

func containsStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
