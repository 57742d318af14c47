package codegen

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	genvm "github.com/genvm-go/genvm"
)

// This file is the build driver: it writes the runtime's embedded source
// once per compiler version into the cache, writes a contract's generated
// main package beside it, and builds the artifact offline and reproducibly,
// caching it by content hash.

// BuildFlags are the pinned flags of every artifact build. Changing them
// changes artifact hashes.
var BuildFlags = []string{"build", "-trimpath", "-buildvcs=false", "-mod=readonly", "-ldflags=-s -w"}

// buildEnv overrides the environment of the go command: no network, no
// workspace, no cgo, a fixed amd64 level (GOAMD64=v1 keeps Go from fusing
// float multiply-adds) and the local toolchain only.
var buildEnv = []string{
	"GOFLAGS=", "GOPROXY=off", "GOSUMDB=off", "GONOSUMDB=", "GOPRIVATE=", "GOWORK=off",
	"CGO_ENABLED=0", "GOAMD64=v1", "GOARM64=v8.0", "GOTOOLCHAIN=local", "GOEXPERIMENT=",
}

// Builder builds contract artifacts. The zero value is not usable; use
// NewBuilder.
type Builder struct {
	// CacheDir holds runtime trees, generated packages and artifacts.
	CacheDir string
	// Go is the go command (default "go" from PATH).
	Go string
	// Runtime is the source tree to build against: go.mod, go.sum, rt/,
	// stdlib/ (default: genvm.RuntimeSource).
	Runtime fs.FS
	// CompilerVersion is part of every cache key.
	CompilerVersion string
	// Verify runs the determinism verifier on every fresh build.
	Verify bool
	// Lower turns a Python contract into the files of its artifact's main
	// package (name → Go source). Nil until the lowering is wired in:
	// Compile then fails on Python with ErrNoLowering.
	Lower func(code []byte) (map[string][]byte, error)

	once     sync.Once
	rtHash   string
	goVer    string
	setupErr error
}

// DefaultCacheDir is <user cache dir>/genvmc.
func DefaultCacheDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "genvmc"), nil
}

// TestCacheDir is a cache directory shared by the tests of every package
// (under the system temporary directory). The go build cache keys compiled
// runtime packages by their directory, so a stable directory keeps test
// builds warm across runs.
func TestCacheDir() string { return filepath.Join(os.TempDir(), "genvmc-test-cache") }

// NewBuilder returns a builder over the embedded runtime caching in dir.
func NewBuilder(dir, compilerVersion string) *Builder {
	return &Builder{CacheDir: dir, Go: "go", Runtime: genvm.RuntimeSource, CompilerVersion: compilerVersion, Verify: true}
}

// Artifact is a built contract.
type Artifact struct {
	// Path is the executable in the cache.
	Path string
	// Hash is the SHA-256 of the executable, hex: equal on every machine
	// with the same compiler version, Go version and GOOS/GOARCH.
	Hash string
	// Key is the cache key (hex).
	Key string
	// PkgDir is the directory of the generated main package.
	PkgDir string
	// Cached reports whether the artifact came from the cache.
	Cached bool
}

// BuildError is a failed go build (or verification) with the tool's output.
type BuildError struct {
	Stage  string // "build" or "verify"
	Output string
	Err    error
}

func (e *BuildError) Error() string {
	return fmt.Sprintf("%s of the generated package failed: %v\n%s", e.Stage, e.Err, strings.TrimSpace(e.Output))
}

func (e *BuildError) Unwrap() error { return e.Err }

// runtimeFile reports whether an embedded file belongs to the build (no
// tests, no testdata, no generators).
func runtimeFile(p string) bool {
	if strings.HasSuffix(p, "_test.go") {
		return false
	}
	for _, part := range strings.Split(p, "/") {
		if part == "testdata" {
			return false
		}
	}
	return p == "go.mod" || p == "go.sum" || strings.HasSuffix(p, ".go")
}

func (b *Builder) runtimeFiles() ([]string, error) {
	var files []string
	err := fs.WalkDir(b.Runtime, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && runtimeFile(p) {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files, err
}

// setup hashes the runtime tree, asks the toolchain its version and writes
// the runtime tree into the cache if it is not there yet.
func (b *Builder) setup(ctx context.Context) error {
	b.once.Do(func() {
		files, err := b.runtimeFiles()
		if err != nil {
			b.setupErr = err
			return
		}
		h := sha256.New()
		for _, f := range files {
			data, err := fs.ReadFile(b.Runtime, f)
			if err != nil {
				b.setupErr = err
				return
			}
			fmt.Fprintf(h, "%s\x00%d\x00", f, len(data))
			h.Write(data)
		}
		b.rtHash = hex.EncodeToString(h.Sum(nil))
		out, err := b.goCmd(ctx, "", "env", "GOVERSION", "GOOS", "GOARCH").Output()
		if err != nil {
			b.setupErr = fmt.Errorf("running %s env: %w", b.Go, err)
			return
		}
		b.goVer = strings.Join(strings.Fields(string(out)), " ")
		b.setupErr = b.writeRuntime(files)
	})
	return b.setupErr
}

// RuntimeDir is the module directory of the runtime tree in the cache.
func (b *Builder) RuntimeDir() string { return filepath.Join(b.CacheDir, "rt-"+b.rtHash[:20]) }

func (b *Builder) writeRuntime(files []string) error {
	dir := b.RuntimeDir()
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return nil
	}
	if err := os.MkdirAll(b.CacheDir, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(b.CacheDir, "tmp-rt-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	for _, f := range files {
		data, err := fs.ReadFile(b.Runtime, f)
		if err != nil {
			return err
		}
		dst := filepath.Join(tmp, filepath.FromSlash(f))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		if _, statErr := os.Stat(filepath.Join(dir, "go.mod")); statErr == nil {
			return nil // another process won the race
		}
		return err
	}
	return nil
}

// CompilerKey identifies everything besides the contract that determines
// an artifact: compiler version, runtime source, Go toolchain and target,
// build flags.
func (b *Builder) CompilerKey(ctx context.Context) (string, error) {
	if err := b.setup(ctx); err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "genvmc %s\x00runtime %s\x00%s\x00%s\x00%s", b.CompilerVersion, b.rtHash, b.goVer,
		strings.Join(BuildFlags, " "), strings.Join(buildEnv, " "))
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Key returns the cache key of a contract: its source hashed with the
// compiler key.
func (b *Builder) Key(ctx context.Context, source []byte) (string, error) {
	ck, err := b.CompilerKey(ctx)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%d\x00", ck, len(source))
	h.Write(source)
	return hex.EncodeToString(h.Sum(nil)), nil
}

// Lookup returns the cached artifact of key, or nil.
func (b *Builder) Lookup(ctx context.Context, key string) (*Artifact, error) {
	if err := b.setup(ctx); err != nil {
		return nil, err
	}
	exe := filepath.Join(b.CacheDir, "artifacts", key, "contract")
	data, err := os.ReadFile(exe + ".sha256")
	if err != nil {
		return nil, nil
	}
	if _, err := os.Stat(exe); err != nil {
		return nil, nil
	}
	return &Artifact{Path: exe, Hash: strings.TrimSpace(string(data)), Key: key, PkgDir: b.pkgDir(key), Cached: true}, nil
}

func (b *Builder) pkgDir(key string) string {
	return filepath.Join(b.RuntimeDir(), "contracts", "c"+key[:24])
}

// Build builds the main package made of files (name → Go source) under
// key, unless the cache has it. key is normally Key(source of the
// contract); files must be a pure function of it.
func (b *Builder) Build(ctx context.Context, key string, files map[string][]byte) (*Artifact, error) {
	if len(key) < 24 {
		return nil, fmt.Errorf("codegen: bad cache key %q", key)
	}
	if a, err := b.Lookup(ctx, key); err != nil || a != nil {
		return a, err
	}
	pkg := b.pkgDir(key)
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return nil, err
	}
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if n != path.Base(n) || !strings.HasSuffix(n, ".go") {
			return nil, fmt.Errorf("codegen: bad generated file name %q", n)
		}
		if err := writeAtomic(filepath.Join(pkg, n), files[n]); err != nil {
			return nil, err
		}
	}
	outDir := filepath.Join(b.CacheDir, "artifacts", key)
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(outDir, "tmp-contract-")
	if err != nil {
		return nil, err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	pattern := "./" + filepath.ToSlash(mustRel(b.RuntimeDir(), pkg))
	// The verifier runs beside the build (both are mostly the go command
	// waiting on its caches); a compile error takes precedence.
	verified := make(chan error, 1)
	if b.Verify {
		go func() {
			if err := b.verifyRuntime(ctx); err != nil {
				verified <- err
				return
			}
			verified <- Verify(ctx, b.RuntimeDir(), pattern, b.env())
		}()
	} else {
		verified <- nil
	}
	args := append(append([]string(nil), BuildFlags...), "-o", tmp.Name(), pattern)
	var out bytes.Buffer
	cmd := b.goCmd(ctx, b.RuntimeDir(), args...)
	cmd.Stdout, cmd.Stderr = &out, &out
	buildErr := cmd.Run()
	verifyErr := <-verified
	if buildErr != nil {
		return nil, &BuildError{Stage: "build", Output: out.String(), Err: buildErr}
	}
	if verifyErr != nil {
		return nil, &BuildError{Stage: "verify", Err: verifyErr}
	}
	hash, err := fileHash(tmp.Name())
	if err != nil {
		return nil, err
	}
	exe := filepath.Join(outDir, "contract")
	if err := os.Rename(tmp.Name(), exe); err != nil {
		return nil, err
	}
	if err := writeAtomic(exe+".sha256", []byte(hash+"\n")); err != nil {
		return nil, err
	}
	return &Artifact{Path: exe, Hash: hash, Key: key, PkgDir: pkg}, nil
}

// BuildDir builds the main package in pkgDir (a directory inside
// RuntimeDir, e.g. a batch of generated packages and one main that links
// them all) into the executable out, with the pinned flags and offline
// environment of artifact builds. It neither verifies nor caches.
func (b *Builder) BuildDir(ctx context.Context, pkgDir, out string) error {
	if err := b.setup(ctx); err != nil {
		return err
	}
	rel, err := filepath.Rel(b.RuntimeDir(), pkgDir)
	if err != nil || strings.HasPrefix(rel, "..") {
		return fmt.Errorf("codegen: %s is not inside the runtime tree %s", pkgDir, b.RuntimeDir())
	}
	args := append(append([]string(nil), BuildFlags...), "-o", out, "./"+filepath.ToSlash(rel))
	var buf bytes.Buffer
	cmd := b.goCmd(ctx, b.RuntimeDir(), args...)
	cmd.Stdout, cmd.Stderr = &buf, &buf
	if err := cmd.Run(); err != nil {
		return &BuildError{Stage: "build", Output: buf.String(), Err: err}
	}
	return nil
}

// verifyRuntime runs VerifyRuntime once per runtime tree, recording
// success in a marker file.
func (b *Builder) verifyRuntime(ctx context.Context) error {
	marker := filepath.Join(b.RuntimeDir(), "verified")
	if _, err := os.Stat(marker); err == nil {
		return nil
	}
	if err := VerifyRuntime(ctx, b.RuntimeDir(), b.env()); err != nil {
		return err
	}
	return writeAtomic(marker, []byte("ok\n"))
}

func mustRel(base, p string) string {
	r, err := filepath.Rel(base, p)
	if err != nil {
		panic(err)
	}
	return r
}

func (b *Builder) env() []string {
	env := make([]string, 0, len(os.Environ())+len(buildEnv))
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		overridden := false
		for _, o := range buildEnv {
			if strings.HasPrefix(o, name+"=") {
				overridden = true
			}
		}
		if !overridden && !strings.HasPrefix(name, "GOOS") && !strings.HasPrefix(name, "GOARCH") {
			env = append(env, kv)
		}
	}
	env = append(env, buildEnv...)
	return append(env, "GOOS="+runtime.GOOS, "GOARCH="+runtime.GOARCH)
}

func (b *Builder) goCmd(ctx context.Context, dir string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, b.Go, args...)
	cmd.Dir = dir
	cmd.Env = b.env()
	return cmd
}

func fileHash(p string) (string, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func writeAtomic(p string, data []byte) error {
	if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, data) {
		return nil
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".tmp-")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), p)
}

// ErrNoLowering is returned for Python input until the lowering from the
// typed IR exists.
var ErrNoLowering = errors.New("compiling Python to Go is not implemented yet (the lowering from the typed IR is pending); only the build driver and the runtime exist")
