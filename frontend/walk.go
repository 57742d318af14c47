package frontend

// Visitor's Visit is called for each node by Walk; if it returns a non-nil
// Visitor w, Walk visits the node's children with w, then calls
// w.Visit(nil).
type Visitor interface {
	Visit(n any) (w Visitor)
}

// Walk traverses the tree rooted at n depth-first, children in CPython's
// field order except that decorators and type parameters come first. n may be
// any AST node, including the unpositioned helpers (*Module, *Arguments,
// *Comprehension, *WithItem, *MatchCase).
func Walk(v Visitor, n any) {
	if v = v.Visit(n); v == nil {
		return
	}
	exprs := func(es []Expr) {
		for _, e := range es {
			if e != nil {
				Walk(v, e)
			}
		}
	}
	expr := func(e Expr) {
		if e != nil {
			Walk(v, e)
		}
	}
	stmts := func(ss []Stmt) {
		for _, s := range ss {
			Walk(v, s)
		}
	}
	pats := func(ps []Pattern) {
		for _, p := range ps {
			Walk(v, p)
		}
	}
	tparams := func(ts []TypeParam) {
		for _, t := range ts {
			Walk(v, t)
		}
	}
	switch n := n.(type) {
	case *Module:
		stmts(n.Body)
	case *FunctionDef:
		exprs(n.DecoratorList)
		tparams(n.TypeParams)
		Walk(v, n.Args)
		expr(n.Returns)
		stmts(n.Body)
	case *ClassDef:
		exprs(n.DecoratorList)
		tparams(n.TypeParams)
		exprs(n.Bases)
		for _, k := range n.Keywords {
			Walk(v, k)
		}
		stmts(n.Body)
	case *Return:
		expr(n.Value)
	case *Delete:
		exprs(n.Targets)
	case *Assign:
		exprs(n.Targets)
		expr(n.Value)
	case *TypeAlias:
		expr(n.Name)
		tparams(n.TypeParams)
		expr(n.Value)
	case *AugAssign:
		expr(n.Target)
		expr(n.Value)
	case *AnnAssign:
		expr(n.Target)
		expr(n.Annotation)
		expr(n.Value)
	case *For:
		expr(n.Target)
		expr(n.Iter)
		stmts(n.Body)
		stmts(n.Orelse)
	case *While:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *If:
		expr(n.Test)
		stmts(n.Body)
		stmts(n.Orelse)
	case *With:
		for _, it := range n.Items {
			Walk(v, it)
		}
		stmts(n.Body)
	case *Match:
		expr(n.Subject)
		for _, c := range n.Cases {
			Walk(v, c)
		}
	case *Raise:
		expr(n.Exc)
		expr(n.Cause)
	case *Try:
		stmts(n.Body)
		for _, h := range n.Handlers {
			Walk(v, h)
		}
		stmts(n.Orelse)
		stmts(n.Finalbody)
	case *Assert:
		expr(n.Test)
		expr(n.Msg)
	case *Import:
		for _, a := range n.Names {
			Walk(v, a)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			Walk(v, a)
		}
	case *ExprStmt:
		expr(n.Value)
	case *BoolOp:
		exprs(n.Values)
	case *NamedExpr:
		expr(n.Target)
		expr(n.Value)
	case *BinOp:
		expr(n.Left)
		expr(n.Right)
	case *UnaryOp:
		expr(n.Operand)
	case *Lambda:
		Walk(v, n.Args)
		expr(n.Body)
	case *IfExp:
		expr(n.Test)
		expr(n.Body)
		expr(n.Orelse)
	case *Dict:
		for i := range n.Values {
			expr(n.Keys[i])
			expr(n.Values[i])
		}
	case *Set:
		exprs(n.Elts)
	case *ListComp:
		expr(n.Elt)
		for _, g := range n.Generators {
			Walk(v, g)
		}
	case *SetComp:
		expr(n.Elt)
		for _, g := range n.Generators {
			Walk(v, g)
		}
	case *DictComp:
		expr(n.Key)
		expr(n.Value)
		for _, g := range n.Generators {
			Walk(v, g)
		}
	case *GeneratorExp:
		expr(n.Elt)
		for _, g := range n.Generators {
			Walk(v, g)
		}
	case *Await:
		expr(n.Value)
	case *Yield:
		expr(n.Value)
	case *YieldFrom:
		expr(n.Value)
	case *Compare:
		expr(n.Left)
		exprs(n.Comparators)
	case *Call:
		expr(n.Func)
		exprs(n.Args)
		for _, k := range n.Keywords {
			Walk(v, k)
		}
	case *FormattedValue:
		expr(n.Value)
		expr(n.FormatSpec)
	case *JoinedStr:
		exprs(n.Values)
	case *Attribute:
		expr(n.Value)
	case *Subscript:
		expr(n.Value)
		expr(n.Slice)
	case *Starred:
		expr(n.Value)
	case *List:
		exprs(n.Elts)
	case *Tuple:
		exprs(n.Elts)
	case *Slice:
		expr(n.Lower)
		expr(n.Upper)
		expr(n.Step)
	case *Comprehension:
		expr(n.Target)
		expr(n.Iter)
		exprs(n.Ifs)
	case *ExceptHandler:
		expr(n.Type)
		stmts(n.Body)
	case *Arguments:
		for _, a := range n.PosOnlyArgs {
			Walk(v, a)
		}
		for _, a := range n.Args {
			Walk(v, a)
		}
		if n.Vararg != nil {
			Walk(v, n.Vararg)
		}
		for _, a := range n.KwOnlyArgs {
			Walk(v, a)
		}
		exprs(n.KwDefaults)
		if n.Kwarg != nil {
			Walk(v, n.Kwarg)
		}
		exprs(n.Defaults)
	case *Arg:
		expr(n.Annotation)
	case *Keyword:
		expr(n.Value)
	case *WithItem:
		expr(n.ContextExpr)
		expr(n.OptionalVars)
	case *MatchCase:
		Walk(v, n.Pattern)
		expr(n.Guard)
		stmts(n.Body)
	case *MatchValue:
		expr(n.Value)
	case *MatchSequence:
		pats(n.Patterns)
	case *MatchMapping:
		exprs(n.Keys)
		pats(n.Patterns)
	case *MatchClass:
		expr(n.Cls)
		pats(n.Patterns)
		pats(n.KwdPatterns)
	case *MatchAs:
		if n.Pattern != nil {
			Walk(v, n.Pattern)
		}
	case *MatchOr:
		pats(n.Patterns)
	case *TypeVar:
		expr(n.Bound)
		expr(n.DefaultValue)
	case *ParamSpec:
		expr(n.DefaultValue)
	case *TypeVarTuple:
		expr(n.DefaultValue)
	}
	v.Visit(nil)
}

type inspector func(any) bool

func (f inspector) Visit(n any) Visitor {
	if f(n) {
		return f
	}
	return nil
}

// Inspect traverses the tree like Walk, calling f(n) for each node and
// f(nil) after a node's children; f returns false to skip the children.
func Inspect(n any, f func(any) bool) { Walk(inspector(f), n) }
