package ir

import (
	"strings"

	"github.com/genvm-go/genvm/frontend"
)

// ParamKind is the kind of a function parameter.
type ParamKind uint8

// Parameter kinds, in Python's order.
const (
	ParamPosOnly ParamKind = iota
	ParamNormal
	ParamVarArgs
	ParamKwOnly
	ParamVarKw
)

// Param is one parameter of a function.
type Param struct {
	Name    string
	Kind    ParamKind
	Default frontend.Expr // nil when the parameter has none
	Ann     frontend.Expr // nil when unannotated
	Type    *Type         // from Ann; Dynamic when unannotated
	Node    *frontend.Arg
}

// Func is a function: a def, a method, or a lambda.
type Func struct {
	Name   string // "<lambda>" for lambdas
	Qual   string // CPython's __qualname__
	Node   frontend.Node
	Def    *frontend.FunctionDef // nil for lambdas
	Lambda *frontend.Lambda      // nil for defs
	Scope  *Scope
	Parent *Func  // enclosing function, nil at module or class level
	Class  *Class // the class whose body defines it (methods)
	Params []Param
	Ret    *Type // from the return annotation; Dynamic when absent

	Decorators []Entity

	// Call graph (filled by buildCallGraph): functions this one may call or
	// pass on as values, in source order without duplicates.
	Callees []*Func
	// NondetEntry: passed to gl.vm.run_nondet*/gl.eq_principle.* (a nondet block).
	NondetEntry bool
	// Nondet: reachable from a nondet block (an entry or called by one).
	Nondet bool
	// DetFrom is set when deterministic code (a public or special method,
	// the constructor, module-level code) reaches f outside any nondet
	// block: the deterministic function that calls it (f itself for those
	// entry points).
	DetFrom *Func
	// Static/ClassMethod: decorated @staticmethod / @classmethod.
	Static, ClassMethod bool

	ops []frontend.Node // the calls and assignments of f's own code, in order
}

// SelfClass returns the class whose instances f receives as its first
// parameter (methods that are neither static nor class methods), or nil.
func (f *Func) SelfClass() *Class {
	if f.Class == nil || f.Static || f.ClassMethod || len(f.Params) == 0 || f.Params[0].Kind > ParamNormal {
		return nil
	}
	return f.Class
}

// IsMethod reports whether f is defined directly in a class body.
func (f *Func) IsMethod() bool { return f.Class != nil }

// Class is a class statement.
type Class struct {
	Name   string
	Node   *frontend.ClassDef
	Scope  *Scope
	Bases  []Entity
	Decos  []Entity
	Fields []*Field // annotated class-body names in declaration order
	// Methods in definition order (later definitions of a name replace earlier ones).
	Methods []*Func
	Outer   *Func // enclosing function for classes defined inside functions

	IsContract          bool
	IsDataclass         bool
	AllowStorage        bool
	IsEvent             bool
	IsContractInterface bool // @gl.contract_interface
	IsEVMInterface      bool // @gl.evm.contract_interface
	TypeParams          []string

	methodIndex map[string]*Func
}

// Method returns the method named name defined in c or its user base classes
// (depth-first, left to right), or nil.
func (c *Class) Method(name string) *Func {
	if c.methodIndex == nil {
		c.methodIndex = map[string]*Func{}
		seen := map[*Class]bool{}
		var add func(k *Class)
		add = func(k *Class) {
			if k == nil || seen[k] {
				return
			}
			seen[k] = true
			for _, f := range k.Methods {
				if cur, ok := c.methodIndex[f.Name]; !ok || cur.Class == k {
					c.methodIndex[f.Name] = f // later definitions in a body win
				}
			}
			for _, b := range k.Bases {
				if b.Kind == EntClass {
					add(b.Class)
				}
			}
		}
		add(c)
	}
	return c.methodIndex[name]
}

// Field is an annotated name in a class body.
type Field struct {
	Name     string
	Ann      frontend.Expr
	Type     *Type
	Node     *frontend.AnnAssign
	ClassVar bool
}

// Module is a resolved source file.
type Module struct {
	File    string
	AST     *frontend.Module
	Scope   *Scope
	Funcs   []*Func  // every def and lambda in source order
	Classes []*Class // every class in source order
	Refs    map[*frontend.Name]Ref
	// FuncOf maps *FunctionDef and *Lambda nodes to their Func.
	FuncOf map[frontend.Node]*Func
	// ClassOf maps class statements to their Class.
	ClassOf map[*frontend.ClassDef]*Class
	// ScopeOf maps scope-introducing nodes (module, class, def, lambda,
	// comprehension) to their scope.
	ScopeOf map[frontend.Node]*Scope
	// Types holds the static type of every expression that the checker typed.
	Types map[frontend.Expr]*Type
	// StarImports lists modules imported with `from M import *`.
	StarImports []string

	entities   map[frontend.Expr]Entity // memo of entityOf
	fieldCache map[*Class][]*Field      // memo of recordFields
	inf        *inferer
	// methodNames holds every method name defined in the module.
	methodNames map[string]bool
	// strictEqNode applies GL-S03 to one node (set by strictEqRules).
	strictEqNode func(frontend.Node)
	moduleOps    []frontend.Node // the calls and assignments of module-level code
	// attrLoads are the name.attr reads of the module's code and storedAttrs
	// the attribute names it assigns (for C303).
	attrLoads   []*frontend.Attribute
	storedAttrs map[string]bool
}

type binder struct {
	m *Module

	curS     *Scope
	curFn    *Func
	children childWalker
}

func newModule(file string, ast *frontend.Module) *Module {
	m := &Module{File: file, AST: ast, Refs: make(map[*frontend.Name]Ref, 1024), FuncOf: map[frontend.Node]*Func{},
		ClassOf: map[*frontend.ClassDef]*Class{}, ScopeOf: map[frontend.Node]*Scope{}, Types: make(map[frontend.Expr]*Type, 4096)}
	m.Scope = &Scope{Kind: ModuleScope, Name: "<module>", Node: moduleNode{ast}}
	b := &binder{m: m}
	b.stmts(ast.Body, m.Scope, nil)
	b.resolveScope(m.Scope)
	return m
}

func (b *binder) child(parent *Scope, kind ScopeKind, name string, node frontend.Node) *Scope {
	s := &Scope{Kind: kind, Name: name, Node: node, Parent: parent}
	parent.Children = append(parent.Children, s)
	b.m.ScopeOf[node] = s
	return s
}

func qualPrefix(s *Scope) string {
	switch s.Kind {
	case ModuleScope:
		return ""
	case ClassScope:
		return qualPrefix(s.Parent) + s.Name + "."
	case ComprehensionScope:
		if isRealFunction(s) {
			return qualPrefix(s.Parent) + "<genexpr>.<locals>."
		}
		return qualPrefix(s.Parent) // inlined (PEP 709)
	default:
		return qualPrefix(s.Parent) + s.Name + ".<locals>."
	}
}

func (b *binder) stmts(ss []frontend.Stmt, s *Scope, fn *Func) {
	for _, st := range ss {
		b.stmt(st, s, fn)
	}
}

func (b *binder) stmt(st frontend.Stmt, s *Scope, fn *Func) {
	switch x := st.(type) {
	case *frontend.FunctionDef:
		for _, d := range x.DecoratorList {
			b.expr(d, s, fn)
		}
		f := b.function(x, x.Name, x.Args, s, fn)
		f.Def = x
		if x.Returns != nil {
			b.expr(x.Returns, s, fn)
		}
		s.bind(x.Name, Def{Kind: DefFunc, Node: x, Func: f})
		for _, tp := range x.TypeParams {
			b.typeParam(tp, f.Scope)
		}
		b.stmts(x.Body, f.Scope, f)
	case *frontend.ClassDef:
		for _, d := range x.DecoratorList {
			b.expr(d, s, fn)
		}
		for _, e := range x.Bases {
			b.expr(e, s, fn)
		}
		for _, k := range x.Keywords {
			b.expr(k.Value, s, fn)
		}
		cs := b.child(s, ClassScope, x.Name, x)
		c := &Class{Name: x.Name, Node: x, Scope: cs, Outer: fn}
		cs.Class = c
		for _, tp := range x.TypeParams {
			b.typeParam(tp, cs)
			switch t := tp.(type) {
			case *frontend.TypeVar:
				c.TypeParams = append(c.TypeParams, t.Name)
			}
		}
		b.m.Classes = append(b.m.Classes, c)
		b.m.ClassOf[x] = c
		s.bind(x.Name, Def{Kind: DefClass, Node: x, Class: c})
		for _, bs := range x.Body {
			b.stmt(bs, cs, nil)
			switch y := bs.(type) {
			case *frontend.FunctionDef:
				f := b.m.FuncOf[y]
				f.Class = c
				c.Methods = append(c.Methods, f)
			case *frontend.AnnAssign:
				if n, ok := y.Target.(*frontend.Name); ok {
					c.Fields = append(c.Fields, &Field{Name: n.Id, Ann: y.Annotation, Node: y})
				}
			}
		}
	case *frontend.Return:
		b.expr(x.Value, s, fn)
	case *frontend.Delete:
		for _, t := range x.Targets {
			b.target(t, s, fn, Def{Kind: DefOther, Node: x})
		}
	case *frontend.Assign:
		b.expr(x.Value, s, fn)
		for _, t := range x.Targets {
			d := Def{Kind: DefOther, Node: x, Src: x.Value}
			if _, ok := t.(*frontend.Name); ok {
				d = Def{Kind: DefAssign, Node: x, Value: x.Value}
			}
			b.target(t, s, fn, d)
		}
	case *frontend.TypeAlias:
		b.target(x.Name, s, fn, Def{Kind: DefOther, Node: x})
		b.expr(x.Value, s, fn)
	case *frontend.AugAssign:
		b.expr(x.Value, s, fn)
		b.target(x.Target, s, fn, Def{Kind: DefOther, Node: x}) // (the target is loaded too)
	case *frontend.AnnAssign:
		b.expr(x.Annotation, s, fn)
		b.expr(x.Value, s, fn)
		d := Def{Kind: DefOther, Node: x, Ann: x.Annotation}
		if x.Value != nil {
			d = Def{Kind: DefAssign, Node: x, Value: x.Value, Ann: x.Annotation}
		}
		if n, ok := x.Target.(*frontend.Name); ok && x.Simple == 1 {
			b.m.Refs[n] = Ref{}
			s.bind(n.Id, d)
		} else {
			b.target(x.Target, s, fn, d)
		}
	case *frontend.For:
		b.expr(x.Iter, s, fn)
		b.target(x.Target, s, fn, Def{Kind: DefOther, Node: x, Iter: x.Iter})
		b.stmts(x.Body, s, fn)
		b.stmts(x.Orelse, s, fn)
	case *frontend.While:
		b.expr(x.Test, s, fn)
		b.stmts(x.Body, s, fn)
		b.stmts(x.Orelse, s, fn)
	case *frontend.If:
		b.expr(x.Test, s, fn)
		b.stmts(x.Body, s, fn)
		b.stmts(x.Orelse, s, fn)
	case *frontend.With:
		for _, it := range x.Items {
			b.expr(it.ContextExpr, s, fn)
			if it.OptionalVars != nil {
				b.target(it.OptionalVars, s, fn, Def{Kind: DefOther, Node: x})
			}
		}
		b.stmts(x.Body, s, fn)
	case *frontend.Match:
		b.expr(x.Subject, s, fn)
		for _, c := range x.Cases {
			b.pattern(c.Pattern, s, fn)
			b.expr(c.Guard, s, fn)
			b.stmts(c.Body, s, fn)
		}
	case *frontend.Raise:
		b.expr(x.Exc, s, fn)
		b.expr(x.Cause, s, fn)
	case *frontend.Try:
		b.stmts(x.Body, s, fn)
		for _, h := range x.Handlers {
			b.expr(h.Type, s, fn)
			if h.Name != "" {
				s.bind(h.Name, Def{Kind: DefOther, Node: h})
			}
			b.stmts(h.Body, s, fn)
		}
		b.stmts(x.Orelse, s, fn)
		b.stmts(x.Finalbody, s, fn)
	case *frontend.Assert:
		b.expr(x.Test, s, fn)
		b.expr(x.Msg, s, fn)
	case *frontend.Import:
		for _, a := range x.Names {
			if a.Asname != "" {
				s.bind(a.Asname, Def{Kind: DefImport, Node: x, Path: canonicalPath(a.Name)})
			} else {
				top, _, _ := strings.Cut(a.Name, ".")
				s.bind(top, Def{Kind: DefImport, Node: x, Path: canonicalPath(top)})
			}
		}
	case *frontend.ImportFrom:
		mod := x.Module
		if x.Level > 0 {
			mod = strings.Repeat(".", x.Level) + mod
		}
		for _, a := range x.Names {
			if a.Name == "*" {
				b.m.StarImports = append(b.m.StarImports, mod)
				for _, n := range starExports(mod) {
					s.bind(n, Def{Kind: DefImport, Node: x, Path: canonicalPath(mod + "." + n)})
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			s.bind(name, Def{Kind: DefImport, Node: x, Path: canonicalPath(mod + "." + a.Name)})
		}
	case *frontend.Global:
		if s.globals == nil {
			s.globals = map[string]bool{}
		}
		for _, n := range x.Names {
			s.globals[n] = true
		}
	case *frontend.Nonlocal:
		if s.nonlocals == nil {
			s.nonlocals = map[string]bool{}
		}
		for _, n := range x.Names {
			s.nonlocals[n] = true
		}
	case *frontend.ExprStmt:
		b.expr(x.Value, s, fn)
	}
}

// starExports lists the names `from mod import *` binds, for the modules the
// checker models.
//
// `from genlayer import *` binds gl and the types; the types modules
// (genlayer.types, genlayer.py.types) bind the types only.
func starExports(mod string) []string {
	if canonicalPath(mod) != "genlayer" {
		return nil
	}
	var out []string
	for p, e := range sdkTable {
		if n, ok := strings.CutPrefix(p, "genlayer."); ok && !strings.Contains(n, ".") && e.Roles&RoleLegacy == 0 {
			if n == "gl" && mod != "genlayer" {
				continue
			}
			out = append(out, n)
		}
	}
	sortStrings(out)
	return out
}

func (b *binder) typeParam(tp frontend.TypeParam, s *Scope) {
	switch t := tp.(type) {
	case *frontend.TypeVar:
		s.bind(t.Name, Def{Kind: DefOther, Node: t})
	case *frontend.ParamSpec:
		s.bind(t.Name, Def{Kind: DefOther, Node: t})
	case *frontend.TypeVarTuple:
		s.bind(t.Name, Def{Kind: DefOther, Node: t})
	}
}

// function creates the scope and Func of a def or lambda; defaults and
// annotations are evaluated in s.
func (b *binder) function(node frontend.Node, name string, args *frontend.Arguments, s *Scope, parent *Func) *Func {
	fs := b.child(s, FunctionScope, name, node)
	f := &Func{Name: name, Qual: qualPrefix(s) + name, Node: node, Scope: fs, Parent: parent}
	fs.Func = f
	b.m.Funcs = append(b.m.Funcs, f)
	b.m.FuncOf[node] = f
	if args == nil {
		return f
	}
	for _, d := range args.Defaults {
		b.expr(d, s, parent)
	}
	for _, d := range args.KwDefaults {
		b.expr(d, s, parent)
	}
	nd := len(args.Defaults)
	pos := append(append([]*frontend.Arg{}, args.PosOnlyArgs...), args.Args...)
	add := func(a *frontend.Arg, k ParamKind, def frontend.Expr) {
		if a.Annotation != nil {
			b.expr(a.Annotation, s, parent)
		}
		f.Params = append(f.Params, Param{Name: a.Arg, Kind: k, Default: def, Ann: a.Annotation, Node: a})
		fs.bind(a.Arg, Def{Kind: DefParam, Node: a, Ann: a.Annotation})
	}
	for i, a := range pos {
		k := ParamNormal
		if i < len(args.PosOnlyArgs) {
			k = ParamPosOnly
		}
		var def frontend.Expr
		if j := i - (len(pos) - nd); j >= 0 {
			def = args.Defaults[j]
		}
		add(a, k, def)
	}
	if args.Vararg != nil {
		add(args.Vararg, ParamVarArgs, nil)
	}
	for i, a := range args.KwOnlyArgs {
		var def frontend.Expr
		if i < len(args.KwDefaults) {
			def = args.KwDefaults[i]
		}
		add(a, ParamKwOnly, def)
	}
	if args.Kwarg != nil {
		add(args.Kwarg, ParamVarKw, nil)
	}
	return f
}

// target binds the names assigned by an assignment target and records loads
// in its subexpressions (a.b = ..., a[i] = ...).
func (b *binder) target(t frontend.Expr, s *Scope, fn *Func, d Def) {
	switch x := t.(type) {
	case *frontend.Name:
		b.m.Refs[x] = Ref{}
		s.bind(x.Id, d)
	case *frontend.Tuple:
		b.unpackTargets(x.Elts, s, fn, d)
	case *frontend.List:
		b.unpackTargets(x.Elts, s, fn, d)
	case *frontend.Starred:
		b.target(x.Value, s, fn, Def{Kind: DefOther, Node: d.Node})
	case *frontend.Attribute:
		b.expr(x.Value, s, fn)
	case *frontend.Subscript:
		b.expr(x.Value, s, fn)
		b.expr(x.Slice, s, fn)
	default:
		b.expr(t, s, fn)
	}
}

// unpackTargets binds the elements of a tuple/list target, recording where
// each name's value comes from (for the inference of their types).
func (b *binder) unpackTargets(elts []frontend.Expr, s *Scope, fn *Func, d Def) {
	src := d.Src
	if src == nil && d.Kind == DefAssign {
		src = d.Value
	}
	for i, e := range elts {
		idx := i
		if st, ok := e.(*frontend.Starred); ok {
			idx = -1
			e = st.Value
		}
		sub := Def{Kind: DefOther, Node: d.Node, Iter: d.Iter, Src: src,
			Unpack: append(append([]int(nil), d.Unpack...), idx)}
		if d.Iter == nil && src == nil {
			sub.Unpack = nil
		}
		b.target(e, s, fn, sub)
	}
}

func (b *binder) pattern(p frontend.Pattern, s *Scope, fn *Func) {
	if p == nil {
		return
	}
	Inspect(p, func(n frontend.Node) bool {
		switch x := n.(type) {
		case *frontend.MatchAs:
			if x.Name != "" {
				s.bind(x.Name, Def{Kind: DefOther, Node: x})
			}
		case *frontend.MatchStar:
			if x.Name != "" {
				s.bind(x.Name, Def{Kind: DefOther, Node: x})
			}
		case *frontend.MatchMapping:
			if x.Rest != "" {
				s.bind(x.Rest, Def{Kind: DefOther, Node: x})
			}
		case *frontend.MatchValue:
			b.expr(x.Value, s, fn)
			return false
		case *frontend.MatchClass:
			b.expr(x.Cls, s, fn)
		}
		return true
	})
}

// expr records name loads and creates scopes for lambdas and comprehensions.
func (b *binder) expr(e frontend.Expr, s *Scope, fn *Func) {
	if e == nil {
		return
	}
	switch x := e.(type) {
	case *frontend.Name:
		if x.Ctx == frontend.Load {
			b.m.Refs[x] = Ref{}
		} else {
			b.target(x, s, fn, Def{Kind: DefOther, Node: x})
		}
		return
	case *frontend.Lambda:
		f := b.function(x, "<lambda>", x.Args, s, fn)
		f.Lambda = x
		b.expr(x.Body, f.Scope, f)
		return
	case *frontend.NamedExpr:
		b.expr(x.Value, s, fn)
		// The walrus binds in the nearest enclosing non-comprehension scope.
		t := s
		for t.Kind == ComprehensionScope {
			t = t.Parent
		}
		if n, ok := x.Target.(*frontend.Name); ok {
			b.m.Refs[n] = Ref{}
			t.bind(n.Id, Def{Kind: DefOther, Node: x})
		}
		return
	case *frontend.ListComp:
		b.comprehension(x, x.Generators, s, fn, func(cs *Scope) { b.expr(x.Elt, cs, fn) })
		return
	case *frontend.SetComp:
		b.comprehension(x, x.Generators, s, fn, func(cs *Scope) { b.expr(x.Elt, cs, fn) })
		return
	case *frontend.GeneratorExp:
		b.comprehension(x, x.Generators, s, fn, func(cs *Scope) { b.expr(x.Elt, cs, fn) })
		return
	case *frontend.DictComp:
		b.comprehension(x, x.Generators, s, fn, func(cs *Scope) { b.expr(x.Key, cs, fn); b.expr(x.Value, cs, fn) })
		return
	}
	// Children of other expressions are evaluated in the same scope; the
	// walker is reused so that no closure is allocated per expression.
	oldS, oldFn := b.curS, b.curFn
	b.curS, b.curFn = s, fn
	if b.children.f == nil {
		b.children = childWalker{b.exprChild}
	}
	b.children.children(e)
	b.curS, b.curFn = oldS, oldFn
}

func (b *binder) exprChild(c frontend.Node) {
	switch y := c.(type) {
	case frontend.Expr:
		b.expr(y, b.curS, b.curFn)
	case *frontend.Keyword:
		b.expr(y.Value, b.curS, b.curFn)
	}
}

func (s *Scope) markFree(name string) {
	if s.free == nil {
		s.free = map[string]bool{}
	}
	if !s.free[name] {
		s.free[name] = true
		s.Free = append(s.Free, name)
	}
}

func (b *binder) comprehension(node frontend.Expr, gens []*frontend.Comprehension, s *Scope, fn *Func, body func(*Scope)) {
	if len(gens) == 0 {
		return
	}
	// The first iterable is evaluated in the enclosing scope.
	b.expr(gens[0].Iter, s, fn)
	cs := b.child(s, ComprehensionScope, "<comprehension>", node)
	for i, g := range gens {
		if i > 0 {
			b.expr(g.Iter, cs, fn)
		}
		b.target(g.Target, cs, fn, Def{Kind: DefOther, Node: node, Iter: g.Iter})
		for _, c := range g.Ifs {
			b.expr(c, cs, fn)
		}
	}
	body(cs)
}

// resolveScope resolves every recorded name occurrence, classifying
// captured locals as cells and recording free variables.
func (b *binder) resolveScope(root *Scope) {
	// Bindings of names declared nonlocal belong to the enclosing owner.
	var flush func(s *Scope)
	flush = func(s *Scope) {
		for _, name := range sortedKeys(s.pendingNonlocal) {
			if r := b.enclosing(name, s); r.Sym != nil {
				r.Sym.Defs = append(r.Sym.Defs, s.pendingNonlocal[name]...)
			}
		}
		for _, c := range s.Children {
			flush(c)
		}
	}
	flush(root)
	// Visit names by scope: walk each scope's own nodes.
	var walk func(s *Scope)
	walk = func(s *Scope) {
		b.resolveNamesIn(s)
		for _, c := range s.Children {
			walk(c)
		}
	}
	walk(root)
}

// resolveNamesIn resolves the Name nodes that belong directly to scope s.
func (b *binder) resolveNamesIn(s *Scope) {
	visit := func(n frontend.Node) bool {
		if n != s.Node {
			if cs, ok := b.m.ScopeOf[n]; ok && cs != s {
				// Parts of a nested scope evaluated in s: decorators, defaults,
				// annotations, bases, the first comprehension iterable.
				b.resolveOuterParts(n, s)
				return false
			}
		}
		if x, ok := n.(*frontend.Name); ok {
			b.m.Refs[x] = b.resolveNameAt(x, s)
		}
		return true
	}
	switch x := s.Node.(type) {
	case moduleNode:
		for _, st := range x.Body {
			Inspect(st, visit)
		}
	case *frontend.ClassDef:
		for _, st := range x.Body {
			Inspect(st, visit)
		}
	case *frontend.FunctionDef:
		for _, st := range x.Body {
			Inspect(st, visit)
		}
	case *frontend.Lambda:
		Inspect(x.Body, visit)
	case *frontend.ListComp, *frontend.SetComp, *frontend.GeneratorExp, *frontend.DictComp:
		var gens []*frontend.Comprehension
		var parts []frontend.Expr
		switch y := x.(type) {
		case *frontend.ListComp:
			gens, parts = y.Generators, []frontend.Expr{y.Elt}
		case *frontend.SetComp:
			gens, parts = y.Generators, []frontend.Expr{y.Elt}
		case *frontend.GeneratorExp:
			gens, parts = y.Generators, []frontend.Expr{y.Elt}
		case *frontend.DictComp:
			gens, parts = y.Generators, []frontend.Expr{y.Key, y.Value}
		}
		for i, g := range gens {
			if i > 0 {
				Inspect(g.Iter, visit)
			}
			Inspect(g.Target, visit)
			for _, c := range g.Ifs {
				Inspect(c, visit)
			}
		}
		for _, p := range parts {
			Inspect(p, visit)
		}
	}
}

// resolveOuterParts resolves, in scope s, the parts of the scope-introducing
// node n that Python evaluates in the enclosing scope.
func (b *binder) resolveOuterParts(n frontend.Node, s *Scope) {
	var parts []frontend.Node
	add := func(e frontend.Expr) {
		if e != nil {
			parts = append(parts, e)
		}
	}
	switch x := n.(type) {
	case *frontend.FunctionDef:
		for _, d := range x.DecoratorList {
			add(d)
		}
		if len(x.TypeParams) > 0 {
			// PEP 695: annotations see the function's type parameters.
			for _, d := range x.Args.Defaults {
				add(d)
			}
			for _, d := range x.Args.KwDefaults {
				add(d)
			}
			fs := b.m.ScopeOf[x]
			var anns []frontend.Expr
			for _, a := range allArgs(x.Args) {
				if a.Annotation != nil {
					anns = append(anns, a.Annotation)
				}
			}
			if x.Returns != nil {
				anns = append(anns, x.Returns)
			}
			for _, e := range anns {
				Inspect(e, func(c frontend.Node) bool {
					if y, ok := c.(*frontend.Name); ok {
						b.m.Refs[y] = b.resolveNameAt(y, fs)
					}
					return true
				})
			}
			break
		}
		add(x.Returns)
		argParts(x.Args, add)
	case *frontend.Lambda:
		argParts(x.Args, add)
	case *frontend.ClassDef:
		for _, d := range x.DecoratorList {
			add(d)
		}
		for _, e := range x.Bases {
			add(e)
		}
		for _, k := range x.Keywords {
			add(k.Value)
		}
	case *frontend.ListComp:
		add(x.Generators[0].Iter)
	case *frontend.SetComp:
		add(x.Generators[0].Iter)
	case *frontend.GeneratorExp:
		add(x.Generators[0].Iter)
	case *frontend.DictComp:
		add(x.Generators[0].Iter)
	}
	for _, p := range parts {
		Inspect(p, func(c frontend.Node) bool {
			if cs, ok := b.m.ScopeOf[c]; ok && cs != s {
				b.resolveOuterParts(c, s)
				return false
			}
			if x, ok := c.(*frontend.Name); ok {
				b.m.Refs[x] = b.resolveNameAt(x, s)
			}
			return true
		})
	}
}

func argParts(a *frontend.Arguments, add func(frontend.Expr)) {
	if a == nil {
		return
	}
	for _, d := range a.Defaults {
		add(d)
	}
	for _, d := range a.KwDefaults {
		add(d)
	}
	for _, p := range allArgs(a) {
		add(p.Annotation)
	}
}

func allArgs(a *frontend.Arguments) []*frontend.Arg {
	if a == nil {
		return nil
	}
	out := append(append([]*frontend.Arg{}, a.PosOnlyArgs...), a.Args...)
	if a.Vararg != nil {
		out = append(out, a.Vararg)
	}
	out = append(out, a.KwOnlyArgs...)
	if a.Kwarg != nil {
		out = append(out, a.Kwarg)
	}
	return out
}

// resolveNameAt resolves a Name occurrence. In a class body a load sees a
// class variable only when some binding of it precedes the use (the class
// namespace is filled as the body runs); otherwise it falls through to the
// enclosing scopes, as LOAD_NAME does.
func (b *binder) resolveNameAt(x *frontend.Name, s *Scope) Ref {
	if s.Kind == ClassScope && x.Ctx == frontend.Load && !s.globals[x.Id] {
		if sym := s.lookupLocal(x.Id); sym != nil {
			before := false
			for _, d := range sym.Defs {
				if d.Node != nil && endsBefore(d.Node.Span(), x.Pos) {
					before = true
				}
			}
			if !before {
				return b.enclosing(x.Id, s)
			}
		}
	}
	return b.resolveName(x.Id, x.Ctx != frontend.Load, s)
}

// endsBefore reports whether node span a ends before position b starts.
func endsBefore(a, b frontend.Pos) bool {
	return a.EndLineno < b.Lineno || a.EndLineno == b.Lineno && a.EndColOffset <= b.ColOffset
}

// resolveName resolves name as used (or stored, when store) in scope s.
func (b *binder) resolveName(name string, store bool, s *Scope) Ref {
	if s.globals[name] {
		return b.global(name)
	}
	if s.Kind == ModuleScope {
		return b.global(name)
	}
	if s.nonlocals[name] {
		return b.enclosing(name, s)
	}
	if sym := s.lookupLocal(name); sym != nil {
		switch s.Kind {
		case ClassScope:
			return Ref{Kind: RefClass, Sym: sym}
		default:
			if sym.Kind == SymCell {
				return Ref{Kind: RefCell, Sym: sym}
			}
			return Ref{Kind: RefLocal, Sym: sym}
		}
	}
	if store && s.Kind == ComprehensionScope {
		// an assignment expression inside a comprehension binds in the
		// enclosing function
		return b.enclosing(name, s)
	}
	if store {
		// A store always binds locally; the binder saw it, so this is unreachable
		// except for names bound by constructs the binder does not model.
		return Ref{Kind: RefLocal, Sym: s.bind(name, Def{Kind: DefOther})}
	}
	return b.enclosing(name, s)
}

// enclosing looks name up in the function scopes enclosing s (class scopes
// are skipped, as Python does), then at module level and in builtins.
//
// A variable found this way becomes a cell of its owner unless only inlined
// comprehensions (list, set and dict comprehensions, inlined into their
// function since Python 3.12, PEP 709) separate the use from the owner.
func (b *binder) enclosing(name string, s *Scope) Ref {
	path := []*Scope{s}
	crossed := isRealFunction(s)
	for p := s.Parent; p != nil; p = p.Parent {
		if p.Kind == ModuleScope {
			break
		}
		if p.Kind == ClassScope {
			path = append(path, p)
			crossed = true
			continue
		}
		if p.globals[name] {
			break
		}
		if sym := p.lookupLocal(name); sym != nil {
			if crossed {
				sym.Kind = SymCell
			}
			for _, q := range path {
				q.markFree(name)
			}
			return Ref{Kind: RefFree, Sym: sym}
		}
		path = append(path, p)
		crossed = crossed || isRealFunction(p)
	}
	return b.global(name)
}

// isRealFunction reports whether s compiles to a code object of its own: a
// def, lambda, class body or generator expression (other comprehensions are
// inlined).
func isRealFunction(s *Scope) bool {
	switch s.Kind {
	case FunctionScope, ClassScope:
		return true
	case ComprehensionScope:
		_, gen := s.Node.(*frontend.GeneratorExp)
		return gen
	}
	return false
}

func (b *binder) global(name string) Ref {
	if sym := b.m.Scope.lookupLocal(name); sym != nil {
		return Ref{Kind: RefGlobal, Sym: sym}
	}
	if builtinNames[name] {
		return Ref{Kind: RefBuiltin}
	}
	return Ref{Kind: RefUnresolved}
}
