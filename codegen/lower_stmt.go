package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/genvm-go/genvm/frontend"
	"github.com/genvm-go/genvm/ir"
	rtgen "github.com/genvm-go/genvm/rt/gen"
	"strings"
)

func (g *gen) stmts(fc *fctx, ss []ir.Stmt) []jen.Code {
	var out []jen.Code
	for _, s := range ss {
		if n := stmtLine(s); n > 0 && fc.lineVar != "" {
			switch s.(type) {
			case *ir.Declare, *ir.Break, *ir.Continue:
			default:
				out = append(out, jen.Id(fc.lineVar).Op("=").Lit(n))
			}
		}
		out = append(out, g.stmt(fc, s)...)
	}
	return out
}

// stmtLine is the first line of a statement.
func stmtLine(s ir.Stmt) int {
	switch x := s.(type) {
	case *ir.ExprStmt:
		return x.Pos.Lineno
	case *ir.Assign:
		return x.Pos.Lineno
	case *ir.AugAssign:
		return x.Pos.Lineno
	case *ir.If:
		return x.Pos.Lineno
	case *ir.While:
		return x.Pos.Lineno
	case *ir.For:
		return x.Pos.Lineno
	case *ir.Return:
		return x.Pos.Lineno
	case *ir.Raise:
		return x.Pos.Lineno
	case *ir.Try:
		return x.Pos.Lineno
	case *ir.With:
		return x.Pos.Lineno
	case *ir.Delete:
		return x.Pos.Lineno
	case *ir.Assert:
		return x.Pos.Lineno
	case *ir.DefStmt:
		return x.Pos.Lineno
	case *ir.ClassStmt:
		return x.Pos.Lineno
	case *ir.Import:
		return x.Pos.Lineno
	}
	return 0
}

// chargedBlock lowers a nested block, charging its cost at entry.
func (g *gen) chargedBlock(fc *fctx, ss []ir.Stmt) []jen.Code {
	return append([]jen.Code{charge(blockCost(len(ss)))}, g.stmts(fc, ss)...)
}

var binOps = map[frontend.Operator]string{
	frontend.Add: "OpAdd", frontend.Sub: "OpSub", frontend.Mult: "OpMul", frontend.MatMult: "OpMatMul",
	frontend.Div: "OpTrueDiv", frontend.Mod: "OpMod", frontend.Pow: "OpPow", frontend.LShift: "OpLShift",
	frontend.RShift: "OpRShift", frontend.BitOr: "OpOr", frontend.BitXor: "OpXor", frontend.BitAnd: "OpAnd",
	frontend.FloorDiv: "OpFloorDiv",
}

func (g *gen) stmt(fc *fctx, s ir.Stmt) []jen.Code {
	switch x := s.(type) {
	case *ir.ExprStmt:
		return []jen.Code{jen.Id("_").Op("=").Add(g.expr(fc, x.X))}
	case *ir.Assign:
		return g.assignStmt(fc, x)
	case *ir.AugAssign:
		return g.augAssign(fc, x)
	case *ir.Declare:
		return nil
	case *ir.If:
		st := jen.If(g.truth(fc, x.Cond)).Block(g.chargedBlock(fc, x.Then)...)
		if len(x.Else) > 0 {
			if len(x.Else) == 1 {
				if _, ok := x.Else[0].(*ir.If); ok {
					inner := g.stmt(fc, x.Else[0])
					return []jen.Code{st.Else().Add(inner[0])}
				}
			}
			st = st.Else().Block(g.chargedBlock(fc, x.Else)...)
		}
		return []jen.Code{st}
	case *ir.While:
		return g.while(fc, x)
	case *ir.For:
		return g.forStmt(fc, x)
	case *ir.Break:
		return g.jump(fc, true)
	case *ir.Continue:
		return g.jump(fc, false)
	case *ir.Return:
		var v jen.Code = jen.Qual(rtPkg, "None")
		if x.Value != nil {
			v = g.expr(fc, x.Value)
		}
		if fc.isInit {
			g.errorf(x.Pos, "'return' outside function")
			return nil
		}
		if len(fc.tries) > 0 {
			fc.retUsed = true
			for _, t := range fc.tries {
				t.add(1)
			}
			return []jen.Code{jen.Id(fc.retVar).Op("=").Add(v), jen.Return(jen.Lit(1))}
		}
		return []jen.Code{jen.Return(v)}
	case *ir.Raise:
		switch {
		case x.Exc == nil:
			return []jen.Code{jen.Qual(genPkg, "Reraise").Call()}
		case x.Cause != nil:
			return []jen.Code{jen.Qual(genPkg, "RaiseFrom").Call(g.expr(fc, x.Exc), g.expr(fc, x.Cause))}
		}
		return []jen.Code{jen.Qual(genPkg, "Raise").Call(g.expr(fc, x.Exc))}
	case *ir.Try:
		return g.try(fc, x)
	case *ir.With:
		return g.with(fc, x, x.Items)
	case *ir.Delete:
		var out []jen.Code
		for _, t := range x.Targets {
			out = append(out, g.del(fc, t)...)
		}
		return out
	case *ir.Assert:
		var msg jen.Code = jen.Nil()
		if x.Msg != nil {
			msg = g.expr(fc, x.Msg)
		}
		return []jen.Code{jen.If(jen.Op("!").Parens(g.truth(fc, x.Test))).Block(jen.Qual(genPkg, "AssertFail").Call(msg))}
	case *ir.DefStmt:
		var v jen.Code = g.funcValue(fc, x.Fn)
		for i := len(x.Decorators) - 1; i >= 0; i-- {
			v = jen.Qual(genPkg, "Call").Call(g.expr(fc, x.Decorators[i]), jen.Index().Add(rtValue()).Values(v), jen.Nil())
		}
		return g.storeVar(fc, x.Var, v)
	case *ir.ClassStmt:
		return g.classStmt(fc, x)
	case *ir.Import:
		var v jen.Code
		if isGenlayer(x.Path) {
			return g.storeVar(fc, x.Var, g.sdkRef(x.Path))
		}
		if x.Star {
			g.errorf(x.Pos, "`from ... import *` is not supported yet")
			return nil
		}
		mod, member := splitImport(x)
		if member == "" {
			v = jen.Qual(genPkg, "Import").Call(jen.Lit(mod))
		} else {
			v = jen.Qual(genPkg, "ImportFrom").Call(jen.Lit(mod), jen.Lit(member))
		}
		return g.storeVar(fc, x.Var, v)
	case *ir.Unsupported:
		g.errorf(x.Pos, "statement not supported yet: %T", x.Node)
		return nil
	}
	g.errorf(frontend.Pos{}, "unknown statement %T", s)
	return nil
}

func isGenlayer(path string) bool {
	return path == "genlayer" || len(path) > 9 && path[:9] == "genlayer."
}

// splitImport returns the module and member an Import binds.
func splitImport(x *ir.Import) (string, string) {
	// `import a.b as c` binds module a.b; `from m import n` binds m.n. The
	// IR gives the full path; known modules are one component.
	path := x.Path
	for i := 0; i < len(path); i++ {
		if path[i] == '.' {
			mod := path[:i]
			if rtgen.HasModule(path) {
				return path, ""
			}
			return mod, path[i+1:]
		}
	}
	return path, ""
}

// ---- loops ----

func (g *gen) pushLoop(fc *fctx) *loopInfo {
	l := &loopInfo{id: fc.nloops, depth: len(fc.tries)}
	fc.nloops++
	l.label = g.unique("L")
	fc.loops = append(fc.loops, l)
	return l
}

func (g *gen) popLoop(fc *fctx) { fc.loops = fc.loops[:len(fc.loops)-1] }

// labeled prefixes a loop with its label if a jump uses it.
func labeled(l *loopInfo, loop *jen.Statement) jen.Code {
	if !l.labelUsed {
		return loop
	}
	return jen.Id(l.label).Op(":").Add(loop)
}

func (g *gen) jump(fc *fctx, isBreak bool) []jen.Code {
	if len(fc.loops) == 0 {
		return nil
	}
	l := fc.loops[len(fc.loops)-1]
	code := 2 + 2*l.id
	if !isBreak {
		code++
	}
	if len(fc.tries) > l.depth {
		for _, t := range fc.tries[l.depth:] {
			t.add(code)
		}
		return []jen.Code{jen.Return(jen.Lit(code))}
	}
	l.labelUsed = true
	if isBreak {
		return []jen.Code{jen.Break().Id(l.label)}
	}
	return []jen.Code{jen.Continue().Id(l.label)}
}

func (g *gen) while(fc *fctx, x *ir.While) []jen.Code {
	l := g.pushLoop(fc)
	body := g.chargedBlock(fc, x.Body)
	g.popLoop(fc)
	var els []jen.Code
	if len(x.Else) > 0 {
		els = g.chargedBlock(fc, x.Else)
	}
	l.labelUsed = true
	cond := jen.If(jen.Op("!").Parens(g.truth(fc, x.Cond))).Block(append(els, jen.Break().Id(l.label))...)
	return []jen.Code{labeled(l, jen.For().Block(append([]jen.Code{cond}, body...)...))}
}

func (g *gen) forStmt(fc *fctx, x *ir.For) []jen.Code {
	if isRangeCall(x.Iter) {
		return g.forRange(fc, x)
	}
	it := g.newTmp()
	item := g.newTmp()
	ok := g.newTmp()
	iter := g.iterExpr(fc, x.Iter)
	l := g.pushLoop(fc)
	assign := g.assignTo(fc, x.Target, jen.Id(item))
	return g.nextLoop(fc, x, l, it, item, ok, assign, jen.Id(it).Op(":=").Qual(rtPkg, "Iter").Call(iter))
}

// ---- try / with ----

// closure lowers ss as the body of a func() int run by gen.Try and friends.
func (g *gen) closure(fc *fctx, t *tryInfo, ss []ir.Stmt, pre ...jen.Code) *jen.Statement {
	fc.tries = append(fc.tries, t)
	body := append(pre, g.chargedBlock(fc, ss)...)
	fc.tries = fc.tries[:len(fc.tries)-1]
	body = append(body, jen.Return(jen.Lit(0)))
	return jen.Func().Params().Int().Block(body...)
}

// dispatch handles the control code ctl left by a try closure.
func (g *gen) dispatch(fc *fctx, t *tryInfo, ctl string) []jen.Code {
	if len(t.codes) == 0 {
		return []jen.Code{jen.Id("_").Op("=").Id(ctl)}
	}
	var cases []jen.Code
	for _, code := range t.codes {
		var action jen.Code
		switch {
		case len(fc.tries) > 0 && (code == 1 || g.loopDepth(fc, code) < len(fc.tries)):
			for _, outer := range fc.tries[g.codeFloor(fc, code):] {
				outer.add(code)
			}
			action = jen.Return(jen.Lit(code))
		case code == 1:
			action = jen.Return(jen.Id(fc.retVar))
		default:
			l := g.loopByCode(fc, code)
			l.labelUsed = true
			if code%2 == 0 {
				action = jen.Break().Id(l.label)
			} else {
				action = jen.Continue().Id(l.label)
			}
		}
		cases = append(cases, jen.Case(jen.Lit(code)).Block(action))
	}
	return []jen.Code{jen.Switch(jen.Id(ctl)).Block(cases...)}
}

func (g *gen) loopByCode(fc *fctx, code int) *loopInfo {
	id := (code - 2) / 2
	for _, l := range fc.loops {
		if l.id == id {
			return l
		}
	}
	return nil
}

func (g *gen) loopDepth(fc *fctx, code int) int {
	if l := g.loopByCode(fc, code); l != nil {
		return l.depth
	}
	return 0
}

// codeFloor is the index of the first try frame that must pass code on.
func (g *gen) codeFloor(fc *fctx, code int) int {
	if code == 1 {
		return 0
	}
	return g.loopDepth(fc, code)
}

func (g *gen) try(fc *fctx, x *ir.Try) []jen.Code {
	t := &tryInfo{}
	ctl, exc := g.newTmp(), g.newTmp()
	out := []jen.Code{jen.List(jen.Id(ctl), jen.Id(exc)).Op(":=").Qual(genPkg, "Try").Call(g.closure(fc, t, x.Body))}
	if len(x.Handlers) > 0 {
		var chain *jen.Statement
		for _, h := range x.Handlers {
			var pre []jen.Code
			if h.Var != nil {
				pre = append(pre, g.storeVar(fc, h.Var, jen.Id(exc))...)
			}
			body := g.closure(fc, t, h.Body, pre...)
			if h.Var != nil {
				// The name is unbound after the handler, as in Python.
				inner := body
				_ = inner
			}
			run := []jen.Code{jen.List(jen.Id(ctl), jen.Id(exc)).Op("=").Qual(genPkg, "Handle").Call(jen.Id(exc), body)}
			if h.Var != nil {
				run = append(run, g.unbindVar(fc, h.Var)...)
			}
			var cond jen.Code
			if h.Type == nil {
				cond = jen.True()
			} else {
				cond = jen.Qual(genPkg, "Matches").Call(jen.Id(exc), g.expr(fc, h.Type))
			}
			if chain == nil {
				chain = jen.If(cond).Block(run...)
			} else {
				chain = chain.Else().If(cond).Block(run...)
			}
			if h.Type == nil {
				break
			}
		}
		if len(x.Else) > 0 {
			out = append(out, jen.If(jen.Id(exc).Op("!=").Nil()).Block(chain).Else().If(jen.Id(ctl).Op("==").Lit(0)).Block(
				jen.List(jen.Id(ctl), jen.Id(exc)).Op("=").Qual(genPkg, "Try").Call(g.closure(fc, t, x.Else))))
		} else {
			out = append(out, jen.If(jen.Id(exc).Op("!=").Nil()).Block(chain))
		}
	} else if len(x.Else) > 0 {
		out = append(out, jen.If(jen.Id(exc).Op("==").Nil().Op("&&").Id(ctl).Op("==").Lit(0)).Block(
			jen.List(jen.Id(ctl), jen.Id(exc)).Op("=").Qual(genPkg, "Try").Call(g.closure(fc, t, x.Else))))
	}
	if len(x.Finally) > 0 {
		out = append(out, jen.List(jen.Id(ctl), jen.Id(exc)).Op("=").Qual(genPkg, "Finally").Call(jen.Id(ctl), jen.Id(exc), g.closure(fc, t, x.Finally)))
	}
	out = append(out, jen.Qual(genPkg, "Rethrow").Call(jen.Id(exc)))
	out = append(out, g.dispatch(fc, t, ctl)...)
	return []jen.Code{jen.Block(out...)}
}

func (g *gen) with(fc *fctx, x *ir.With, items []ir.WithItem) []jen.Code {
	if len(items) == 0 {
		return g.stmts(fc, x.Body)
	}
	it := items[0]
	mgr, exit, ctl, exc := g.newTmp(), g.newTmp(), g.newTmp(), g.newTmp()
	out := []jen.Code{
		jen.Id(mgr).Op(":=").Add(g.expr(fc, it.Ctx)),
		jen.Id(exit).Op(":=").Qual(rtPkg, "GetAttr").Call(jen.Id(mgr), jen.Lit("__exit__")),
	}
	enter := jen.Qual(rtPkg, "CallMethod").Call(jen.Id(mgr), jen.Lit("__enter__"), jen.Nil(), jen.Nil())
	if it.Target != nil {
		out = append(out, g.assignTo(fc, it.Target, enter)...)
	} else {
		out = append(out, jen.Id("_").Op("=").Add(enter))
	}
	t := &tryInfo{}
	fc.tries = append(fc.tries, t)
	var body []jen.Code
	if len(items) > 1 {
		body = g.with(fc, x, items[1:])
	} else {
		body = g.chargedBlock(fc, x.Body)
	}
	fc.tries = fc.tries[:len(fc.tries)-1]
	body = append(body, jen.Return(jen.Lit(0)))
	out = append(out,
		jen.List(jen.Id(ctl), jen.Id(exc)).Op(":=").Qual(genPkg, "Try").Call(jen.Func().Params().Int().Block(body...)),
		jen.If(jen.Qual(genPkg, "ExitWith").Call(jen.Id(exit), jen.Id(exc))).Block(jen.Id(exc).Op("=").Nil()),
		jen.Qual(genPkg, "Rethrow").Call(jen.Id(exc)),
	)
	out = append(out, g.dispatch(fc, t, ctl)...)
	return []jen.Code{jen.Block(out...)}
}

// ---- assignment ----

func (g *gen) assignStmt(fc *fctx, x *ir.Assign) []jen.Code {
	// a, b = c, d: evaluate the right side, then assign left to right.
	if len(x.Targets) == 1 {
		if vr, ok := x.Targets[0].(*ir.VarRef); ok {
			if r := g.varRepr(vr.Var); r >= rInt {
				c, _ := g.texpr(fc, x.Value)
				return []jen.Code{jen.Id(g.varName(vr.Var)).Op("=").Add(c)}
			}
		}
		if tl, ok := x.Targets[0].(*ir.TupleLit); ok {
			if vl, ok := x.Value.(*ir.TupleLit); ok && len(tl.Elts) == len(vl.Elts) && !hasStar(tl.Elts) && !hasStar(vl.Elts) {
				var tmps []jen.Code
				var vals []jen.Code
				var out []jen.Code
				for _, e := range vl.Elts {
					t := g.newTmp()
					tmps = append(tmps, jen.Id(t))
					vals = append(vals, g.expr(fc, e))
				}
				out = append(out, jen.List(tmps...).Op(":=").List(vals...))
				for i, e := range tl.Elts {
					out = append(out, g.assignTo(fc, e, tmps[i])...)
				}
				return []jen.Code{jen.Block(out...)}
			}
		}
		return g.assignTo(fc, x.Targets[0], g.expr(fc, x.Value))
	}
	t := g.newTmp()
	out := []jen.Code{jen.Id(t).Op(":=").Add(g.expr(fc, x.Value))}
	for _, tg := range x.Targets {
		out = append(out, g.assignTo(fc, tg, jen.Id(t))...)
	}
	return []jen.Code{jen.Block(out...)}
}

func hasStar(es []ir.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*ir.StarredExpr); ok {
			return true
		}
	}
	return false
}

// assignTo stores the value v (evaluated once) into target.
func (g *gen) assignTo(fc *fctx, target ir.Expr, v jen.Code) []jen.Code {
	switch t := target.(type) {
	case *ir.VarRef:
		return g.storeVar(fc, t.Var, v)
	case *ir.AttrExpr:
		return []jen.Code{jen.Qual(genPkg, "SetAttr").Call(g.expr(fc, t.X), jen.Lit(t.Name), v)}
	case *ir.IndexExpr:
		// Python evaluates the value before the container and the key.
		tmp := g.newTmp()
		return []jen.Code{jen.Block(
			jen.Id(tmp).Op(":=").Add(v),
			jen.Qual(rtPkg, "SetItem").Call(g.expr(fc, t.X), g.index(fc, t.Index), jen.Id(tmp)),
		)}
	case *ir.TupleLit:
		return g.unpack(fc, t.Elts, v)
	case *ir.ListLit:
		return g.unpack(fc, t.Elts, v)
	case *ir.StarredExpr:
		g.errorf(t.Pos, "starred assignment target must be in a list or tuple")
		return nil
	case *ir.ModRef:
		// json.loads = f: rebinds the attribute of this VM's module object
		// (a sub-VM has its own modules, so the caller's stay intact).
		if i := strings.LastIndexByte(t.Path, '.'); i > 0 && !isGenlayer(t.Path) {
			tmp := g.newTmp()
			return []jen.Code{jen.Block(
				jen.Id(tmp).Op(":=").Add(v),
				jen.Qual(genPkg, "SetAttr").Call(jen.Qual(genPkg, "ModAttr").Call(jen.Lit(t.Path[:i])), jen.Lit(t.Path[i+1:]), jen.Id(tmp)),
			)}
		}
	}
	g.errorf(target.ExprPos(), "cannot assign to %T", target)
	return nil
}

func (g *gen) unpack(fc *fctx, elts []ir.Expr, v jen.Code) []jen.Code {
	tmp := g.newTmp()
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ir.StarredExpr); ok {
			star = i
		}
	}
	var out []jen.Code
	if star < 0 {
		out = append(out, jen.Id(tmp).Op(":=").Qual(rtPkg, "Unpack").Call(v, jen.Lit(len(elts))))
		for i, e := range elts {
			out = append(out, g.assignTo(fc, e, jen.Id(tmp).Index(jen.Lit(i)))...)
		}
		return []jen.Code{jen.Block(out...)}
	}
	b, m, a := g.newTmp(), g.newTmp(), g.newTmp()
	out = append(out, jen.List(jen.Id(b), jen.Id(m), jen.Id(a)).Op(":=").Qual(rtPkg, "UnpackStar").Call(v, jen.Lit(star), jen.Lit(len(elts)-star-1)))
	out = append(out, blank([]jen.Code{jen.Id(b), jen.Id(a)}))
	for i, e := range elts {
		switch {
		case i < star:
			out = append(out, g.assignTo(fc, e, jen.Id(b).Index(jen.Lit(i)))...)
		case i == star:
			out = append(out, g.assignTo(fc, e.(*ir.StarredExpr).X, jen.Id(m))...)
		default:
			out = append(out, g.assignTo(fc, e, jen.Id(a).Index(jen.Lit(i-star-1)))...)
		}
	}
	return []jen.Code{jen.Block(out...)}
}

// storeVar assigns v to a variable.
func (g *gen) storeVar(fc *fctx, v *ir.Var, val jen.Code) []jen.Code {
	switch v.Class {
	case ir.VarClassAttr:
		if fc.ns != "" {
			return []jen.Code{jen.Id(fc.ns).Dot("Set").Call(jen.Lit(v.Name), val)}
		}
	case ir.VarBuiltin, ir.VarUnresolved:
		g.errorf(frontend.Pos{}, "cannot assign to %s", v.Name)
		return nil
	}
	if r := g.varRepr(v); r >= rInt {
		return []jen.Code{jen.Id(g.varName(v)).Op("=").Qual(genPkg, "Unbox"+[...]string{rInt: "Int", rFloat: "Float", rStr: "Str", rBool: "Bool"}[r]).Call(val)}
	}
	return []jen.Code{jen.Id(g.varName(v)).Op("=").Add(val)}
}

// unbindVar deletes a variable without checking it was bound.
func (g *gen) unbindVar(fc *fctx, v *ir.Var) []jen.Code {
	if v.Class == ir.VarClassAttr && fc.ns != "" {
		return []jen.Code{jen.Id(fc.ns).Dot("Delete").Call(jen.Lit(v.Name))}
	}
	return []jen.Code{jen.Id(g.varName(v)).Op("=").Nil()}
}

func (g *gen) augAssign(fc *fctx, x *ir.AugAssign) []jen.Code {
	op := jen.Qual(rtPkg, binOps[x.Op])
	switch t := x.Target.(type) {
	case *ir.VarRef:
		if r := g.varRepr(t.Var); r >= rInt {
			c, _ := g.tbinary(fc, &ir.Binary{Op: x.Op, L: t, R: x.Value}, r)
			return []jen.Code{jen.Id(g.varName(t.Var)).Op("=").Add(c)}
		}
		cur := g.loadVar(fc, t.Var)
		return g.storeVar(fc, t.Var, jen.Qual(rtPkg, "InPlace").Call(op, cur, g.expr(fc, x.Value)))
	case *ir.AttrExpr:
		o := g.newTmp()
		return []jen.Code{jen.Block(
			jen.Id(o).Op(":=").Add(g.expr(fc, t.X)),
			jen.Qual(genPkg, "SetAttr").Call(jen.Id(o), jen.Lit(t.Name),
				jen.Qual(rtPkg, "InPlace").Call(op, jen.Qual(genPkg, "GetAttr").Call(jen.Id(o), jen.Lit(t.Name)), g.expr(fc, x.Value))),
		)}
	case *ir.IndexExpr:
		o, k := g.newTmp(), g.newTmp()
		return []jen.Code{jen.Block(
			jen.Id(o).Op(":=").Add(g.expr(fc, t.X)),
			jen.Id(k).Op(":=").Add(g.index(fc, t.Index)),
			jen.Qual(rtPkg, "SetItem").Call(jen.Id(o), jen.Id(k),
				jen.Qual(rtPkg, "InPlace").Call(op, jen.Qual(rtPkg, "GetItem").Call(jen.Id(o), jen.Id(k)), g.expr(fc, x.Value))),
		)}
	}
	g.errorf(x.Pos, "illegal target for augmented assignment")
	return nil
}

func (g *gen) del(fc *fctx, target ir.Expr) []jen.Code {
	switch t := target.(type) {
	case *ir.VarRef:
		if t.Var.Class == ir.VarClassAttr && fc.ns != "" {
			return []jen.Code{jen.Id(fc.ns).Dot("Delete").Call(jen.Lit(t.Var.Name))}
		}
		return []jen.Code{jen.Id("_").Op("=").Add(g.loadVar(fc, t.Var)), jen.Id(g.varName(t.Var)).Op("=").Nil()}
	case *ir.AttrExpr:
		return []jen.Code{jen.Qual(genPkg, "DelAttr").Call(g.expr(fc, t.X), jen.Lit(t.Name))}
	case *ir.IndexExpr:
		return []jen.Code{jen.Qual(rtPkg, "DelItem").Call(g.expr(fc, t.X), g.index(fc, t.Index))}
	case *ir.TupleLit:
		var out []jen.Code
		for _, e := range t.Elts {
			out = append(out, g.del(fc, e)...)
		}
		return out
	case *ir.ListLit:
		var out []jen.Code
		for _, e := range t.Elts {
			out = append(out, g.del(fc, e)...)
		}
		return out
	}
	g.errorf(target.ExprPos(), "cannot delete %T", target)
	return nil
}

// ---- classes ----

func (g *gen) classStmt(fc *fctx, x *ir.ClassStmt) []jen.Code {
	cd := x.Class
	g.classVar[cd.Class] = x.Var
	ns := g.unique("ns")
	var bases []jen.Code
	for _, b := range cd.Bases {
		bases = append(bases, g.expr(fc, b))
	}
	inner := *fc
	inner.ns = ns
	inner.class = cd
	body := g.stmts(&inner, cd.Body)
	fc.retUsed = fc.retUsed || inner.retUsed
	qual := cd.Class.Name
	if q := qualOfClass(fc, cd); q != "" {
		qual = q
	}
	var v jen.Code = jen.Qual(genPkg, "MakeClass").Call(jen.Lit(cd.Class.Name), jen.Lit(qual), jen.Index().Add(rtValue()).Values(bases...), jen.Id(ns))
	isDataclass := false
	for i := len(cd.Decos) - 1; i >= 0; i-- {
		if dc, opts := dataclassDeco(cd.Decos[i]); dc {
			isDataclass = true
			v = g.dataclass(fc, cd, v, opts)
			continue
		}
		v = jen.Qual(genPkg, "Call").Call(g.expr(fc, cd.Decos[i]), jen.Index().Add(rtValue()).Values(v), jen.Nil())
	}
	_ = isDataclass
	out := []jen.Code{jen.Id(ns).Op(":=").Op("&").Qual(genPkg, "Namespace").Values()}
	out = append(out, body...)
	out = append(out, g.storeVar(fc, x.Var, v)...)
	return []jen.Code{jen.Block(out...)}
}

func qualOfClass(fc *fctx, cd *ir.ClassDecl) string {
	if fc.fn != nil && !fc.isInit {
		return fc.fn.Qual + ".<locals>." + cd.Class.Name
	}
	if fc.class != nil {
		return fc.class.Class.Name + "." + cd.Class.Name
	}
	return ""
}

// dataclassDeco recognises @dataclass and @dataclass(...).
func dataclassDeco(e ir.Expr) (bool, []ir.Keyword) {
	isDC := func(e ir.Expr) bool {
		switch x := e.(type) {
		case *ir.VarRef:
			return x.Var.Ent.Kind == ir.EntExt && x.Var.Ent.Path == "dataclasses.dataclass"
		case *ir.ModRef:
			return x.Path == "dataclasses.dataclass"
		}
		return false
	}
	if isDC(e) {
		return true, nil
	}
	if c, ok := e.(*ir.Call); ok && isDC(c.Fn) && len(c.Args) == 0 {
		return true, c.Kw
	}
	return false, nil
}

// dataclass applies @dataclass(opts) to the class value v.
func (g *gen) dataclass(fc *fctx, cd *ir.ClassDecl, v jen.Code, opts []ir.Keyword) jen.Code {
	o := map[string]bool{"Init": true, "Repr": true, "Eq": true}
	for _, k := range opts {
		c, ok := k.Value.(*ir.Const)
		b, isBool := c.Value.(bool)
		if !ok || !isBool {
			g.errorf(k.Value.ExprPos(), "@dataclass options must be True or False literals")
			continue
		}
		switch k.Name {
		case "init", "repr", "eq", "order", "frozen":
			o[string(k.Name[0]-32)+k.Name[1:]] = b
		case "kw_only":
			o["KwOnly"] = b
		default:
			g.errorf(k.Value.ExprPos(), "@dataclass(%s=...) is not supported yet", k.Name)
		}
	}
	var names []jen.Code
	for _, s := range cd.Body {
		switch x := s.(type) {
		case *ir.Declare:
			names = append(names, jen.Lit(x.Var.Name))
		case *ir.Assign:
			if x.Ann != nil && len(x.Targets) == 1 {
				if vr, ok := x.Targets[0].(*ir.VarRef); ok {
					if x.Ann.Origin == "typing.ClassVar" {
						continue
					}
					names = append(names, jen.Lit(vr.Var.Name))
				}
			}
		}
	}
	d := jen.Dict{}
	for _, k := range []string{"Init", "Repr", "Eq", "Order", "Frozen", "KwOnly"} {
		if o[k] {
			d[jen.Id(k)] = jen.True()
		}
	}
	return jen.Qual(genPkg, "Dataclass").Call(v, jen.Index().String().Values(names...), jen.Qual(genPkg, "DataclassOptions").Values(d))
}

// forRange lowers `for target in range(...)` to a loop over unboxed ints.
func (g *gen) forRange(fc *fctx, x *ir.For) []jen.Code {
	c := x.Iter.(*ir.Call)
	var args []jen.Code
	for _, a := range c.Args {
		if g.exprRepr(a) == rInt {
			t, _ := g.texpr(fc, a)
			args = append(args, t)
		} else {
			args = append(args, jen.Qual(rtPkg, "IndexOf").Call(g.expr(fc, a)))
		}
	}
	switch len(args) {
	case 1:
		args = []jen.Code{jen.Qual(rtPkg, "Int").Values(), args[0], jen.Qual(rtPkg, "IntFromInt64").Call(jen.Lit(1))}
	case 2:
		args = append(args, jen.Qual(rtPkg, "IntFromInt64").Call(jen.Lit(1)))
	}
	it, item, ok := g.newTmp(), g.newTmp(), g.newTmp()
	l := g.pushLoop(fc)
	var assign []jen.Code
	if vr, isVar := x.Target.(*ir.VarRef); isVar && g.varRepr(vr.Var) == rInt {
		assign = []jen.Code{jen.Id(g.varName(vr.Var)).Op("=").Id(item)}
	} else {
		assign = g.assignTo(fc, x.Target, jen.Qual(rtPkg, "BoxInt").Call(jen.Id(item)))
	}
	return g.nextLoop(fc, x, l, it, item, ok, assign, jen.Id(it).Op(":=").Qual(genPkg, "NewIntRange").Call(args...))
}

// nextLoop finishes a for loop over an iterator it (declared by init) whose
// Next() yields item and ok: the body and else blocks of x, the assignment
// of item to the target (assign), and the labelled Go loop l, pushed by the
// caller, which nextLoop pops.
func (g *gen) nextLoop(fc *fctx, x *ir.For, l *loopInfo, it, item, ok string, assign []jen.Code, init jen.Code) []jen.Code {
	body := g.chargedBlock(fc, x.Body)
	g.popLoop(fc)
	var els []jen.Code
	if len(x.Else) > 0 {
		els = g.chargedBlock(fc, x.Else)
	}
	l.labelUsed = true
	head := []jen.Code{
		jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Id(it).Dot("Next").Call(),
		jen.If(jen.Op("!").Id(ok)).Block(append(els, jen.Break().Id(l.label))...),
	}
	head = append(head, assign...)
	return []jen.Code{jen.Block(
		init,
		labeled(l, jen.For().Block(append(head, body...)...)),
	)}
}
