package ir

import (
	"strings"

	"github.com/genvm-go/genvm/frontend"
)

// Lower builds the typed IR of a checked module (r.Module must be set: no
// syntax error). Every expression gets its static type; names are resolved
// to variables classified local, cell, free, global, class attribute or
// builtin; calls say what they call when it is known.
func Lower(r *Result) *Program {
	m := r.Module
	m.InferAll()
	l := &lowerer{m: m, vars: map[*Symbol]*Var{}, fns: map[*Func]*Function{}, scopeFn: map[*Scope]*Function{},
		builtins: map[string]*Var{}}
	p := &Program{Module: m, Contract: r.Contract, Events: r.Events, Interfaces: r.Interfaces}
	l.p = p
	p.Init = &Function{Name: "<module>", Qual: "<module>", Ret: TNone, freeBySym: map[*Symbol]*Var{}}
	l.scopeFn[m.Scope] = p.Init
	l.assignScopes(m.Scope, p.Init)
	p.Init.Body = l.stmts(m.AST.Body, p.Init, m.Scope)
	p.Globals = p.Init.Locals
	return p
}

type lowerer struct {
	m        *Module
	p        *Program
	vars     map[*Symbol]*Var
	fns      map[*Func]*Function
	scopeFn  map[*Scope]*Function // the function whose frame holds a scope's variables
	builtins map[string]*Var
}

// assignScopes creates the Function of every def, lambda and generator
// expression and records which function's frame holds each scope.
func (l *lowerer) assignScopes(s *Scope, cur *Function) {
	for _, c := range s.Children {
		fn := cur
		switch {
		case c.Kind == FunctionScope:
			f := c.Func
			fn = &Function{Name: f.Name, Qual: f.Qual, Pos: f.Node.Span(), Src: f, Parent: cur, Ret: l.m.ResultType(f),
				Nondet: f.Nondet, NondetEntry: f.NondetEntry, IsLambda: f.Lambda != nil, freeBySym: map[*Symbol]*Var{}}
			if ct := l.p.Contract; ct != nil && f.Class != nil {
				// methods of the contract class and of the user bases it inherits from
				if mt := ct.Method(f.Name); mt != nil && mt.Func == f {
					fn.Method = mt
				}
			}
			l.fns[f] = fn
			l.p.Funcs = append(l.p.Funcs, fn)
			l.scopeFn[c] = fn
			for _, prm := range f.Params {
				v := l.varFor(c.Syms[prm.Name])
				fn.Params = append(fn.Params, &ParamDecl{Var: v, Kind: prm.Kind})
			}
		case c.Kind == ComprehensionScope && isRealFunction(c):
			fn = &Function{Name: "<genexpr>", Qual: qualPrefix(s) + "<genexpr>", Pos: c.Node.Span(), Parent: cur,
				Ret: TDynamic, IsGenExpr: true, freeBySym: map[*Symbol]*Var{}}
			l.p.Funcs = append(l.p.Funcs, fn)
			l.scopeFn[c] = fn
		default: // class bodies and inlined comprehensions run in cur's frame
			l.scopeFn[c] = cur
		}
		l.assignScopes(c, fn)
	}
}

// varFor returns the variable of a symbol, creating it in its owner.
func (l *lowerer) varFor(sym *Symbol) *Var {
	if v := l.vars[sym]; v != nil {
		return v
	}
	v := &Var{Name: sym.Name, Sym: sym, Param: sym.Param, Type: l.symType(sym)}
	switch sym.Scope.Kind {
	case ModuleScope:
		v.Class, v.Fn = VarGlobal, l.p.Init
	case ClassScope:
		v.Class = VarClassAttr
	default:
		v.Class, v.Fn = VarLocal, l.scopeFn[sym.Scope]
		if sym.Kind == SymCell {
			v.Class = VarCell
		}
	}
	v.Ent = l.m.symEntity(sym, 0)
	l.vars[sym] = v
	if v.Fn != nil {
		v.Fn.Locals = append(v.Fn.Locals, v)
	}
	return v
}

func (l *lowerer) symType(sym *Symbol) *Type {
	if sym.Param {
		if f := sym.Scope.Func; f != nil {
			for i, p := range f.Params {
				if p.Name == sym.Name {
					if i == 0 && p.Ann == nil {
						if c := f.SelfClass(); c != nil {
							return &Type{Kind: ClassT, Class: c}
						}
					}
					switch p.Kind {
					case ParamVarArgs:
						return &Type{Kind: TupleT, Variadic: true, Args: []*Type{p.Type}}
					case ParamVarKw:
						return &Type{Kind: DictT, Args: []*Type{TStr, p.Type}}
					}
					return p.Type
				}
			}
		}
	}
	return l.m.inferer().symbolType(sym)
}

// freeVar returns fn's variable for sym, which an enclosing function owns:
// a chain of free variables down from the owner's cell.
func (l *lowerer) freeVar(fn *Function, sym *Symbol) *Var {
	owner := l.scopeFn[sym.Scope]
	if fn == nil || fn == owner || fn == l.p.Init {
		return l.varFor(sym)
	}
	if v := fn.freeBySym[sym]; v != nil {
		return v
	}
	outer := l.freeVar(fn.Parent, sym)
	v := &Var{Name: sym.Name, Class: VarFree, Fn: fn, Outer: outer, Type: outer.Type, Ent: outer.Ent, Sym: sym}
	fn.freeBySym[sym] = v
	fn.Free = append(fn.Free, v)
	return v
}

func (l *lowerer) nameVar(n *frontend.Name, fn *Function) *Var {
	r := l.m.Refs[n]
	switch r.Kind {
	case RefFree:
		return l.freeVar(fn, r.Sym)
	case RefBuiltin, RefUnresolved:
		v := l.builtins[n.Id]
		if v == nil {
			v = &Var{Name: n.Id, Class: VarBuiltin, Type: TDynamic, Ent: Entity{Kind: EntBuiltin, Path: "builtins." + n.Id}}
			if r.Kind == RefUnresolved {
				v.Class, v.Ent = VarUnresolved, Entity{}
			}
			l.builtins[n.Id] = v
		}
		return v
	}
	if r.Sym == nil {
		return &Var{Name: n.Id, Class: VarUnresolved, Type: TDynamic}
	}
	return l.varFor(r.Sym)
}

// bindingVar is the variable a def, class or import statement in scope s binds.
func (l *lowerer) bindingVar(s *Scope, name string, fn *Function) *Var {
	if s.globals[name] {
		return l.varFor(l.m.Scope.Syms[name])
	}
	if s.nonlocals[name] {
		for p := s.Parent; p != nil; p = p.Parent {
			if p.isFunctionLike() {
				if sym := p.Syms[name]; sym != nil {
					return l.freeVar(fn, sym)
				}
			}
		}
	}
	if sym := s.Syms[name]; sym != nil {
		return l.varFor(sym)
	}
	return &Var{Name: name, Class: VarUnresolved, Type: TDynamic}
}

func (l *lowerer) stmts(ss []frontend.Stmt, fn *Function, s *Scope) []Stmt {
	var out []Stmt
	for _, st := range ss {
		if x := l.stmt(st, fn, s); x != nil {
			out = append(out, x...)
		}
	}
	return out
}

func (l *lowerer) stmt(st frontend.Stmt, fn *Function, s *Scope) []Stmt {
	pos := st.Span()
	b := stmtBase{pos}
	one := func(x Stmt) []Stmt { return []Stmt{x} }
	switch x := st.(type) {
	case *frontend.ExprStmt:
		return one(&ExprStmt{b, l.expr(x.Value, fn)})
	case *frontend.Assign:
		a := &Assign{stmtBase: b, Value: l.expr(x.Value, fn)}
		for _, t := range x.Targets {
			a.Targets = append(a.Targets, l.expr(t, fn))
		}
		return one(a)
	case *frontend.AugAssign:
		return one(&AugAssign{b, l.expr(x.Target, fn), x.Op, l.expr(x.Value, fn)})
	case *frontend.AnnAssign:
		ann := l.m.typeOfAnn(x.Annotation)
		if x.Value == nil {
			if n, ok := x.Target.(*frontend.Name); ok {
				return one(&Declare{b, l.nameVar(n, fn), ann})
			}
			return nil
		}
		return one(&Assign{stmtBase: b, Targets: []Expr{l.expr(x.Target, fn)}, Value: l.expr(x.Value, fn), Ann: ann})
	case *frontend.If:
		return one(&If{b, l.expr(x.Test, fn), l.stmts(x.Body, fn, s), l.stmts(x.Orelse, fn, s)})
	case *frontend.While:
		return one(&While{b, l.expr(x.Test, fn), l.stmts(x.Body, fn, s), l.stmts(x.Orelse, fn, s)})
	case *frontend.For:
		if x.IsAsync {
			return one(&Unsupported{b, x})
		}
		return one(&For{b, l.expr(x.Target, fn), l.expr(x.Iter, fn), l.stmts(x.Body, fn, s), l.stmts(x.Orelse, fn, s)})
	case *frontend.Return:
		return one(&Return{b, l.optExpr(x.Value, fn)})
	case *frontend.Raise:
		return one(&Raise{b, l.optExpr(x.Exc, fn), l.optExpr(x.Cause, fn)})
	case *frontend.Try:
		if x.IsStar {
			return one(&Unsupported{b, x})
		}
		t := &Try{stmtBase: b, Body: l.stmts(x.Body, fn, s), Else: l.stmts(x.Orelse, fn, s), Finally: l.stmts(x.Finalbody, fn, s)}
		for _, h := range x.Handlers {
			hd := &Handler{Pos: h.Pos, Type: l.optExpr(h.Type, fn), Body: l.stmts(h.Body, fn, s)}
			if h.Name != "" {
				hd.Var = l.bindingVar(s, h.Name, fn)
			}
			t.Handlers = append(t.Handlers, hd)
		}
		return one(t)
	case *frontend.With:
		if x.IsAsync {
			return one(&Unsupported{b, x})
		}
		w := &With{stmtBase: b, Body: l.stmts(x.Body, fn, s)}
		for _, it := range x.Items {
			w.Items = append(w.Items, WithItem{l.expr(it.ContextExpr, fn), l.optExpr(it.OptionalVars, fn)})
		}
		return one(w)
	case *frontend.Break:
		return one(&Break{b})
	case *frontend.Continue:
		return one(&Continue{b})
	case *frontend.Pass, *frontend.Global, *frontend.Nonlocal:
		return nil
	case *frontend.Delete:
		d := &Delete{stmtBase: b}
		for _, t := range x.Targets {
			d.Targets = append(d.Targets, l.expr(t, fn))
		}
		return one(d)
	case *frontend.Assert:
		return one(&Assert{b, l.expr(x.Test, fn), l.optExpr(x.Msg, fn)})
	case *frontend.Import:
		var out []Stmt
		for _, a := range x.Names {
			name, path := a.Asname, canonicalPath(a.Name)
			if name == "" {
				name, _, _ = strings.Cut(a.Name, ".")
				path = canonicalPath(name)
			}
			out = append(out, &Import{b, l.bindingVar(s, name, fn), path, false})
		}
		return out
	case *frontend.ImportFrom:
		var out []Stmt
		mod := strings.Repeat(".", x.Level) + x.Module
		for _, a := range x.Names {
			if a.Name == "*" {
				for _, n := range starExports(mod) {
					out = append(out, &Import{b, l.bindingVar(s, n, fn), canonicalPath(mod + "." + n), true})
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			out = append(out, &Import{b, l.bindingVar(s, name, fn), canonicalPath(mod + "." + a.Name), false})
		}
		return out
	case *frontend.FunctionDef:
		f := l.m.FuncOf[x]
		ir := l.fns[f]
		d := &DefStmt{stmtBase: b, Fn: ir, Var: l.bindingVar(s, x.Name, fn)}
		for _, dec := range x.DecoratorList {
			d.Decorators = append(d.Decorators, l.expr(dec, fn))
		}
		l.defaults(f, ir, fn)
		l.annotations(f, ir, fn)
		ir.Body = l.stmts(x.Body, ir, f.Scope)
		return one(d)
	case *frontend.ClassDef:
		c := l.m.ClassOf[x]
		cd := &ClassDecl{Class: c, Pos: x.Pos}
		for _, e := range x.Bases {
			cd.Bases = append(cd.Bases, l.expr(e, fn))
		}
		for _, e := range x.DecoratorList {
			cd.Decos = append(cd.Decos, l.expr(e, fn))
		}
		cd.Body = l.stmts(x.Body, fn, c.Scope)
		for _, name := range c.Scope.Order {
			cd.Attrs = append(cd.Attrs, l.varFor(c.Scope.Syms[name]))
		}
		for _, f := range c.Methods {
			cd.Methods = append(cd.Methods, l.fns[f])
		}
		l.p.Classes = append(l.p.Classes, cd)
		return one(&ClassStmt{b, cd, l.bindingVar(s, x.Name, fn)})
	}
	return one(&Unsupported{b, st})
}

// defaults lowers the parameter defaults of f (evaluated in the enclosing function).
func (l *lowerer) defaults(f *Func, ir *Function, enclosing *Function) {
	for i, p := range f.Params {
		if p.Default != nil {
			ir.Params[i].Default = l.expr(p.Default, enclosing)
		}
	}
}

// annotations lowers the annotations of f (evaluated in the enclosing
// function) when its function object must carry __annotations__: a method
// of the View or Write class nested in a @gl.evm.contract_interface class
// (the only classes the SDK reads stubs from).
func (l *lowerer) annotations(f *Func, ir *Function, enclosing *Function) {
	c := f.Class
	if f.Def == nil || c == nil || (c.Name != "View" && c.Name != "Write") || c.Scope == nil || c.Scope.Parent == nil ||
		c.Scope.Parent.Kind != ClassScope || c.Scope.Parent.Class == nil || !c.Scope.Parent.Class.IsEVMInterface {
		return
	}
	ir.Annotations = true
	for i, p := range f.Params {
		if p.Ann != nil {
			ir.Params[i].Annot = l.expr(p.Ann, enclosing)
		}
	}
	ir.RetAnnot = l.optExpr(f.Def.Returns, enclosing)
}

func (l *lowerer) optExpr(e frontend.Expr, fn *Function) Expr {
	if e == nil {
		return nil
	}
	return l.expr(e, fn)
}

func (l *lowerer) exprs(es []frontend.Expr, fn *Function) []Expr {
	out := make([]Expr, 0, len(es))
	for _, e := range es {
		out = append(out, l.expr(e, fn))
	}
	return out
}

func (l *lowerer) expr(e frontend.Expr, fn *Function) Expr {
	b := exprBase{e.Span(), l.m.TypeOf(e)}
	switch x := e.(type) {
	case *frontend.Constant:
		return &Const{b, x.Value}
	case *frontend.Name:
		return &VarRef{b, l.nameVar(x, fn)}
	case *frontend.Attribute:
		ent := l.m.entityOf(x)
		switch ent.Kind {
		case EntSDK:
			return &SDKRef{b, ent.Path, ent.SDK}
		case EntExt:
			return &ModRef{b, ent.Path}
		}
		a := &AttrExpr{exprBase: b, X: l.expr(x.Value, fn), Name: x.Attr}
		if t := a.X.ExprType(); t.Kind == ClassT {
			for _, f := range l.m.recordFields(t.Class) {
				if f.Name == x.Attr {
					a.Field = f
				}
			}
			if f := t.Class.Method(x.Attr); f != nil {
				a.Method = l.fns[f]
			}
		}
		return a
	case *frontend.Subscript:
		return &IndexExpr{b, l.expr(x.Value, fn), l.expr(x.Slice, fn)}
	case *frontend.Slice:
		return &SliceExpr{b, l.optExpr(x.Lower, fn), l.optExpr(x.Upper, fn), l.optExpr(x.Step, fn)}
	case *frontend.Call:
		c := &Call{exprBase: b, Fn: l.expr(x.Func, fn), Args: l.exprs(x.Args, fn)}
		for _, k := range x.Keywords {
			c.Kw = append(c.Kw, Keyword{k.Arg, l.expr(k.Value, fn)})
		}
		l.classifyCall(c, x)
		return c
	case *frontend.BinOp:
		return &Binary{b, x.Op, l.expr(x.Left, fn), l.expr(x.Right, fn)}
	case *frontend.UnaryOp:
		return &Unary{b, x.Op, l.expr(x.Operand, fn)}
	case *frontend.BoolOp:
		return &BoolOpExpr{b, x.Op, l.exprs(x.Values, fn)}
	case *frontend.Compare:
		return &Compare{b, x.Ops, append([]Expr{l.expr(x.Left, fn)}, l.exprs(x.Comparators, fn)...)}
	case *frontend.IfExp:
		return &CondExpr{b, l.expr(x.Test, fn), l.expr(x.Body, fn), l.expr(x.Orelse, fn)}
	case *frontend.List:
		return &ListLit{b, l.exprs(x.Elts, fn)}
	case *frontend.Tuple:
		return &TupleLit{b, l.exprs(x.Elts, fn)}
	case *frontend.Set:
		return &SetLit{b, l.exprs(x.Elts, fn)}
	case *frontend.Dict:
		d := &DictLit{exprBase: b}
		for i := range x.Values {
			var k Expr
			if x.Keys[i] != nil {
				k = l.expr(x.Keys[i], fn)
			}
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, l.expr(x.Values[i], fn))
		}
		return d
	case *frontend.ListComp:
		return l.comp(b, "list", x, x.Generators, fn, func(f *Function, c *Comp) { c.Elt = l.expr(x.Elt, f) })
	case *frontend.SetComp:
		return l.comp(b, "set", x, x.Generators, fn, func(f *Function, c *Comp) { c.Elt = l.expr(x.Elt, f) })
	case *frontend.GeneratorExp:
		return l.comp(b, "gen", x, x.Generators, fn, func(f *Function, c *Comp) { c.Elt = l.expr(x.Elt, f) })
	case *frontend.DictComp:
		return l.comp(b, "dict", x, x.Generators, fn, func(f *Function, c *Comp) {
			c.Key, c.Value = l.expr(x.Key, f), l.expr(x.Value, f)
		})
	case *frontend.Lambda:
		f := l.m.FuncOf[x]
		ir := l.fns[f]
		l.defaults(f, ir, fn)
		ir.Body = []Stmt{&Return{stmtBase{x.Body.Span()}, l.expr(x.Body, ir)}}
		return &LambdaExpr{b, ir}
	case *frontend.JoinedStr:
		return &FString{b, l.exprs(x.Values, fn)}
	case *frontend.FormattedValue:
		return &FormatValue{b, l.expr(x.Value, fn), x.Conversion, l.optExpr(x.FormatSpec, fn)}
	case *frontend.NamedExpr:
		t := l.expr(x.Target, fn)
		vr, _ := t.(*VarRef)
		return &NamedExpr{b, vr, l.expr(x.Value, fn)}
	case *frontend.Starred:
		return &StarredExpr{b, l.expr(x.Value, fn)}
	}
	return &BadExpr{b, e}
}

func (l *lowerer) comp(b exprBase, kind string, node frontend.Expr, gens []*frontend.Comprehension, fn *Function, body func(*Function, *Comp)) Expr {
	c := &Comp{exprBase: b, Kind: kind}
	inner := fn
	if s := l.m.ScopeOf[node]; s != nil {
		inner = l.scopeFn[s]
	}
	if inner != fn {
		c.Fn = inner
	}
	for i, g := range gens {
		iterFn := inner
		if i == 0 {
			iterFn = fn // the first iterable is evaluated outside
		}
		cf := CompFor{Target: l.expr(g.Target, inner), Iter: l.expr(g.Iter, iterFn)}
		for _, cond := range g.Ifs {
			cf.Ifs = append(cf.Ifs, l.expr(cond, inner))
		}
		c.Gens = append(c.Gens, cf)
	}
	body(inner, c)
	return c
}

// classifyCall records what a call calls.
func (l *lowerer) classifyCall(c *Call, x *frontend.Call) {
	ent := l.m.entityOf(x.Func)
	switch ent.Kind {
	case EntFunc:
		c.Kind, c.Func = CallFunc, l.fns[ent.Func]
		if _, ok := x.Func.(*frontend.Attribute); ok && ent.Func.SelfClass() != nil {
			c.Kind = CallMethod
		}
		return
	case EntClass:
		c.Kind, c.Class = CallClass, ent.Class
		return
	case EntSDK:
		c.Kind, c.SDK, c.Path = CallSDK, ent.SDK, ent.Path
		return
	case EntExt:
		c.Kind, c.Path = CallModule, ent.Path
		return
	case EntBuiltin:
		c.Kind, c.Path = CallBuiltin, ent.Path
		return
	}
	if a, ok := x.Func.(*frontend.Attribute); ok {
		if t := l.m.TypeOf(a.Value); t.Kind == ClassT {
			if f := t.Class.Method(a.Attr); f != nil {
				c.Kind, c.Func = CallMethod, l.fns[f]
			}
		}
	}
}
