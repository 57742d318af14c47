package codegen

import (
	"fmt"
	"math"
	"math/big"

	"github.com/dave/jennifer/jen"
	"github.com/genvm-go/genvm/frontend"
	"github.com/genvm-go/genvm/ir"
)

var cmpOps = map[frontend.CmpOp]string{
	frontend.Eq: "OpEQ", frontend.NotEq: "OpNE", frontend.Lt: "OpLT", frontend.LtE: "OpLE", frontend.Gt: "OpGT", frontend.GtE: "OpGE",
}

// expr lowers e to a Go expression of type rt.Value.
func (g *gen) expr(fc *fctx, e ir.Expr) jen.Code {
	switch x := e.(type) {
	case *ir.VarRef, *ir.Binary, *ir.CondExpr, *ir.Call:
		if r := g.exprRepr(e); r != rDyn && r != rUnknown {
			c, r := g.texpr(fc, e)
			return box(c, r)
		}
	case *ir.Unary:
		if r := g.exprRepr(e); x.Op != frontend.Not && r != rDyn && r != rUnknown {
			c, r := g.texpr(fc, e)
			return box(c, r)
		}
	}
	switch x := e.(type) {
	case *ir.Const:
		return g.constant(x.Pos, x.Value)
	case *ir.VarRef:
		return g.loadVar(fc, x.Var)
	case *ir.ModRef:
		return g.modRef(x.Pos, x.Path)
	case *ir.SDKRef:
		return g.sdkRef(x.Path)
	case *ir.AttrExpr:
		return jen.Qual(genPkg, "GetAttr").Call(g.expr(fc, x.X), jen.Lit(x.Name))
	case *ir.IndexExpr:
		return jen.Qual(rtPkg, "GetItem").Call(g.expr(fc, x.X), g.index(fc, x.Index))
	case *ir.SliceExpr:
		return g.index(fc, x)
	case *ir.Call:
		return g.call(fc, x)
	case *ir.Binary:
		return jen.Qual(rtPkg, "Binary").Call(jen.Qual(rtPkg, binOps[x.Op]), g.expr(fc, x.L), g.expr(fc, x.R))
	case *ir.Unary:
		switch x.Op {
		case frontend.Not:
			return jen.Qual(genPkg, "Box").Call(jen.Op("!").Parens(g.truth(fc, x.X)))
		case frontend.USub:
			if c, ok := x.X.(*ir.Const); ok {
				if v := negConst(c.Value); v != nil {
					return g.constant(x.Pos, v)
				}
			}
			return jen.Qual(rtPkg, "Unary").Call(jen.Qual(rtPkg, "OpNeg"), g.expr(fc, x.X))
		case frontend.UAdd:
			return jen.Qual(rtPkg, "Unary").Call(jen.Qual(rtPkg, "OpPos"), g.expr(fc, x.X))
		case frontend.Invert:
			return jen.Qual(rtPkg, "Unary").Call(jen.Qual(rtPkg, "OpInvert"), g.expr(fc, x.X))
		}
	case *ir.BoolOpExpr:
		return g.boolOp(fc, x)
	case *ir.Compare:
		return jen.Qual(genPkg, "Box").Call(g.compareBool(fc, x))
	case *ir.CondExpr:
		return jen.Func().Params().Add(rtValue()).Block(
			jen.If(g.truth(fc, x.Cond)).Block(jen.Return(g.expr(fc, x.Then))),
			jen.Return(g.expr(fc, x.Else)),
		).Call()
	case *ir.ListLit:
		return jen.Qual(rtPkg, "NewList").Call(g.items(fc, x.Elts))
	case *ir.TupleLit:
		if len(x.Elts) == 0 {
			return jen.Qual(rtPkg, "NewTuple").Call()
		}
		return jen.Qual(rtPkg, "NewTuple").Call(jen.Add(g.items(fc, x.Elts)).Op("..."))
	case *ir.SetLit:
		if len(x.Elts) >= 3 && allFoldedConsts(x.Elts) {
			// CPython 3.13 compiles the display to a frozenset constant
			// merged into an empty set (iteration order follows that path)
			return jen.Qual(rtPkg, "SetFromConstants").Call(jen.Add(g.items(fc, x.Elts)).Op("..."))
		}
		return jen.Qual(rtPkg, "SetOf").Call(jen.Add(g.items(fc, x.Elts)).Op("..."))
	case *ir.DictLit:
		return g.dictLit(fc, x)
	case *ir.Comp:
		return g.comp(fc, x)
	case *ir.LambdaExpr:
		return g.funcValue(fc, x.Fn)
	case *ir.FString:
		return g.fstring(fc, x)
	case *ir.FormatValue:
		return g.formatValue(fc, x)
	case *ir.NamedExpr:
		t := g.newTmp()
		body := []jen.Code{jen.Id(t).Op(":=").Add(g.expr(fc, x.Value))}
		body = append(body, g.storeVar(fc, x.Target.Var, jen.Id(t))...)
		body = append(body, jen.Return(jen.Id(t)))
		return jen.Func().Params().Add(rtValue()).Block(body...).Call()
	case *ir.StarredExpr:
		g.errorf(x.Pos, "can't use starred expression here")
		return jen.Nil()
	case *ir.BadExpr:
		g.errorf(x.Pos, "expression not supported yet: %s", nodeName(x.Node))
		return jen.Nil()
	}
	g.errorf(e.ExprPos(), "expression not supported yet: %T", e)
	return jen.Nil()
}

func nodeName(n frontend.Node) string {
	s := fmt.Sprintf("%T", n)
	if len(s) > 10 && s[:10] == "*frontend." {
		s = s[10:]
	}
	return s
}

func negConst(v any) any {
	switch c := v.(type) {
	case int64:
		if c != math.MinInt64 {
			return -c
		}
	case *big.Int:
		return new(big.Int).Neg(c)
	case float64:
		return -c
	}
	return nil
}

// constant lowers a literal; numbers are hoisted to package variables so
// that Go neither boxes them per use nor folds float arithmetic.
func (g *gen) constant(pos frontend.Pos, v any) jen.Code {
	switch c := v.(type) {
	case nil:
		return jen.Qual(rtPkg, "None")
	case bool:
		return jen.Lit(c)
	case frontend.Ellipsis:
		return jen.Qual(rtPkg, "Ellipsis")
	case int64:
		return g.hoist(fmt.Sprintf("i%d", c), "k", rtValue(), jen.Qual(rtPkg, "IntFromInt64").Call(jen.Lit(c)))
	case *big.Int:
		return g.hoist("I"+c.String(), "k", rtValue(), jen.Qual(genPkg, "BigInt").Call(jen.Lit(c.String())))
	case float64:
		bits := math.Float64bits(c)
		return g.hoist(fmt.Sprintf("f%x", bits), "kf", rtValue(), jen.Qual(mathPkg, "Float64frombits").Call(jen.Lit(bits)))
	case string:
		return jen.Lit(c)
	case []byte:
		return jen.Qual(rtPkg, "Bytes").Call(jen.Lit(string(c)))
	}
	g.errorf(pos, "constant of type %T not supported", v)
	return jen.Nil()
}

// loadVar reads a variable, raising Python's error when it is unbound.
func (g *gen) loadVar(fc *fctx, v *ir.Var) jen.Code {
	switch v.Class {
	case ir.VarBuiltin:
		return g.builtin(v.Name)
	case ir.VarUnresolved:
		return jen.Func().Params().Add(rtValue()).Block(jen.Qual(genPkg, "NameError").Call(jen.Lit(v.Name)), jen.Return(jen.Nil())).Call()
	case ir.VarClassAttr:
		if fc.ns != "" {
			return jen.Id(fc.ns).Dot("Get").Call(jen.Lit(v.Name), g.classFallback(v.Name))
		}
		g.errorf(frontend.Pos{}, "class attribute %s read outside its class body", v.Name)
		return jen.Nil()
	case ir.VarGlobal:
		return jen.Qual(genPkg, "G").Call(jen.Id(g.varName(v)), jen.Lit(v.Name))
	case ir.VarFree:
		return jen.Qual(genPkg, "F").Call(jen.Id(g.varName(v)), jen.Lit(v.Name))
	}
	if r := g.varRepr(v); r != rDyn && r != rUnknown {
		return box(jen.Id(g.varName(v)), r)
	}
	if v.Param {
		return jen.Id(g.varName(v))
	}
	if r := g.varRepr(v); r != rDyn && r != rUnknown {
		return box(jen.Id(g.varName(v)), r)
	}
	return jen.Qual(genPkg, "L").Call(jen.Id(g.varName(v)), jen.Lit(v.Name))
}

// classFallback is what a class body reads for a name it has not bound:
// the global, else the builtin.
func (g *gen) classFallback(name string) jen.Code {
	for _, gv := range g.p.Globals {
		if gv.Name == name {
			return jen.Id(g.varName(gv))
		}
	}
	return g.builtin(name)
}

func (g *gen) builtin(name string) jen.Code {
	return g.hoist("b:"+name, "bi_"+mangle(name), rtValue(), jen.Qual(genPkg, "Builtin").Call(jen.Lit(name)))
}

func (g *gen) modRef(pos frontend.Pos, path string) jen.Code {
	if isGenlayer(path) {
		return g.sdkRef(path)
	}
	return jen.Qual(genPkg, "ModAttr").Call(jen.Lit(path))
}

// index lowers a subscript (slices become slice objects).
func (g *gen) index(fc *fctx, e ir.Expr) jen.Code {
	if s, ok := e.(*ir.SliceExpr); ok {
		opt := func(x ir.Expr) jen.Code {
			if x == nil {
				return jen.Nil()
			}
			return g.expr(fc, x)
		}
		return jen.Qual(genPkg, "Slice").Call(opt(s.Lo), opt(s.Hi), opt(s.Step))
	}
	return g.expr(fc, e)
}

// truth lowers e as a Go bool (bool(e)).
func (g *gen) truth(fc *fctx, e ir.Expr) jen.Code {
	switch e.(type) {
	case *ir.VarRef, *ir.Binary, *ir.CondExpr, *ir.Call:
		switch r := g.exprRepr(e); r {
		case rInt:
			c, _ := g.texpr(fc, e)
			return jen.Op("!").Add(c).Dot("IsZero").Call()
		case rFloat:
			c, _ := g.texpr(fc, e)
			return jen.Parens(jen.Add(c).Op("!=").Lit(0))
		case rStr:
			c, _ := g.texpr(fc, e)
			return jen.Parens(jen.Add(c).Op("!=").Lit(""))
		case rBool:
			c, _ := g.texpr(fc, e)
			return c
		}
	}
	switch x := e.(type) {
	case *ir.Compare:
		return g.compareBool(fc, x)
	case *ir.Unary:
		if x.Op == frontend.Not {
			return jen.Op("!").Parens(g.truth(fc, x.X))
		}
	case *ir.Const:
		if b, ok := x.Value.(bool); ok {
			return jen.Lit(b)
		}
	case *ir.BoolOpExpr:
		op := "&&"
		if x.Op == frontend.Or {
			op = "||"
		}
		var c *jen.Statement
		for i, v := range x.Values {
			if i == 0 {
				c = jen.Parens(g.truth(fc, v))
			} else {
				c = c.Op(op).Parens(g.truth(fc, v))
			}
		}
		return c
	}
	return jen.Qual(rtPkg, "Truth").Call(g.expr(fc, e))
}

func (g *gen) cmp1(op frontend.CmpOp, a, b jen.Code) jen.Code {
	switch op {
	case frontend.Is:
		return jen.Qual(genPkg, "Is").Call(a, b)
	case frontend.IsNot:
		return jen.Op("!").Qual(genPkg, "Is").Call(a, b)
	case frontend.In:
		return jen.Qual(rtPkg, "Contains").Call(b, a)
	case frontend.NotIn:
		return jen.Op("!").Qual(rtPkg, "Contains").Call(b, a)
	case frontend.Eq:
		return jen.Qual(rtPkg, "Eq").Call(a, b)
	}
	return jen.Qual(rtPkg, "Truth").Call(jen.Qual(rtPkg, "Compare").Call(jen.Qual(rtPkg, cmpOps[op]), a, b))
}

// compareBool lowers a comparison chain to a Go bool.
//
// A rich comparison's result is used for its truth; a == b returning a
// non-bool object is truth-tested as Python does in a chain or condition.
// (As an expression value, a single comparison is boxed back to bool; user
// __eq__ returning non-bools is rare in contracts.)
func (g *gen) compareBool(fc *fctx, x *ir.Compare) jen.Code {
	if len(x.Ops) == 1 {
		ar, br := g.exprRepr(x.Operands[0]), g.exprRepr(x.Operands[1])
		if ar >= rInt && br >= rInt {
			a, _ := g.texpr(fc, x.Operands[0])
			b, _ := g.texpr(fc, x.Operands[1])
			if c := g.tcompare(fc, x.Ops[0], a, ar, b, br); c != nil {
				return c
			}
		}
		return g.cmp1(x.Ops[0], g.expr(fc, x.Operands[0]), g.containerExpr(fc, x.Ops[0], x.Operands[1]))
	}
	// a < b < c: each middle operand evaluated once, short-circuiting.
	var body []jen.Code
	prev := g.newTmp()
	body = append(body, jen.Id(prev).Op(":=").Add(g.expr(fc, x.Operands[0])))
	for i, op := range x.Ops {
		next := g.newTmp()
		operand := g.expr(fc, x.Operands[i+1])
		if i == len(x.Ops)-1 {
			operand = g.containerExpr(fc, op, x.Operands[i+1])
		}
		body = append(body, jen.Id(next).Op(":=").Add(operand))
		if i == len(x.Ops)-1 {
			body = append(body, jen.Return(g.cmp1(op, jen.Id(prev), jen.Id(next))))
		} else {
			body = append(body, jen.If(jen.Op("!").Parens(g.cmp1(op, jen.Id(prev), jen.Id(next)))).Block(jen.Return(jen.False())))
		}
		prev = next
	}
	return jen.Func().Params().Bool().Block(body...).Call()
}

func (g *gen) boolOp(fc *fctx, x *ir.BoolOpExpr) jen.Code {
	t := g.newTmp()
	var body []jen.Code
	for i, v := range x.Values {
		if i == len(x.Values)-1 {
			body = append(body, jen.Return(g.expr(fc, v)))
			break
		}
		cond := jen.Qual(rtPkg, "Truth").Call(jen.Id(t))
		if x.Op == frontend.And {
			cond = jen.Op("!").Add(cond)
		}
		body = append(body, jen.Id(t).Op("=").Add(g.expr(fc, v)), jen.If(cond).Block(jen.Return(jen.Id(t))))
	}
	return jen.Func().Params().Add(rtValue()).Block(append([]jen.Code{jen.Var().Id(t).Add(rtValue())}, body...)...).Call()
}

// items lowers the elements of a display to a []rt.Value expression.
func (g *gen) items(fc *fctx, elts []ir.Expr) jen.Code {
	if !hasStar(elts) {
		var vs []jen.Code
		for _, e := range elts {
			vs = append(vs, g.expr(fc, e))
		}
		return jen.Index().Add(rtValue()).Values(vs...)
	}
	t := g.newTmp()
	body := []jen.Code{jen.Var().Id(t).Index().Add(rtValue())}
	for _, e := range elts {
		if s, ok := e.(*ir.StarredExpr); ok {
			body = append(body, jen.Id(t).Op("=").Qual(genPkg, "ListExtend").Call(jen.Id(t), g.expr(fc, s.X)))
		} else {
			body = append(body, jen.Id(t).Op("=").Append(jen.Id(t), g.expr(fc, e)))
		}
	}
	body = append(body, jen.Return(jen.Id(t)))
	return jen.Func().Params().Index().Add(rtValue()).Block(body...).Call()
}

func (g *gen) dictLit(fc *fctx, x *ir.DictLit) jen.Code {
	t := g.newTmp()
	body := []jen.Code{jen.Id(t).Op(":=").Qual(rtPkg, "NewDict").Call(jen.Lit(len(x.Keys)))}
	for i, k := range x.Keys {
		if k == nil {
			body = append(body, jen.Qual(genPkg, "DictMerge").Call(jen.Id(t), g.expr(fc, x.Values[i])))
			continue
		}
		kt := g.newTmp()
		body = append(body, jen.Block(
			jen.Id(kt).Op(":=").Add(g.expr(fc, k)),
			jen.Id(t).Dot("Set").Call(jen.Id(kt), g.expr(fc, x.Values[i])),
		))
	}
	body = append(body, jen.Return(jen.Id(t)))
	return jen.Func().Params().Add(rtValue()).Block(body...).Call()
}

func (g *gen) fstring(fc *fctx, x *ir.FString) jen.Code {
	var parts []jen.Code
	for _, p := range x.Parts {
		switch q := p.(type) {
		case *ir.Const:
			if s, ok := q.Value.(string); ok {
				parts = append(parts, jen.Lit(s))
				continue
			}
		case *ir.FormatValue:
			parts = append(parts, g.formatValue(fc, q))
			continue
		}
		parts = append(parts, jen.Qual(rtPkg, "Str").Call(g.expr(fc, p)))
	}
	switch len(parts) {
	case 0:
		return jen.Lit("")
	case 1:
		return jen.Qual(genPkg, "Box").Call(parts[0])
	}
	return jen.Qual(genPkg, "Concat").Call(parts...)
}

// formatValue lowers one replacement field to a Go string.
func (g *gen) formatValue(fc *fctx, x *ir.FormatValue) jen.Code {
	var spec jen.Code = jen.Lit("")
	if x.Spec != nil {
		spec = jen.Qual(rtPkg, "Str").Call(g.expr(fc, x.Spec))
	}
	return jen.Qual(genPkg, "FormatValue").Call(g.expr(fc, x.X), jen.Lit(x.Conv), spec)
}

// comp lowers a comprehension as an immediately called Go closure; a
// generator expression is evaluated eagerly into a list iterator.
func (g *gen) comp(fc *fctx, x *ir.Comp) jen.Code {
	if x.Kind == "gen" {
		return g.genExpr(fc, x)
	}
	res := g.newTmp()
	var init jen.Code
	var add func() jen.Code
	inner := fc
	var pre []jen.Code
	if x.Fn != nil {
		inner = &fctx{fn: x.Fn, retVar: fc.retVar, methodOf: fc.methodOf}
		pre = g.declareLocals(x.Fn)
	}
	switch x.Kind {
	case "list", "gen":
		init = jen.Qual(rtPkg, "NewList").Call(jen.Nil())
		add = func() jen.Code { return jen.Id(res).Dot("Append").Call(g.expr(inner, x.Elt)) }
	case "set":
		init = jen.Qual(rtPkg, "NewSet").Call()
		add = func() jen.Code { return jen.Id(res).Dot("Add").Call(g.expr(inner, x.Elt)) }
	case "dict":
		init = jen.Qual(rtPkg, "NewDict").Call(jen.Lit(0))
		add = func() jen.Code {
			k := g.newTmp()
			return jen.Block(jen.Id(k).Op(":=").Add(g.expr(inner, x.Key)), jen.Id(res).Dot("Set").Call(jen.Id(k), g.expr(inner, x.Value)))
		}
	}
	var loops func(i int) []jen.Code
	loops = func(i int) []jen.Code {
		if i == len(x.Gens) {
			return []jen.Code{add()}
		}
		gf := x.Gens[i]
		it, item, ok := g.newTmp(), g.newTmp(), g.newTmp()
		var iter jen.Code
		if i == 0 {
			iter = jen.Id("first")
		} else {
			iter = g.iterExpr(inner, gf.Iter)
		}
		body := []jen.Code{
			jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Id(it).Dot("Next").Call(),
			jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
			charge(blockCost(1 + len(gf.Ifs))),
		}
		body = append(body, g.assignTo(inner, gf.Target, jen.Id(item))...)
		rest := loops(i + 1)
		for j := len(gf.Ifs) - 1; j >= 0; j-- {
			rest = []jen.Code{jen.If(g.truth(inner, gf.Ifs[j])).Block(rest...)}
		}
		body = append(body, rest...)
		return []jen.Code{jen.Id(it).Op(":=").Qual(rtPkg, "Iter").Call(iter), jen.For().Block(body...)}
	}
	body := append(pre, jen.Id(res).Op(":=").Add(init))
	body = append(body, loops(0)...)
	if x.Kind == "gen" {
		body = append(body, jen.Return(jen.Qual(genPkg, "ListIter").Call(jen.Id(res).Dot("Items"))))
	} else {
		body = append(body, jen.Return(jen.Id(res)))
	}
	first := g.iterExpr(fc, x.Gens[0].Iter)
	return jen.Func().Params(jen.Id("first").Add(rtValue())).Add(rtValue()).Block(body...).Call(first)
}

// genExpr lowers a generator expression to a lazy gen.Generator: a state
// machine over one iterator per for clause. The first iterable is
// evaluated when the expression is, the others as the loops advance.
func (g *gen) genExpr(fc *fctx, x *ir.Comp) jen.Code {
	inner := fc
	var pre []jen.Code
	if x.Fn != nil {
		inner = &fctx{fn: x.Fn, retVar: fc.retVar, methodOf: fc.methodOf}
		pre = g.declareLocals(x.Fn)
	}
	n := len(x.Gens)
	its, level := g.newTmp(), g.newTmp()
	item, ok := g.newTmp(), g.newTmp()
	var cases []jen.Code
	for i, gf := range x.Gens {
		body := g.assignTo(inner, gf.Target, jen.Id(item))
		for _, c := range gf.Ifs {
			body = append(body, jen.If(jen.Op("!").Parens(g.truth(inner, c))).Block(jen.Continue()))
		}
		if i < n-1 {
			body = append(body,
				jen.Id(its).Index(jen.Lit(i+1)).Op("=").Qual(rtPkg, "Iter").Call(g.expr(inner, x.Gens[i+1].Iter)),
				jen.Id(level).Op("++"),
				jen.Continue())
		}
		cases = append(cases, jen.Case(jen.Lit(i)).Block(body...))
	}
	loop := jen.For().Block(
		charge(blockCost(2)),
		jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Id(its).Index(jen.Id(level)).Dot("Next").Call(),
		jen.If(jen.Op("!").Id(ok)).Block(
			jen.If(jen.Id(level).Op("==").Lit(0)).Block(jen.Return(jen.Nil(), jen.False())),
			jen.Id(level).Op("--"),
			jen.Continue(),
		),
		jen.Switch(jen.Id(level)).Block(cases...),
		jen.Return(g.expr(inner, x.Elt), jen.True()),
	)
	body := append(pre,
		jen.Id(its).Op(":=").Make(jen.Index().Qual(rtPkg, "Iterator"), jen.Lit(n)),
		jen.Id(its).Index(jen.Lit(0)).Op("=").Qual(rtPkg, "Iter").Call(jen.Id("first")),
		jen.Id(level).Op(":=").Lit(0),
		jen.Return(jen.Op("&").Qual(genPkg, "Generator").Values(jen.Dict{
			jen.Id("Fn"): jen.Func().Params().Params(rtValue(), jen.Bool()).Block(loop),
		})),
	)
	first := g.iterExpr(fc, x.Gens[0].Iter)
	return jen.Func().Params(jen.Id("first").Add(rtValue())).Add(rtValue()).Block(body...).Call(first)
}

// iterExpr lowers an expression iterated by a for loop or a comprehension.
// CPython 3.13's AST optimiser turns a set display of constants there into
// a frozenset constant (fold_iter), whose iteration order can differ from
// the set's.
func (g *gen) iterExpr(fc *fctx, e ir.Expr) jen.Code {
	if s, ok := e.(*ir.SetLit); ok && len(s.Elts) > 0 && allFoldedConsts(s.Elts) {
		return jen.Qual(rtPkg, "ConstFrozenSet").Call(jen.Add(g.items(fc, s.Elts)).Op("..."))
	}
	return g.expr(fc, e)
}

// containerExpr lowers the last operand of a comparison: for `in` and
// `not in` a set display of constants is a frozenset constant (CPython's
// fold_compare).
func (g *gen) containerExpr(fc *fctx, op frontend.CmpOp, e ir.Expr) jen.Code {
	if op == frontend.In || op == frontend.NotIn {
		return g.iterExpr(fc, e)
	}
	return g.expr(fc, e)
}

// allFoldedConsts reports whether every expression is one CPython's AST
// optimiser folds to a constant: literals, unary operators on numeric
// literals (-1), `not` of a literal, and tuples of such. Binary operations
// on constants (also folded by CPython) are not recognised.
func allFoldedConsts(es []ir.Expr) bool {
	for _, e := range es {
		if !foldedConst(e) {
			return false
		}
	}
	return true
}

func foldedConst(e ir.Expr) bool {
	switch x := e.(type) {
	case *ir.Const:
		return true
	case *ir.Unary:
		c, ok := x.X.(*ir.Const)
		if !ok {
			if u, isU := x.X.(*ir.Unary); isU && x.Op != frontend.Not {
				return foldedConst(u) && numericConst(innerConst(u))
			}
			return false
		}
		return x.Op == frontend.Not || numericConst(c) && !(x.Op == frontend.Invert && isFloatConst(c))
	case *ir.TupleLit:
		return allFoldedConsts(x.Elts)
	}
	return false
}

func innerConst(u *ir.Unary) *ir.Const {
	for {
		switch x := u.X.(type) {
		case *ir.Const:
			return x
		case *ir.Unary:
			u = x
		default:
			return nil
		}
	}
}

func numericConst(c *ir.Const) bool {
	if c == nil {
		return false
	}
	switch c.Value.(type) {
	case int64, *big.Int, float64, bool:
		return true
	}
	return false
}

func isFloatConst(c *ir.Const) bool {
	_, ok := c.Value.(float64)
	return ok
}
