package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/genvm-go/genvm/frontend"
	"github.com/genvm-go/genvm/ir"
	"github.com/genvm-go/genvm/rt/fuel"
)

// typingPkg is the typing module's runtime package (generic aliases).
const typingPkg = "github.com/genvm-go/genvm/stdlib/typing"

// fctx is the state of the Go function being generated for one IR function
// (or the module body).
type fctx struct {
	fn     *ir.Function
	isInit bool
	loops  []*loopInfo
	tries  []*tryInfo
	nloops int
	// retVar is the Go variable holding a return value set inside a try
	// closure.
	retVar  string
	retUsed bool
	// lineVar is the Go variable holding the line being executed.
	lineVar string
	// class body being lowered (class attributes live in ns)
	ns    string
	class *ir.ClassDecl
	// method: the class whose method this is (for super())
	methodOf *ir.Class
}

type loopInfo struct {
	id        int
	label     string
	depth     int // len(tries) at the loop
	labelUsed bool
}

type tryInfo struct {
	codes []int
}

func (t *tryInfo) add(code int) {
	for _, c := range t.codes {
		if c == code {
			return
		}
	}
	t.codes = append(t.codes, code)
}

// blockCost is the static fuel cost of a straight-line block of n statements.
func blockCost(n int) uint64 { return fuel.Block + uint64(n)*fuel.Op }

func charge(n uint64) jen.Code { return jen.Qual(fuelPkg, "Charge").Call(jen.Lit(int(n))) }

// function lowers fn's body to Go statements (for the module body: the
// statements of Run; otherwise the body of a Go function taking the
// parameters as Go variables).
func (g *gen) function(fn *ir.Function, isInit bool) []jen.Code {
	fc := &fctx{fn: fn, isInit: isInit}
	if fn.Src != nil && fn.Src.Class != nil {
		fc.methodOf = fn.Src.Class
	}
	fc.retVar = g.unique("ret")
	fc.lineVar = g.unique("line")
	var out []jen.Code
	lineRef := jen.Op("&").Id(fc.lineVar)
	if isInit {
		out = append(out, jen.Var().Id(fc.lineVar).Int())
		out = append(out, jen.Defer().Qual(genPkg, "Frame").Call(lineRef, jen.Lit(g.opts.File), jen.Lit("<module>")))
		out = append(out, charge(blockCost(len(fn.Body))))
	} else {
		g.inferLocals(fn)
		out = append(out, charge(fuel.Call+blockCost(len(fn.Body))))
		out = append(out, jen.Var().Id(fc.lineVar).Int())
		out = append(out, jen.Qual(rtPkg, "Enter").Call(), jen.Defer().Qual(genPkg, "Leave").Call(lineRef, jen.Lit(g.opts.File), jen.Lit(fn.Name)))
		if unbox, fit := g.unboxParams(fn); len(unbox) > 0 {
			// Python does not check annotations: an argument that does
			// not fit its parameter's unboxed representation runs the
			// body lowered again with everything boxed
			out = append(out, unbox...)
			out = append(out, jen.If(jen.Op("!").Parens(fit)).Block(g.boxedTwin(fc)...))
		}
		var decl []jen.Code
		var uses []jen.Code
		for _, v := range fn.Locals {
			if v.Param || v.Class == ir.VarGlobal || v.Class == ir.VarClassAttr {
				continue
			}
			n := g.varName(v)
			decl = append(decl, jen.Id(n).Add(g.varRepr(v).goType()))
			uses = append(uses, jen.Id(n))
		}
		if len(decl) > 0 {
			out = append(out, jen.Var().Defs(decl...))
			out = append(out, blank(uses))
		}
	}
	body := g.stmts(fc, fn.Body)
	if fc.retUsed {
		out = append(out, jen.Var().Id(fc.retVar).Add(rtValue()))
	}
	out = append(out, body...)
	if !isInit {
		out = append(out, jen.Return(jen.Qual(rtPkg, "None")))
	}
	return out
}

// boxedTwin lowers fc's function body again with every local of the
// function and of the functions nested in it boxed (rt.Value): what runs
// when an argument does not fit an unboxed parameter. The representations
// are restored afterwards, so the typed body that follows is unchanged.
func (g *gen) boxedTwin(fc *fctx) []jen.Code {
	fn := fc.fn
	type saved struct {
		v *ir.Var
		r repr
	}
	var undo []saved
	var unboxed []*ir.Var
	for _, p := range fn.Params {
		if _, ok := g.typedParam(p.Var); ok {
			unboxed = append(unboxed, p.Var)
		}
	}
	for _, f := range g.p.Funcs { // a slice: no map order
		inside := false
		for a := f; a != nil; a = a.Parent {
			if a == fn {
				inside = true
				break
			}
		}
		if !inside {
			continue
		}
		g.inferLocals(f) // infer in the typed context, then box
		for _, v := range f.Locals {
			if r, ok := g.vrepr[v]; ok && r != rDyn {
				undo = append(undo, saved{v, r})
				g.vrepr[v] = rDyn
			}
		}
	}
	defer func() {
		for _, u := range undo {
			g.vrepr[u.v] = u.r
		}
	}()
	tw := &fctx{fn: fn, isInit: false, methodOf: fc.methodOf, retVar: g.unique("ret"), lineVar: fc.lineVar}
	var out []jen.Code
	for _, v := range unboxed {
		n := g.varName(v)
		out = append(out, jen.Id(n).Op(":=").Id(n+"_in"), jen.Id("_").Op("=").Id(n))
	}
	out = append(out, g.declareLocals(fn)...)
	body := g.stmts(tw, fn.Body)
	if tw.retUsed {
		out = append(out, jen.Var().Id(tw.retVar).Add(rtValue()))
	}
	out = append(out, body...)
	return append(out, jen.Return(jen.Qual(rtPkg, "None")))
}

// localsOf declares the locals of a function lowered inline (generator
// expressions).
func (g *gen) declareLocals(fn *ir.Function) []jen.Code {
	var decl, uses []jen.Code
	for _, v := range fn.Locals {
		if v.Param || v.Class == ir.VarGlobal || v.Class == ir.VarClassAttr {
			continue
		}
		n := g.varName(v)
		decl = append(decl, jen.Id(n).Add(rtValue()))
		uses = append(uses, jen.Id(n))
	}
	if len(decl) == 0 {
		return nil
	}
	return []jen.Code{jen.Var().Defs(decl...), blank(uses)}
}

// sigOf returns the hoisted *gen.Sig of fn.
func (g *gen) sigOf(fn *ir.Function) jen.Code {
	if n, ok := g.sigs[fn]; ok {
		return jen.Id(n)
	}
	var names []jen.Code
	npos, posOnly, kwOnly := 0, 0, 0
	varArgs, varKw := false, false
	for _, p := range fn.Params {
		names = append(names, jen.Lit(p.Var.Name))
		switch p.Kind {
		case ir.ParamPosOnly:
			npos++
			posOnly++
		case ir.ParamNormal:
			npos++
		case ir.ParamVarArgs:
			varArgs = true
		case ir.ParamKwOnly:
			kwOnly++
		case ir.ParamVarKw:
			varKw = true
		}
	}
	d := jen.Dict{jen.Id("NPos"): jen.Lit(npos)}
	if len(names) > 0 {
		d[jen.Id("Names")] = jen.Index().String().Values(names...)
	}
	if posOnly > 0 {
		d[jen.Id("PosOnly")] = jen.Lit(posOnly)
	}
	if kwOnly > 0 {
		d[jen.Id("KwOnly")] = jen.Lit(kwOnly)
	}
	if varArgs {
		d[jen.Id("VarArgs")] = jen.True()
	}
	if varKw {
		d[jen.Id("VarKw")] = jen.True()
	}
	n := g.unique("sig_" + mangle(fn.Qual))
	g.sigs[fn] = n
	g.constDefs = append(g.constDefs, jen.Id(n).Op("=").Op("&").Qual(genPkg, "Sig").Values(d))
	return jen.Id(n)
}

// funcValue returns an expression creating the function object of fn
// (defaults evaluated now, in the enclosing function fc).
func (g *gen) funcValue(fc *fctx, fn *ir.Function) jen.Code {
	var defs, kwdefs []jen.Code
	hasKw := false
	for _, p := range fn.Params {
		switch p.Kind {
		case ir.ParamPosOnly, ir.ParamNormal:
			if p.Default != nil {
				defs = append(defs, g.expr(fc, p.Default))
			}
		case ir.ParamKwOnly:
			hasKw = true
			if p.Default != nil {
				kwdefs = append(kwdefs, g.expr(fc, p.Default))
			} else {
				kwdefs = append(kwdefs, jen.Nil())
			}
		}
	}
	defsC := jen.Code(jen.Nil())
	if len(defs) > 0 {
		defsC = jen.Index().Add(rtValue()).Values(defs...)
	}
	kwC := jen.Code(jen.Nil())
	if hasKw {
		kwC = jen.Index().Add(rtValue()).Values(kwdefs...)
	}
	var impl jen.Code
	if top, ok := g.topName[fn]; ok {
		var args []jen.Code
		for i := range fn.Params {
			args = append(args, jen.Id("a").Index(jen.Lit(i)))
		}
		impl = jen.Func().Params(jen.Id("a").Index().Add(rtValue())).Add(rtValue()).Block(jen.Return(jen.Id(top).Call(args...)))
		g.emitTop(fn, top)
	} else {
		g.inferLocals(fn)
		var pre []jen.Code
		for i, p := range fn.Params {
			n := g.paramName(p.Var)
			pre = append(pre, jen.Id(n).Op(":=").Id("a").Index(jen.Lit(i)), jen.Id("_").Op("=").Id(n))
		}
		body := g.function(fn, false)
		impl = jen.Func().Params(jen.Id("a").Index().Add(rtValue())).Add(rtValue()).Block(append(pre, body...)...)
	}
	var f jen.Code = jen.Qual(genPkg, "NewFunction").Call(jen.Lit(fn.Name), jen.Lit(fn.Qual), g.sigOf(fn), defsC, kwC, impl)
	if cells := g.cellsHook(fn); cells != nil {
		f = jen.Qual(genPkg, "WithCells").Call(f, cells)
	}
	if fn.Annotations {
		f = g.withAnnotations(fc, fn, f)
	}
	return f
}

// withAnnotations wraps the creation f of fn's function object (which
// evaluates the defaults) so that fn's annotations are evaluated next, in
// the enclosing function fc, into the object's __annotations__, as CPython
// 3.13 does: the normal parameters first, then the positional-only ones,
// *args, the keyword-only ones, **kwargs and "return" (dict order too).
func (g *gen) withAnnotations(fc *fctx, fn *ir.Function, f jen.Code) jen.Code {
	fv, dv := g.unique("fnobj"), g.unique("ann")
	body := []jen.Code{jen.Id(fv).Op(":=").Add(f), jen.Id(dv).Op(":=").Qual(rtPkg, "NewDict").Call(jen.Lit(0))}
	set := func(name string, e ir.Expr) {
		if e != nil {
			body = append(body, jen.Id(dv).Dot("Set").Call(jen.Lit(name), g.annotExpr(fc, e)))
		}
	}
	for _, kind := range []ir.ParamKind{ir.ParamNormal, ir.ParamPosOnly, ir.ParamVarArgs, ir.ParamKwOnly, ir.ParamVarKw} {
		for _, p := range fn.Params {
			if p.Kind == kind {
				set(p.Var.Name, p.Annot)
			}
		}
	}
	set("return", fn.RetAnnot)
	body = append(body,
		jen.Qual(rtPkg, "SetAttr").Call(jen.Id(fv), jen.Lit("__annotations__"), jen.Id(dv)),
		jen.Return(jen.Id(fv)))
	return jen.Func().Params().Op("*").Qual(genPkg, "Function").Block(body...).Call()
}

// annotExpr lowers an annotation expression. A subscript of a class
// (list[u256], tuple[gl.evm.InplaceTuple, str]) makes its generic alias
// through typing.ClassGetItem, as type.__getitem__ would (rt.GetItem does
// not subscript classes); tuples, lists and | unions of such subscripts
// are rebuilt around them. Anything else is an ordinary expression.
func (g *gen) annotExpr(fc *fctx, e ir.Expr) jen.Code {
	elts := func(es []ir.Expr) ([]jen.Code, bool) {
		var out []jen.Code
		for _, x := range es {
			if _, star := x.(*ir.StarredExpr); star {
				return nil, false
			}
			out = append(out, g.annotExpr(fc, x))
		}
		return out, true
	}
	switch x := e.(type) {
	case *ir.IndexExpr:
		if _, ok := x.Index.(*ir.SliceExpr); ok {
			break
		}
		sub := jen.Func().Params(jen.Id("x"), jen.Id("k").Add(rtValue())).Add(rtValue()).Block(
			jen.If(jen.List(jen.Id("c"), jen.Id("ok")).Op(":=").Id("x").Assert(jen.Op("*").Qual(rtPkg, "Class")), jen.Id("ok")).Block(
				jen.Return(jen.Qual(typingPkg, "ClassGetItem").Call(jen.Id("c"), jen.Id("k")))),
			jen.Return(jen.Qual(rtPkg, "GetItem").Call(jen.Id("x"), jen.Id("k"))))
		return sub.Call(g.annotExpr(fc, x.X), g.annotExpr(fc, x.Index))
	case *ir.TupleLit:
		if es, ok := elts(x.Elts); ok {
			return jen.Qual(rtPkg, "NewTuple").Call(es...)
		}
	case *ir.ListLit:
		if es, ok := elts(x.Elts); ok {
			return jen.Qual(rtPkg, "NewList").Call(jen.Index().Add(rtValue()).Values(es...))
		}
	case *ir.Binary:
		if x.Op == frontend.BitOr {
			return jen.Qual(rtPkg, "Binary").Call(jen.Qual(rtPkg, "OpOr"), g.annotExpr(fc, x.L), g.annotExpr(fc, x.R))
		}
	}
	return g.expr(fc, e)
}

// cellsHook returns the function through which the runtime swaps the
// variables fn captures for deep copies while fn runs in a sub-VM, as
// GenVM's cloudpickle copies a closure's cells (nil if fn captures
// nothing). Boxed variables are copied; unboxed ones (immutable) are only
// saved, so that a nonlocal rebinding inside the sub-VM is undone.
func (g *gen) cellsHook(fn *ir.Function) jen.Code {
	if len(fn.Free) == 0 {
		return nil
	}
	var body []jen.Code
	seen := map[string]bool{}
	for _, v := range fn.Free {
		n := g.varName(v)
		if seen[n] {
			continue
		}
		seen[n] = true
		if r := g.varRepr(rootVar(v)); r != rDyn && r != rUnknown {
			body = append(body, jen.Qual(genPkg, "KeepCell").Call(jen.Id("c"), jen.Op("&").Id(n)))
		} else {
			body = append(body, jen.Id("c").Dot("Cell").Call(jen.Op("&").Id(n)))
		}
	}
	return jen.Func().Params(jen.Id("c").Op("*").Qual(genPkg, "Copier")).Block(body...)
}

// emitTop generates the top-level Go function of fn.
func (g *gen) emitTop(fn *ir.Function, name string) {
	g.inferLocals(fn)
	var params []jen.Code
	for _, p := range fn.Params {
		params = append(params, jen.Id(g.paramName(p.Var)).Add(rtValue()))
	}
	body := g.function(fn, false)
	g.funcs = append(g.funcs, jen.Comment(name+" is "+fn.Qual+"."), jen.Func().Id(name).Params(params...).Add(rtValue()).Block(body...))
}

// blank marks variables as used (`_, _ = a, b`).
func blank(uses []jen.Code) jen.Code {
	var ids []jen.Code
	for range uses {
		ids = append(ids, jen.Id("_"))
	}
	return jen.List(ids...).Op("=").List(uses...)
}
