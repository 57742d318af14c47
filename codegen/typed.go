package codegen

import (
	"math"
	"math/big"

	"github.com/dave/jennifer/jen"
	"github.com/genvm-go/genvm/frontend"
	"github.com/genvm-go/genvm/ir"
)

// This file is the unboxed fast path. Locals of a function whose every
// assignment has the same statically known primitive type (int, float,
// str, bool) become Go variables of that type (rt.Int, float64, string,
// bool), and expressions over them are computed without boxing. The
// representation is decided here from the IR (never trusting an annotation
// alone: Python does not enforce annotations), so the fast path cannot
// change what a program computes.

// repr is the Go representation of a value.
type repr uint8

const (
	rUnknown repr = iota // not decided yet (during inference)
	rDyn                 // rt.Value
	rInt                 // rt.Int
	rFloat               // float64
	rStr                 // string
	rBool                // bool
)

func (r repr) goType() jen.Code {
	switch r {
	case rInt:
		return jen.Qual(rtPkg, "Int")
	case rFloat:
		return jen.Float64()
	case rStr:
		return jen.String()
	case rBool:
		return jen.Bool()
	}
	return rtValue()
}

func join(a, b repr) repr {
	switch {
	case a == rUnknown:
		return b
	case b == rUnknown:
		return a
	case a == b:
		return a
	}
	return rDyn
}

// store is one assignment to a variable, for inference.
type store struct {
	v     *ir.Var
	value ir.Expr // the assigned expression (nil: opaque)
	aug   bool    // v op= value
	op    frontend.Operator
	rng   bool // for v in range(...)
	fixed repr // a parameter's annotated representation
}

// inferLocals decides the representation of fn's plain locals.
func (g *gen) inferLocals(fn *ir.Function) {
	if g.inferred[fn] {
		return
	}
	g.inferred[fn] = true
	cand := map[*ir.Var]bool{}
	params := map[*ir.Var]repr{}
	for _, v := range fn.Locals {
		if v.Class == ir.VarLocal && !v.Param && v.Fn == fn {
			cand[v] = true
		}
	}
	for _, p := range fn.Params {
		v := p.Var
		if v.Class != ir.VarLocal || (p.Kind != ir.ParamNormal && p.Kind != ir.ParamPosOnly && p.Kind != ir.ParamKwOnly) {
			continue
		}
		if r := annRepr(v.Type); r != rDyn {
			cand[v] = true
			params[v] = r
		}
	}
	if len(cand) == 0 {
		return
	}
	var stores []store
	for _, p := range fn.Params { // in parameter order: no map iteration
		if r, ok := params[p.Var]; ok {
			stores = append(stores, store{v: p.Var, fixed: r})
		}
	}
	add := func(target ir.Expr, s store) {
		if vr, ok := target.(*ir.VarRef); ok {
			if cand[vr.Var] {
				s.v = vr.Var
				stores = append(stores, s)
			}
			return
		}
		// unpacking: every variable inside is opaque
		walkTargets(target, func(v *ir.Var) {
			if cand[v] {
				stores = append(stores, store{v: v})
			}
		})
	}
	var walkExpr func(e ir.Expr)
	var walk func(ss []ir.Stmt)
	walkExpr = func(e ir.Expr) {
		walkIR(e, func(x ir.Expr) bool {
			switch c := x.(type) {
			case *ir.Comp:
				if c.Fn != nil {
					return false
				}
				for _, gf := range c.Gens {
					add(gf.Target, store{rng: isRangeCall(gf.Iter)})
				}
			case *ir.NamedExpr:
				if c.Target != nil {
					add(c.Target, store{})
				}
			case *ir.LambdaExpr:
				return false
			}
			return true
		})
	}
	walk = func(ss []ir.Stmt) {
		for _, s := range ss {
			switch x := s.(type) {
			case *ir.Assign:
				walkExpr(x.Value)
				for _, t := range x.Targets {
					if len(x.Targets) == 1 {
						add(t, store{value: x.Value})
					} else {
						add(t, store{})
					}
				}
			case *ir.AugAssign:
				walkExpr(x.Value)
				add(x.Target, store{value: x.Value, aug: true, op: x.Op})
			case *ir.ExprStmt:
				walkExpr(x.X)
			case *ir.Return:
				if x.Value != nil {
					walkExpr(x.Value)
				}
			case *ir.If:
				walkExpr(x.Cond)
				walk(x.Then)
				walk(x.Else)
			case *ir.While:
				walkExpr(x.Cond)
				walk(x.Body)
				walk(x.Else)
			case *ir.For:
				walkExpr(x.Iter)
				add(x.Target, store{rng: isRangeCall(x.Iter)})
				walk(x.Body)
				walk(x.Else)
			case *ir.Try:
				walk(x.Body)
				for _, h := range x.Handlers {
					if h.Var != nil && cand[h.Var] {
						stores = append(stores, store{v: h.Var})
					}
					walk(h.Body)
				}
				walk(x.Else)
				walk(x.Finally)
			case *ir.With:
				for _, it := range x.Items {
					walkExpr(it.Ctx)
					if it.Target != nil {
						add(it.Target, store{})
					}
				}
				walk(x.Body)
			case *ir.Delete:
				for _, t := range x.Targets {
					add(t, store{})
				}
			case *ir.DefStmt:
				add(&ir.VarRef{Var: x.Var}, store{})
			case *ir.ClassStmt:
				add(&ir.VarRef{Var: x.Var}, store{})
			case *ir.Import:
				add(&ir.VarRef{Var: x.Var}, store{})
			case *ir.Raise, *ir.Assert:
			}
		}
	}
	walk(fn.Body)
	for v := range cand {
		g.vrepr[v] = rUnknown
	}
	for iter := 0; iter < 8; iter++ {
		changed := false
		next := map[*ir.Var]repr{}
		for _, s := range stores {
			next[s.v] = join(next[s.v], g.storeRepr(s))
		}
		for v := range cand {
			r := next[v]
			if r != g.vrepr[v] {
				g.vrepr[v] = r
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	for v := range cand {
		if r := g.vrepr[v]; r == rUnknown {
			g.vrepr[v] = rDyn
		}
	}
	// A variable that may be read while unbound stays boxed (UnboundLocalError).
	safe := definitelyAssigned(fn)
	for v := range cand {
		if _, isParam := params[v]; !safe[v] && !isParam {
			g.vrepr[v] = rDyn
		}
	}
	// Settle: a store whose repr differs from its variable's makes it dynamic.
	for {
		changed := false
		for _, s := range stores {
			if g.vrepr[s.v] == rDyn {
				continue
			}
			if r := g.storeRepr(s); r != g.vrepr[s.v] {
				g.vrepr[s.v] = rDyn
				changed = true
			}
		}
		if !changed {
			break
		}
	}
}

func (g *gen) storeRepr(s store) repr {
	switch {
	case s.fixed != rUnknown:
		return s.fixed
	case s.rng:
		return rInt
	case s.value == nil:
		return rDyn
	case s.aug:
		return binRepr(s.op, g.vrepr[s.v], g.exprRepr(s.value))
	}
	return g.exprRepr(s.value)
}

// annRepr is the representation an annotated parameter gets: int-like and
// str parameters are unboxed at function entry (float is not: Python code
// routinely passes ints to float parameters). Python does not check
// annotations, so a call whose argument has another type (a bool for an
// int included) runs a boxed twin of the body (boxedTwin).
func annRepr(t *ir.Type) repr {
	switch {
	case t == nil:
		return rDyn
	case t.IsIntLike():
		return rInt
	case t.Kind == ir.StrT:
		return rStr
	}
	return rDyn
}

// typedParam reports whether parameter v is unboxed, and its repr.
func (g *gen) typedParam(v *ir.Var) (repr, bool) {
	if !v.Param {
		return rDyn, false
	}
	r := g.varRepr(v)
	return r, r >= rInt
}

// paramName is the Go name of a parameter as the function receives it
// (boxed): the variable's own name, or <name>_in when it is unboxed at entry.
func (g *gen) paramName(v *ir.Var) string {
	if _, ok := g.typedParam(v); ok {
		return g.varName(v) + "_in"
	}
	return g.varName(v)
}

// unboxParams converts the unboxed parameters at function entry; fit is
// the Go condition that every argument had the representation (the
// caller runs the boxed twin of the body when it is false).
func (g *gen) unboxParams(fn *ir.Function) (out []jen.Code, fit jen.Code) {
	var oks []jen.Code
	for _, p := range fn.Params {
		if r, ok := g.typedParam(p.Var); ok {
			n := g.varName(p.Var)
			okv := g.unique("fits")
			out = append(out, jen.List(jen.Id(n), jen.Id(okv)).Op(":=").Id(n+"_in").Assert(r.goType()), jen.Id("_").Op("=").Id(n))
			if len(oks) > 0 {
				oks = append(oks, jen.Op("&&"))
			}
			oks = append(oks, jen.Id(okv))
		}
	}
	return out, jen.Add(oks...)
}

func walkTargets(e ir.Expr, f func(*ir.Var)) {
	switch x := e.(type) {
	case *ir.VarRef:
		f(x.Var)
	case *ir.TupleLit:
		for _, el := range x.Elts {
			walkTargets(el, f)
		}
	case *ir.ListLit:
		for _, el := range x.Elts {
			walkTargets(el, f)
		}
	case *ir.StarredExpr:
		walkTargets(x.X, f)
	}
}

// isRangeCall reports whether e is range(...) of the builtin range with
// one to three positional arguments.
func isRangeCall(e ir.Expr) bool {
	c, ok := e.(*ir.Call)
	if !ok || len(c.Kw) > 0 || len(c.Args) == 0 || len(c.Args) > 3 || hasStar(c.Args) {
		return false
	}
	vr, ok := c.Fn.(*ir.VarRef)
	return ok && vr.Var.Class == ir.VarBuiltin && vr.Var.Name == "range"
}

// varRepr is the representation of a variable (rDyn unless inferred).
func (g *gen) varRepr(v *ir.Var) repr {
	if r, ok := g.vrepr[v]; ok && r != rUnknown {
		return r
	}
	if r, ok := g.vrepr[v]; ok && r == rUnknown {
		return rUnknown
	}
	return rDyn
}

func constRepr(v any) repr {
	switch v.(type) {
	case int64, *big.Int:
		return rInt
	case float64:
		return rFloat
	case string:
		return rStr
	case bool:
		return rBool
	}
	return rDyn
}

func binRepr(op frontend.Operator, a, b repr) repr {
	if a == rUnknown || b == rUnknown {
		return rUnknown
	}
	switch {
	case a == rInt && b == rInt:
		switch op {
		case frontend.Add, frontend.Sub, frontend.Mult, frontend.FloorDiv, frontend.Mod,
			frontend.LShift, frontend.RShift, frontend.BitAnd, frontend.BitOr, frontend.BitXor:
			return rInt
		case frontend.Div:
			return rFloat
		}
	case (a == rFloat || a == rInt) && (b == rFloat || b == rInt):
		switch op {
		case frontend.Add, frontend.Sub, frontend.Mult, frontend.Div, frontend.FloorDiv, frontend.Mod:
			return rFloat
		}
	case a == rStr && b == rStr && op == frontend.Add:
		return rStr
	case a == rStr && b == rInt && op == frontend.Mult:
		return rStr
	}
	return rDyn
}

// exprRepr is the static representation of e's value.
func (g *gen) exprRepr(e ir.Expr) repr {
	switch x := e.(type) {
	case *ir.Const:
		return constRepr(x.Value)
	case *ir.VarRef:
		return g.varRepr(x.Var)
	case *ir.Binary:
		return binRepr(x.Op, g.exprRepr(x.L), g.exprRepr(x.R))
	case *ir.Unary:
		r := g.exprRepr(x.X)
		switch x.Op {
		case frontend.Not:
			return rBool
		case frontend.USub, frontend.UAdd:
			if r == rInt || r == rFloat || r == rUnknown {
				return r
			}
		case frontend.Invert:
			if r == rInt || r == rUnknown {
				return r
			}
		}
		return rDyn
	case *ir.Compare:
		return rBool
	case *ir.FString:
		return rStr
	case *ir.CondExpr:
		a, b := g.exprRepr(x.Then), g.exprRepr(x.Else)
		if a == rUnknown || b == rUnknown {
			return rUnknown
		}
		if a == b {
			return a
		}
	case *ir.Call:
		if vr, ok := x.Fn.(*ir.VarRef); ok && vr.Var.Class == ir.VarBuiltin && vr.Var.Name == "len" && len(x.Args) == 1 && len(x.Kw) == 0 && !hasStar(x.Args) {
			return rInt
		}
	case *ir.BoolOpExpr:
		all := rBool
		for _, v := range x.Values {
			r := g.exprRepr(v)
			if r == rUnknown {
				return rUnknown
			}
			if r != rBool {
				all = rDyn
			}
		}
		return all
	}
	return rDyn
}

// box converts a Go value of representation r to rt.Value.
func box(c jen.Code, r repr) jen.Code {
	switch r {
	case rInt:
		return jen.Qual(rtPkg, "BoxInt").Call(c)
	case rFloat, rStr, rBool:
		return jen.Qual(genPkg, "Box").Call(c)
	}
	return c
}

// texpr lowers an expression whose exprRepr is not rDyn to a Go value of
// that representation.
func (g *gen) texpr(fc *fctx, e ir.Expr) (jen.Code, repr) {
	r := g.exprRepr(e)
	switch x := e.(type) {
	case *ir.Const:
		switch c := x.Value.(type) {
		case int64:
			return g.hoist("ti"+big.NewInt(c).String(), "ki", jen.Qual(rtPkg, "Int"), jen.Qual(rtPkg, "IntFromInt64").Call(jen.Lit(c))), rInt
		case *big.Int:
			return jen.Qual(rtPkg, "IntOf").Call(g.constant(x.Pos, c)), rInt
		case float64:
			bits := math.Float64bits(c)
			return g.hoist("tf"+big.NewInt(0).SetUint64(bits).String(), "kff", jen.Float64(), jen.Qual(mathPkg, "Float64frombits").Call(jen.Lit(bits))), rFloat
		case string:
			return jen.Lit(c), rStr
		case bool:
			return jen.Lit(c), rBool
		}
	case *ir.VarRef:
		return jen.Id(g.varName(x.Var)), r
	case *ir.Binary:
		return g.tbinary(fc, x, r)
	case *ir.Unary:
		switch x.Op {
		case frontend.Not:
			return jen.Op("!").Parens(g.truth(fc, x.X)), rBool
		case frontend.USub:
			c, xr := g.texpr(fc, x.X)
			if xr == rInt {
				return jen.Add(c).Dot("Neg").Call(), rInt
			}
			return jen.Op("-").Parens(c), rFloat
		case frontend.UAdd:
			return g.texpr(fc, x.X)
		case frontend.Invert:
			c, _ := g.texpr(fc, x.X)
			return jen.Add(c).Dot("Invert").Call(), rInt
		}
	case *ir.Compare:
		return g.compareBool(fc, x), rBool
	case *ir.FString:
		return jen.Qual(rtPkg, "Str").Call(g.fstring(fc, x)), rStr
	case *ir.CondExpr:
		t, _ := g.texpr(fc, x.Then)
		f, _ := g.texpr(fc, x.Else)
		return jen.Func().Params().Add(r.goType()).Block(
			jen.If(g.truth(fc, x.Cond)).Block(jen.Return(t)),
			jen.Return(f),
		).Call(), r
	case *ir.Call:
		return jen.Qual(rtPkg, "IntFromInt64").Call(jen.Int64().Call(jen.Qual(rtPkg, "Len").Call(g.expr(fc, x.Args[0])))), rInt
	case *ir.BoolOpExpr:
		return g.truth(fc, x), rBool
	}
	return g.expr(fc, e), rDyn
}

// tcoerce converts a typed operand to float64 (ints are converted with
// OverflowError for huge values, as Python does).
func tfloat(c jen.Code, r repr) jen.Code {
	if r == rInt {
		return jen.Qual(rtPkg, "IntToFloat").Call(c)
	}
	return c
}

var intMethods = map[frontend.Operator]string{
	frontend.Add: "Add", frontend.Sub: "Sub", frontend.Mult: "Mul", frontend.FloorDiv: "FloorDiv", frontend.Mod: "Mod",
	frontend.LShift: "Lsh", frontend.RShift: "Rsh", frontend.BitAnd: "And", frontend.BitOr: "Or", frontend.BitXor: "Xor",
	frontend.Div: "TrueDiv",
}

func (g *gen) tbinary(fc *fctx, x *ir.Binary, r repr) (jen.Code, repr) {
	a, ar := g.texpr(fc, x.L)
	b, br := g.texpr(fc, x.R)
	switch {
	case ar == rInt && br == rInt:
		return jen.Add(a).Dot(intMethods[x.Op]).Call(b), r
	case r == rFloat:
		fa, fb := tfloat(a, ar), tfloat(b, br)
		switch x.Op {
		case frontend.Add:
			return jen.Parens(jen.Add(fa).Op("+").Add(fb)), rFloat
		case frontend.Sub:
			return jen.Parens(jen.Add(fa).Op("-").Add(fb)), rFloat
		case frontend.Mult:
			// float64(...) keeps Go from fusing the product into an FMA.
			return jen.Float64().Call(jen.Add(fa).Op("*").Add(fb)), rFloat
		case frontend.Div:
			return jen.Qual(rtPkg, "FloatTrueDiv").Call(fa, fb), rFloat
		case frontend.FloorDiv:
			return jen.Qual(rtPkg, "FloatFloorDiv").Call(fa, fb), rFloat
		case frontend.Mod:
			return jen.Qual(rtPkg, "FloatMod").Call(fa, fb), rFloat
		}
	case r == rStr && x.Op == frontend.Add:
		return jen.Qual(genPkg, "StrConcat").Call(a, b), rStr
	case r == rStr && x.Op == frontend.Mult:
		return jen.Qual(rtPkg, "StrRepeat").Call(a, b), rStr
	}
	g.errorf(x.Pos, "internal error: no typed lowering for %s", x.Op)
	return jen.Nil(), rDyn
}

// tcompare lowers one comparison of typed operands, or returns nil.
func (g *gen) tcompare(fc *fctx, op frontend.CmpOp, a jen.Code, ar repr, b jen.Code, br repr) jen.Code {
	gop := map[frontend.CmpOp]string{frontend.Eq: "==", frontend.NotEq: "!=", frontend.Lt: "<", frontend.LtE: "<=", frontend.Gt: ">", frontend.GtE: ">="}[op]
	if gop == "" {
		return nil
	}
	switch {
	case ar == rInt && br == rInt:
		return jen.Parens(jen.Add(a).Dot("Cmp").Call(b).Op(gop).Lit(0))
	case ar == rFloat && br == rFloat, ar == rStr && br == rStr:
		return jen.Parens(jen.Add(a).Op(gop).Add(b))
	}
	return nil
}

// walkIR calls f on e and, while f returns true, on its subexpressions.
func walkIR(e ir.Expr, f func(ir.Expr) bool) {
	if e == nil || !f(e) {
		return
	}
	each := func(es ...ir.Expr) {
		for _, x := range es {
			if x != nil {
				walkIR(x, f)
			}
		}
	}
	switch x := e.(type) {
	case *ir.AttrExpr:
		each(x.X)
	case *ir.IndexExpr:
		each(x.X, x.Index)
	case *ir.SliceExpr:
		each(x.Lo, x.Hi, x.Step)
	case *ir.Call:
		each(x.Fn)
		each(x.Args...)
		for _, k := range x.Kw {
			each(k.Value)
		}
	case *ir.Binary:
		each(x.L, x.R)
	case *ir.Unary:
		each(x.X)
	case *ir.BoolOpExpr:
		each(x.Values...)
	case *ir.Compare:
		each(x.Operands...)
	case *ir.CondExpr:
		each(x.Cond, x.Then, x.Else)
	case *ir.ListLit:
		each(x.Elts...)
	case *ir.TupleLit:
		each(x.Elts...)
	case *ir.SetLit:
		each(x.Elts...)
	case *ir.DictLit:
		each(x.Keys...)
		each(x.Values...)
	case *ir.Comp:
		for _, gf := range x.Gens {
			each(gf.Iter)
			each(gf.Ifs...)
		}
		each(x.Elt, x.Key, x.Value)
	case *ir.FString:
		each(x.Parts...)
	case *ir.FormatValue:
		each(x.X, x.Spec)
	case *ir.NamedExpr:
		each(x.Value)
	case *ir.StarredExpr:
		each(x.X)
	}
}

// event is a read or write of a variable, in evaluation order.
type event struct {
	v     *ir.Var
	write bool
	safe  bool    // a write that dominates everything after it (top level, or a comprehension target)
	loop  *ir.For // the for statement whose target this write is
}

// definitelyAssigned reports, for each variable, whether every read of it
// happens after an assignment (so an unboxed Go variable, which cannot be
// unbound, behaves as Python's local would). A variable is safe when its
// first use is an assignment at the top level of the function, or it is
// assigned only as the target of one for loop and read only inside that
// loop's body.
func definitelyAssigned(fn *ir.Function) map[*ir.Var]bool {
	var evs []event
	spans := map[*ir.For][2]int{}
	var expr func(e ir.Expr)
	expr = func(e ir.Expr) {
		if e == nil {
			return
		}
		switch x := e.(type) {
		case *ir.VarRef:
			evs = append(evs, event{v: x.Var})
			return
		case *ir.LambdaExpr:
			return
		case *ir.Comp:
			if x.Fn != nil {
				if len(x.Gens) > 0 {
					expr(x.Gens[0].Iter)
				}
				return
			}
			for _, gf := range x.Gens {
				expr(gf.Iter)
				walkTargets(gf.Target, func(v *ir.Var) { evs = append(evs, event{v: v, write: true, safe: true}) })
				for _, c := range gf.Ifs {
					expr(c)
				}
			}
			expr(x.Elt)
			expr(x.Key)
			expr(x.Value)
			return
		case *ir.NamedExpr:
			expr(x.Value)
			if x.Target != nil {
				evs = append(evs, event{v: x.Target.Var, write: true})
			}
			return
		}
		walkIR(e, func(sub ir.Expr) bool {
			if sub == e {
				return true
			}
			expr(sub)
			return false
		})
	}
	target := func(t ir.Expr, top bool, loop *ir.For) {
		switch x := t.(type) {
		case *ir.VarRef:
			evs = append(evs, event{v: x.Var, write: true, safe: top, loop: loop})
		case *ir.AttrExpr:
			expr(x.X)
		case *ir.IndexExpr:
			expr(x.X)
			expr(x.Index)
		default:
			walkTargets(t, func(v *ir.Var) { evs = append(evs, event{v: v, write: true}) })
		}
	}
	var stmts func(ss []ir.Stmt, top bool)
	stmts = func(ss []ir.Stmt, top bool) {
		for _, s := range ss {
			switch x := s.(type) {
			case *ir.Assign:
				expr(x.Value)
				for _, t := range x.Targets {
					target(t, top, nil)
				}
			case *ir.AugAssign:
				expr(x.Target)
				expr(x.Value)
				target(x.Target, false, nil)
			case *ir.ExprStmt:
				expr(x.X)
			case *ir.Return:
				expr(x.Value)
			case *ir.If:
				expr(x.Cond)
				stmts(x.Then, false)
				stmts(x.Else, false)
			case *ir.While:
				expr(x.Cond)
				stmts(x.Body, false)
				stmts(x.Else, false)
			case *ir.For:
				expr(x.Iter)
				start := len(evs)
				target(x.Target, false, x)
				stmts(x.Body, false)
				spans[x] = [2]int{start, len(evs)}
				stmts(x.Else, false)
			case *ir.Try:
				stmts(x.Body, false)
				for _, h := range x.Handlers {
					expr(h.Type)
					if h.Var != nil {
						evs = append(evs, event{v: h.Var, write: true})
					}
					stmts(h.Body, false)
				}
				stmts(x.Else, false)
				stmts(x.Finally, false)
			case *ir.With:
				for _, it := range x.Items {
					expr(it.Ctx)
					if it.Target != nil {
						target(it.Target, false, nil)
					}
				}
				stmts(x.Body, false)
			case *ir.Delete:
				for _, t := range x.Targets {
					expr(t)
					target(t, false, nil)
				}
			case *ir.Raise:
				expr(x.Exc)
				expr(x.Cause)
			case *ir.Assert:
				expr(x.Test)
				expr(x.Msg)
			case *ir.DefStmt:
				for _, p := range x.Fn.Params {
					expr(p.Default)
				}
				for _, d := range x.Decorators {
					expr(d)
				}
				evs = append(evs, event{v: x.Var, write: true})
			case *ir.ClassStmt:
				evs = append(evs, event{v: x.Var, write: true})
			case *ir.Import:
				evs = append(evs, event{v: x.Var, write: true})
			}
		}
	}
	stmts(fn.Body, true)
	safe := map[*ir.Var]bool{}
	decided := map[*ir.Var]bool{}
	for _, ev := range evs {
		if decided[ev.v] {
			continue
		}
		decided[ev.v] = true
		switch {
		case !ev.write:
			safe[ev.v] = false
		case ev.safe:
			safe[ev.v] = true
		case ev.loop != nil:
			sp := spans[ev.loop]
			ok := true
			for i, e2 := range evs {
				if e2.v != ev.v {
					continue
				}
				inside := i >= sp[0] && i < sp[1]
				if !inside || (e2.write && e2.loop != ev.loop && !inside) {
					ok = false
				}
			}
			safe[ev.v] = ok
		default:
			safe[ev.v] = false
		}
	}
	return safe
}
