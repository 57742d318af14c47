package codegen

import (
	"github.com/dave/jennifer/jen"
	"github.com/genvm-go/genvm/ir"
)

// args lowers call arguments to ([]rt.Value, []rt.KW) expressions,
// handling *args and **kwargs.
func (g *gen) args(fc *fctx, fname string, x *ir.Call) (jen.Code, jen.Code) {
	var posC jen.Code
	if len(x.Args) == 0 {
		posC = jen.Nil()
	} else {
		posC = g.callItems(fc, x.Args)
	}
	if len(x.Kw) == 0 {
		return posC, jen.Nil()
	}
	simple := true
	for _, k := range x.Kw {
		if k.Name == "" {
			simple = false
		}
	}
	if simple {
		var kws []jen.Code
		for _, k := range x.Kw {
			kws = append(kws, jen.Values(jen.Lit(k.Name), g.expr(fc, k.Value)))
		}
		return posC, jen.Index().Qual(rtPkg, "KW").Values(kws...)
	}
	t := g.newTmp()
	body := []jen.Code{jen.Var().Id(t).Index().Qual(rtPkg, "KW")}
	for _, k := range x.Kw {
		if k.Name == "" {
			body = append(body, jen.Id(t).Op("=").Qual(genPkg, "StarKwargs").Call(jen.Lit(fname), jen.Id(t), g.expr(fc, k.Value)))
		} else {
			body = append(body, jen.Id(t).Op("=").Append(jen.Id(t), jen.Qual(rtPkg, "KW").Values(jen.Lit(k.Name), g.expr(fc, k.Value))))
		}
	}
	body = append(body, jen.Return(jen.Id(t)))
	return posC, jen.Func().Params().Index().Qual(rtPkg, "KW").Block(body...).Call()
}

func (g *gen) callItems(fc *fctx, elts []ir.Expr) jen.Code {
	if !hasStar(elts) {
		return g.items(fc, elts)
	}
	t := g.newTmp()
	body := []jen.Code{jen.Var().Id(t).Index().Add(rtValue())}
	for _, e := range elts {
		if s, ok := e.(*ir.StarredExpr); ok {
			body = append(body, jen.Id(t).Op("=").Qual(genPkg, "StarArgs").Call(jen.Id(t), g.expr(fc, s.X)))
		} else {
			body = append(body, jen.Id(t).Op("=").Append(jen.Id(t), g.expr(fc, e)))
		}
	}
	body = append(body, jen.Return(jen.Id(t)))
	return jen.Func().Params().Index().Add(rtValue()).Block(body...).Call()
}

func (g *gen) call(fc *fctx, x *ir.Call) jen.Code {
	// super() inside a method
	if vr, ok := x.Fn.(*ir.VarRef); ok && vr.Var.Class == ir.VarBuiltin && vr.Var.Name == "super" && len(x.Args) == 0 && len(x.Kw) == 0 {
		return g.super(fc, x)
	}
	if x.Kind == ir.CallFunc && x.Func != nil && g.direct[x.Func] {
		if c := g.directCall(fc, x); c != nil {
			return c
		}
	}
	if x.Kind == ir.CallBuiltin {
		if c := g.builtinCall(fc, x); c != nil {
			return c
		}
	}
	if a, ok := x.Fn.(*ir.AttrExpr); ok {
		if a.Name == "append" && len(x.Args) == 1 && len(x.Kw) == 0 && !hasStar(x.Args) {
			// list.append without an argument slice; other receivers take the generic path
			return jen.Qual(genPkg, "Append").Call(g.expr(fc, a.X), g.expr(fc, x.Args[0]))
		}
		pos, kw := g.args(fc, a.Name, x)
		return jen.Qual(genPkg, "CallAttr").Call(g.expr(fc, a.X), jen.Lit(a.Name), pos, kw)
	}
	pos, kw := g.args(fc, "function", x)
	return jen.Qual(genPkg, "Call").Call(g.expr(fc, x.Fn), pos, kw)
}

// directCall calls a module-level function's Go function directly when the
// arguments bind statically (positional, in order; missing ones take the
// defaults of the function object).
func (g *gen) directCall(fc *fctx, x *ir.Call) jen.Code {
	fn := x.Func
	if len(x.Kw) > 0 || hasStar(x.Args) || len(x.Args) > len(fn.Params) {
		return nil
	}
	ndef := 0
	for _, p := range fn.Params {
		if p.Default != nil {
			ndef++
		}
	}
	if len(x.Args) < len(fn.Params)-ndef {
		return nil
	}
	vr, ok := x.Fn.(*ir.VarRef)
	if !ok {
		return nil
	}
	var args []jen.Code
	for _, a := range x.Args {
		args = append(args, g.expr(fc, a))
	}
	first := len(fn.Params) - ndef
	for i := len(x.Args); i < len(fn.Params); i++ {
		args = append(args, jen.Qual(genPkg, "G").Call(jen.Id(g.varName(vr.Var)), jen.Lit(vr.Var.Name)).Assert(jen.Op("*").Qual(genPkg, "Function")).Dot("Defaults").Index(jen.Lit(i-first)))
	}
	// Python looks the name up before evaluating the arguments: calling a
	// function before its def statement ran is a NameError.
	return jen.Func().Params().Add(rtValue()).Block(
		jen.Id("_").Op("=").Qual(genPkg, "G").Call(jen.Id(g.varName(vr.Var)), jen.Lit(vr.Var.Name)),
		jen.Return(jen.Id(g.topName[fn]).Call(args...)),
	).Call()
}

func (g *gen) super(fc *fctx, x *ir.Call) jen.Code {
	var fn *ir.Function
	for f := fc.fn; f != nil; f = f.Parent {
		if f.Src != nil && f.Src.Class != nil {
			fn = f
			break
		}
	}
	if fn == nil || len(fn.Params) == 0 {
		g.errorf(x.Pos, "super(): no arguments")
		return jen.Nil()
	}
	cv := g.classVar[fn.Src.Class]
	if cv == nil {
		g.errorf(x.Pos, "super(): class not found")
		return jen.Nil()
	}
	self := fn.Params[0].Var
	var selfC jen.Code
	if fn == fc.fn {
		selfC = g.loadVar(fc, self)
	} else {
		g.errorf(x.Pos, "super() in a nested function is not supported yet")
		return jen.Nil()
	}
	return jen.Qual(genPkg, "NewSuper").Call(g.loadVar(fc, cv), selfC)
}

// builtinCall lowers calls of some builtins without the generic protocol.
func (g *gen) builtinCall(fc *fctx, x *ir.Call) jen.Code {
	vr, ok := x.Fn.(*ir.VarRef)
	if !ok || vr.Var.Class != ir.VarBuiltin || hasStar(x.Args) {
		return nil
	}
	for _, k := range x.Kw {
		if k.Name == "" {
			return nil
		}
	}
	name := vr.Var.Name
	switch name {
	case "print":
		pos, kw := g.args(fc, name, x)
		return jen.Qual(bPkg, "Print").Call(pos, kw)
	case "len":
		if len(x.Args) == 1 && len(x.Kw) == 0 {
			return jen.Qual(rtPkg, "IntFromInt64").Call(jen.Int64().Call(jen.Qual(rtPkg, "Len").Call(g.expr(fc, x.Args[0]))))
		}
	case "next":
		pos, kw := g.args(fc, name, x)
		return jen.Qual(genPkg, "Next").Call(pos, kw)
	case "isinstance":
		pos, kw := g.args(fc, name, x)
		return jen.Qual(bPkg, "Isinstance").Call(pos, kw)
	case "str":
		if len(x.Args) == 1 && len(x.Kw) == 0 {
			if g.exprRepr(x.Args[0]) == rStr {
				c, _ := g.texpr(fc, x.Args[0])
				return jen.Qual(genPkg, "Box").Call(c)
			}
			return jen.Qual(genPkg, "Box").Call(jen.Qual(rtPkg, "Str").Call(g.expr(fc, x.Args[0])))
		}
	case "repr":
		if len(x.Args) == 1 && len(x.Kw) == 0 {
			return jen.Qual(genPkg, "Box").Call(jen.Qual(rtPkg, "Repr").Call(g.expr(fc, x.Args[0])))
		}
	}
	return nil
}
