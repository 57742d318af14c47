package codegen

import (
	"context"
	"fmt"
	"go/token"
	"go/types"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"
)

// This file is the determinism verifier: it loads a generated main package
// with the runtime (rt/..., stdlib/...) from source, builds SSA, computes
// the functions reachable from main and the package initialisers (rapid
// type analysis, so dynamic calls through interfaces and closures count),
// and rejects anything reachable that can make two runs differ:
//
//   - go statements and select; importing unsafe;
//   - range over a Go map in the generated package;
//   - a call to, or a reference to a function or variable of, a package
//     outside the module that is not on the allow-list (os, net, syscall,
//     math/rand, crypto/rand, reflect, runtime, log, ...), or a denied
//     function of an allowed package (time.Now, time.Sleep, ...). rt/hostio,
//     the sanctioned I/O boundary, may use os, runtime and runtime/debug.
//
// The standard library and third-party modules are loaded from export data
// (types only), so their bodies are not traversed: the allow-list is what
// vouches for them.

// ModulePath is the runtime's module path.
const ModulePath = "github.com/genvm-go/genvm"

const hostioPath = ModulePath + "/rt/hostio"

// allowedPkgs are the packages outside the module that compiled code may
// call into freely (deterministic, no I/O, no clock, no randomness).
var allowedPkgs = map[string]bool{
	"bufio": true, "bytes": true, "cmp": true, "container/heap": true, "container/list": true,
	"crypto/md5": true, "crypto/sha1": true, "crypto/sha256": true, "crypto/sha512": true,
	"encoding/base32": true, "encoding/base64": true, "encoding/binary": true, "encoding/hex": true,
	"encoding": true, "errors": true, "fmt": true, "hash": true, "hash/crc32": true, "io": true, "iter": true,
	"math": true, "math/big": true, "math/bits": true, "regexp": true, "regexp/syntax": true,
	"slices": true, "sort": true, "strconv": true, "strings": true, "sync": true, "time": true,
	"unicode": true, "unicode/utf16": true, "unicode/utf8": true,
	"golang.org/x/crypto/sha3": true, "golang.org/x/crypto/blake2b": true, "golang.org/x/crypto/blake2s": true,
	"github.com/holiman/uint256": true, "github.com/cockroachdb/apd/v3": true,
	"github.com/dlclark/regexp2": true,
}

// deniedFuncs are functions of allowed packages that read the clock, sleep,
// depend on the local time zone or schedule work.
var deniedFuncs = map[string]bool{
	"time.Now": true, "time.Since": true, "time.Until": true, "time.Sleep": true, "time.After": true,
	"time.AfterFunc": true, "time.Tick": true, "time.NewTimer": true, "time.NewTicker": true,
	"time.LoadLocation": true, "time.Local": true, "(time.Time).Local": true,
}

// hostioOnly are packages only rt/hostio may use.
var hostioOnly = map[string]bool{"os": true, "runtime": true, "runtime/debug": true}

// Violation is one reason a package is not deterministic.
type Violation struct {
	Func string // the reachable function containing it
	Pos  string // file:line:col
	Msg  string
}

func (v Violation) String() string { return v.Pos + ": " + v.Msg + " (in " + v.Func + ")" }

// VerifyError lists the violations found, sorted by position.
type VerifyError struct{ Violations []Violation }

func (e *VerifyError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "determinism verifier: %d violation(s)", len(e.Violations))
	for _, v := range e.Violations {
		b.WriteString("\n\t" + v.String())
	}
	return b.String()
}

// Verify checks a generated main package (pattern, relative to dir, a
// directory of the runtime module). Only the package itself is loaded from
// source; its dependencies, the runtime included, come from export data,
// so calls into rt and stdlib are trusted here: VerifyRuntime checks those
// once per runtime tree. env is the go command environment.
func Verify(ctx context.Context, dir, pattern string, env []string) error {
	prog, pkgs, ssaPkgs, err := load(ctx, dir, env, pattern)
	if err != nil {
		return err
	}
	var mainPkg *ssa.Package
	for i, p := range pkgs {
		if p.Name == "main" {
			if mainPkg != nil {
				return fmt.Errorf("pattern %s: more than one main package", pattern)
			}
			mainPkg = ssaPkgs[i]
		}
	}
	if mainPkg == nil {
		return fmt.Errorf("pattern %s: no main package", pattern)
	}
	err = check(prog, mainPkg)
	if vs := unsafeImports(pkgs); len(vs) > 0 {
		if ve, ok := err.(*VerifyError); ok {
			vs = append(vs, ve.Violations...)
		} else if err != nil {
			return err
		}
		err = &VerifyError{vs}
	}
	return relPositions(dir, err)
}

// unsafeImports reports the packages among pkgs that import unsafe (whose
// conversions are not calls, so the reference check cannot see them).
func unsafeImports(pkgs []*packages.Package) []Violation {
	var vs []Violation
	for _, p := range pkgs {
		if _, ok := p.Imports["unsafe"]; !ok {
			continue
		}
		pos := p.PkgPath
		if len(p.GoFiles) > 0 {
			pos = p.GoFiles[0]
		}
		vs = append(vs, Violation{Func: p.PkgPath, Pos: pos, Msg: "import of unsafe"})
	}
	return vs
}

// VerifyRuntime checks every function of the runtime packages (rt/...,
// stdlib/... under dir), reachable or not: no go statements or select, and
// only allow-listed uses of packages outside the module.
func VerifyRuntime(ctx context.Context, dir string, env []string) error {
	prog, pkgs, _, err := load(ctx, dir, env, ModulePath+"/rt/...", ModulePath+"/stdlib/...")
	if err != nil {
		return err
	}
	vs := unsafeImports(pkgs)
	fns := []*ssa.Function{}
	for fn := range ssautil.AllFunctions(prog) {
		if fn.Blocks != nil && inModule(funcPkg(fn)) {
			fns = append(fns, fn)
		}
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].String() < fns[j].String() })
	for _, fn := range fns {
		vs = append(vs, checkFunc(prog, fn, funcPkg(fn), false)...)
	}
	if len(vs) == 0 {
		return nil
	}
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].Pos < vs[j].Pos })
	return relPositions(dir, &VerifyError{vs})
}

// load loads patterns from source (their dependencies from export data)
// and builds their SSA.
func load(ctx context.Context, dir string, env []string, patterns ...string) (*ssa.Program, []*packages.Package, []*ssa.Package, error) {
	cfg := &packages.Config{
		Context: ctx,
		Dir:     dir,
		Env:     env,
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedTypes |
			packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedTypesSizes,
		// the artifact build's flags, so that the export data of the
		// dependencies comes from the same build cache entries
		BuildFlags: []string{"-trimpath", "-mod=readonly"},
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return nil, nil, nil, err
	}
	var errs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			errs = append(errs, e.Error())
		}
	})
	if len(errs) > 0 {
		return nil, nil, nil, fmt.Errorf("loading packages: %s", strings.Join(errs, "; "))
	}
	prog, ssaPkgs := ssautil.Packages(pkgs, ssa.InstantiateGenerics)
	prog.Build()
	return prog, pkgs, ssaPkgs, nil
}

func relPositions(dir string, err error) error {
	if ve, ok := err.(*VerifyError); ok {
		for i := range ve.Violations {
			if r, err := filepath.Rel(dir, ve.Violations[i].Pos); err == nil && !strings.HasPrefix(r, "..") {
				ve.Violations[i].Pos = r
			}
		}
	}
	return err
}

func check(prog *ssa.Program, mainPkg *ssa.Package) error {
	roots := []*ssa.Function{mainPkg.Func("main")}
	if roots[0] == nil {
		return fmt.Errorf("package %s has no main function", mainPkg.Pkg.Path())
	}
	for _, p := range prog.AllPackages() {
		if init := p.Func("init"); init != nil && init.Blocks != nil {
			roots = append(roots, init)
		}
	}
	reach := reachable(prog, roots)
	fns := make([]*ssa.Function, 0, len(reach))
	for fn := range reach {
		fns = append(fns, fn)
	}
	sort.Slice(fns, func(i, j int) bool { return fns[i].String() < fns[j].String() })
	var vs []Violation
	mainPath := mainPkg.Pkg.Path()
	for _, fn := range fns {
		pkg := funcPkg(fn)
		if pkg != mainPath && !inModule(pkg) {
			continue
		}
		vs = append(vs, checkFunc(prog, fn, pkg, pkg == mainPath)...)
	}
	if len(vs) == 0 {
		return nil
	}
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].Pos < vs[j].Pos })
	return &VerifyError{vs}
}

func inModule(pkg string) bool { return pkg == ModulePath || strings.HasPrefix(pkg, ModulePath+"/") }

// funcPkg is the import path of the package that defines fn's code.
func funcPkg(fn *ssa.Function) string {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if fn.Pkg != nil {
		return fn.Pkg.Pkg.Path()
	}
	if obj := fn.Object(); obj != nil && obj.Pkg() != nil {
		return obj.Pkg().Path()
	}
	for p := fn.Parent(); p != nil; p = p.Parent() {
		if p.Pkg != nil {
			return p.Pkg.Pkg.Path()
		}
	}
	return ""
}

func checkFunc(prog *ssa.Program, fn *ssa.Function, pkg string, generated bool) []Violation {
	var vs []Violation
	add := func(at interface{ Pos() token.Pos }, msg string) {
		pos := at.Pos()
		if !pos.IsValid() {
			pos = fn.Pos()
		}
		vs = append(vs, Violation{Func: fn.String(), Pos: prog.Fset.Position(pos).String(), Msg: msg})
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			switch x := instr.(type) {
			case *ssa.Go:
				add(x, "go statement")
			case *ssa.Select:
				add(x, "select statement")
			case *ssa.Range:
				if _, isMap := x.X.Type().Underlying().(*types.Map); isMap && generated {
					add(x, "range over a Go map (iteration order is random)")
				}
			}
			var ops [8]*ssa.Value
			for _, op := range instr.Operands(ops[:0]) {
				if op == nil || *op == nil {
					continue
				}
				if msg := checkRef(*op, pkg); msg != "" {
					add(instr, msg)
				}
			}
		}
	}
	return vs
}

// checkRef returns why referring to v from package pkg is not allowed.
func checkRef(v ssa.Value, pkg string) string {
	var name, path string
	switch x := v.(type) {
	case *ssa.Function:
		if x.Synthetic == "package initializer" {
			return "" // imported packages' initialisers: their calls are checked as their own roots
		}
		o := x
		if x.Origin() != nil {
			o = x.Origin()
		}
		path = funcPkg(o)
		if obj, ok := o.Object().(*types.Func); ok {
			name = funcName(obj)
		} else {
			name = path + "." + o.Name()
		}
	case *ssa.Global:
		if x.Pkg == nil {
			return ""
		}
		path = x.Pkg.Pkg.Path()
		name = path + "." + x.Name()
	default:
		return ""
	}
	if path == "" || inModule(path) || strings.HasPrefix(path, "command-line-arguments") {
		return ""
	}
	if hostioOnly[path] {
		if pkg == hostioPath {
			return ""
		}
		return "use of " + name + ": package " + path + " is reserved to rt/hostio"
	}
	if !allowedPkgs[path] {
		return "use of " + name + ": package " + path + " is not on the determinism allow-list"
	}
	if deniedFuncs[name] {
		return "use of " + name + " (clock, time zone or scheduling)"
	}
	return ""
}

// funcName renders a function as pkg.Name or (pkg.Type).Name.
func funcName(f *types.Func) string {
	sig := f.Type().(*types.Signature)
	if recv := sig.Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			return "(" + n.Obj().Pkg().Path() + "." + n.Obj().Name() + ")." + f.Name()
		}
	}
	if f.Pkg() == nil {
		return f.Name()
	}
	return f.Pkg().Path() + "." + f.Name()
}

// reachable returns the functions reachable from roots: static callees,
// functions referenced as values (closures, method values, function
// variables: all treated as called), and for a call through an interface
// every method of that name on a type of the module (types outside the
// module have no bodies here).
func reachable(prog *ssa.Program, roots []*ssa.Function) map[*ssa.Function]bool {
	byName := map[string][]*ssa.Function{}
	for _, p := range prog.AllPackages() {
		if !inModule(p.Pkg.Path()) && p.Pkg.Name() != "main" {
			continue
		}
		for _, m := range p.Members {
			t, ok := m.(*ssa.Type)
			if !ok {
				continue
			}
			for _, typ := range []types.Type{t.Type(), types.NewPointer(t.Type())} {
				if types.IsInterface(typ) {
					continue
				}
				ms := prog.MethodSets.MethodSet(typ)
				for i := 0; i < ms.Len(); i++ {
					if fn := prog.MethodValue(ms.At(i)); fn != nil {
						byName[fn.Name()] = append(byName[fn.Name()], fn)
					}
				}
			}
		}
	}
	seen := map[*ssa.Function]bool{}
	work := append([]*ssa.Function(nil), roots...)
	add := func(fn *ssa.Function) {
		if fn != nil && !seen[fn] {
			seen[fn] = true
			work = append(work, fn)
		}
	}
	for _, r := range roots {
		seen[r] = true
	}
	for len(work) > 0 {
		fn := work[len(work)-1]
		work = work[:len(work)-1]
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(ssa.CallInstruction); ok {
					c := call.Common()
					if c.IsInvoke() {
						for _, m := range byName[c.Method.Name()] {
							add(m)
						}
					} else if callee := c.StaticCallee(); callee != nil {
						add(callee)
					}
				}
				var ops [8]*ssa.Value
				for _, op := range instr.Operands(ops[:0]) {
					if op != nil && *op != nil {
						if f, ok := (*op).(*ssa.Function); ok {
							add(f)
						}
					}
				}
			}
		}
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	return seen
}
