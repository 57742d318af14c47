// Package pyoracle locates CPython 3.13, the oracle for Python semantics, and
// runs scripts under it with the environment GenVM's interpreter effectively
// has (PYTHONHASHSEED=0, UTF-8 I/O).
//
// Tests that need the oracle call Require, which fails the test loudly when
// CPython 3.13 cannot be found: they never skip silently.
package pyoracle

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
)

// Version is the CPython minor version the oracle must have.
const Version = "3.13"

var (
	once     sync.Once
	found    string
	foundErr error
)

// Path returns the path of a CPython 3.13 interpreter. It looks, in order, at
// $GENVM_PYTHON, python3.13 on $PATH, and pyenv's versions directory
// ($PYENV_ROOT or ~/.pyenv), and checks the version of what it finds.
func Path() (string, error) {
	once.Do(func() { found, foundErr = locate() })
	return found, foundErr
}

func locate() (string, error) {
	var candidates []string
	if p := os.Getenv("GENVM_PYTHON"); p != "" {
		candidates = append(candidates, p)
	}
	if p, err := exec.LookPath("python" + Version); err == nil {
		candidates = append(candidates, p)
	}
	roots := []string{os.Getenv("PYENV_ROOT")}
	if home, err := os.UserHomeDir(); err == nil {
		roots = append(roots, filepath.Join(home, ".pyenv"))
	}
	for _, root := range roots {
		if root == "" {
			continue
		}
		dirs, _ := filepath.Glob(filepath.Join(root, "versions", Version+".*"))
		sort.Sort(sort.Reverse(sort.StringSlice(dirs)))
		for _, d := range dirs {
			candidates = append(candidates, filepath.Join(d, "bin", "python3"))
		}
	}
	var tried []string
	for _, c := range candidates {
		out, err := exec.Command(c, "-c", "import sys; print('%d.%d' % sys.version_info[:2])").Output()
		if err == nil && strings.TrimSpace(string(out)) == Version {
			return c, nil
		}
		tried = append(tried, c)
	}
	return "", fmt.Errorf("CPython %s not found (tried %v); install it with pyenv or set GENVM_PYTHON", Version, tried)
}

// Require returns the oracle's path or fails the test.
func Require(tb testing.TB) string {
	tb.Helper()
	p, err := Path()
	if err != nil {
		tb.Fatalf("pyoracle: %v", err)
	}
	return p
}

// Command returns an exec.Cmd running the oracle with args and the
// deterministic environment (PYTHONHASHSEED=0, UTF-8 standard streams).
func Command(args ...string) (*exec.Cmd, error) {
	p, err := Path()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(p, args...)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8", "PYTHONUTF8=1", "PYTHONDONTWRITEBYTECODE=1")
	return cmd, nil
}

// Run runs a Python script (source text) with stdin and returns its stdout.
// A non-zero exit is an error that includes the script's stderr.
func Run(script string, stdin []byte, args ...string) ([]byte, error) {
	cmd, err := Command(append([]string{"-c", script}, args...)...)
	if err != nil {
		return nil, err
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdin = bytes.NewReader(stdin)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return stdout.Bytes(), fmt.Errorf("python exited with %d: %s", ee.ExitCode(), stderr.String())
		}
		return nil, err
	}
	return stdout.Bytes(), nil
}
