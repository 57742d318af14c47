package ir

import "github.com/genvm-go/genvm/frontend"

// Inspect calls f for n and, while f returns true, for every node below it in
// source order (expressions, statements, arguments, handlers, keywords,
// comprehensions). Nil nodes are skipped. It does not descend into nested
// scopes differently: callers that care check for *FunctionDef, *ClassDef and
// *Lambda themselves.
func Inspect(n frontend.Node, f func(frontend.Node) bool) {
	in := &inspector{f: f}
	in.w = childWalker{in.visit}
	in.visit(n)
}

type inspector struct {
	f func(frontend.Node) bool
	w childWalker
}

func (in *inspector) visit(n frontend.Node) {
	if n == nil || isNilNode(n) || !in.f(n) {
		return
	}
	in.w.children(n)
}

func isNilNode(n frontend.Node) bool {
	switch x := n.(type) {
	case frontend.Expr:
		return x == nil
	}
	return false
}

// nodeList adapts the helper node kinds that have no Pos (comprehension,
// arguments, with-item, match case) so they can be visited.
type (
	compNode      struct{ *frontend.Comprehension }
	argsNode      struct{ *frontend.Arguments }
	withItemNode  struct{ *frontend.WithItem }
	matchCaseNode struct{ *frontend.MatchCase }
	moduleNode    struct{ *frontend.Module }
)

func (moduleNode) Span() frontend.Pos { return frontend.Pos{} }

func (compNode) Span() frontend.Pos      { return frontend.Pos{} }
func (argsNode) Span() frontend.Pos      { return frontend.Pos{} }
func (withItemNode) Span() frontend.Pos  { return frontend.Pos{} }
func (matchCaseNode) Span() frontend.Pos { return frontend.Pos{} }

// forChildren calls f for each child of n in source order.
func forChildren(n frontend.Node, f func(frontend.Node)) {
	w := childWalker{f}
	w.children(n)
}

// childWalker enumerates children without allocating closures per node.
type childWalker struct{ f func(frontend.Node) }

func (w childWalker) e(x frontend.Expr) {
	if x != nil {
		w.f(x)
	}
}

func (w childWalker) es(xs []frontend.Expr) {
	for _, x := range xs {
		if x != nil {
			w.f(x)
		}
	}
}

func (w childWalker) ss(xs []frontend.Stmt) {
	for _, x := range xs {
		if x != nil {
			w.f(x)
		}
	}
}

func (w childWalker) kws(xs []*frontend.Keyword) {
	for _, k := range xs {
		w.f(k)
	}
}

func (w childWalker) tps(xs []frontend.TypeParam) {
	for _, t := range xs {
		w.f(t)
	}
}

func (w childWalker) comps(gs []*frontend.Comprehension) {
	for _, g := range gs {
		w.f(compNode{g})
	}
}

func (w childWalker) children(n frontend.Node) {
	e, es, ss, kws, tps, comps, f := w.e, w.es, w.ss, w.kws, w.tps, w.comps, w.f
	switch x := n.(type) {
	case moduleNode:
		ss(x.Body)
	case *frontend.FunctionDef:
		es(x.DecoratorList)
		tps(x.TypeParams)
		f(argsNode{x.Args})
		e(x.Returns)
		ss(x.Body)
	case *frontend.ClassDef:
		es(x.DecoratorList)
		tps(x.TypeParams)
		es(x.Bases)
		kws(x.Keywords)
		ss(x.Body)
	case *frontend.Return:
		e(x.Value)
	case *frontend.Delete:
		es(x.Targets)
	case *frontend.Assign:
		es(x.Targets)
		e(x.Value)
	case *frontend.TypeAlias:
		e(x.Name)
		tps(x.TypeParams)
		e(x.Value)
	case *frontend.AugAssign:
		e(x.Target)
		e(x.Value)
	case *frontend.AnnAssign:
		e(x.Target)
		e(x.Annotation)
		e(x.Value)
	case *frontend.For:
		e(x.Target)
		e(x.Iter)
		ss(x.Body)
		ss(x.Orelse)
	case *frontend.While:
		e(x.Test)
		ss(x.Body)
		ss(x.Orelse)
	case *frontend.If:
		e(x.Test)
		ss(x.Body)
		ss(x.Orelse)
	case *frontend.With:
		for _, it := range x.Items {
			f(withItemNode{it})
		}
		ss(x.Body)
	case *frontend.Match:
		e(x.Subject)
		for _, c := range x.Cases {
			f(matchCaseNode{c})
		}
	case *frontend.Raise:
		e(x.Exc)
		e(x.Cause)
	case *frontend.Try:
		ss(x.Body)
		for _, h := range x.Handlers {
			f(h)
		}
		ss(x.Orelse)
		ss(x.Finalbody)
	case *frontend.Assert:
		e(x.Test)
		e(x.Msg)
	case *frontend.ExprStmt:
		e(x.Value)
	case *frontend.BoolOp:
		es(x.Values)
	case *frontend.NamedExpr:
		e(x.Target)
		e(x.Value)
	case *frontend.BinOp:
		e(x.Left)
		e(x.Right)
	case *frontend.UnaryOp:
		e(x.Operand)
	case *frontend.Lambda:
		f(argsNode{x.Args})
		e(x.Body)
	case *frontend.IfExp:
		e(x.Test)
		e(x.Body)
		e(x.Orelse)
	case *frontend.Dict:
		for i := range x.Values {
			e(x.Keys[i])
			e(x.Values[i])
		}
	case *frontend.Set:
		es(x.Elts)
	case *frontend.ListComp:
		e(x.Elt)
		comps(x.Generators)
	case *frontend.SetComp:
		e(x.Elt)
		comps(x.Generators)
	case *frontend.DictComp:
		e(x.Key)
		e(x.Value)
		comps(x.Generators)
	case *frontend.GeneratorExp:
		e(x.Elt)
		comps(x.Generators)
	case *frontend.Await:
		e(x.Value)
	case *frontend.Yield:
		e(x.Value)
	case *frontend.YieldFrom:
		e(x.Value)
	case *frontend.Compare:
		e(x.Left)
		es(x.Comparators)
	case *frontend.Call:
		e(x.Func)
		es(x.Args)
		kws(x.Keywords)
	case *frontend.FormattedValue:
		e(x.Value)
		e(x.FormatSpec)
	case *frontend.JoinedStr:
		es(x.Values)
	case *frontend.Attribute:
		e(x.Value)
	case *frontend.Subscript:
		e(x.Value)
		e(x.Slice)
	case *frontend.Starred:
		e(x.Value)
	case *frontend.List:
		es(x.Elts)
	case *frontend.Tuple:
		es(x.Elts)
	case *frontend.Slice:
		e(x.Lower)
		e(x.Upper)
		e(x.Step)
	case *frontend.Keyword:
		e(x.Value)
	case *frontend.ExceptHandler:
		e(x.Type)
		ss(x.Body)
	case *frontend.Arg:
		e(x.Annotation)
	case *frontend.TypeVar:
		e(x.Bound)
		e(x.DefaultValue)
	case *frontend.ParamSpec:
		e(x.DefaultValue)
	case *frontend.TypeVarTuple:
		e(x.DefaultValue)
	case compNode:
		e(x.Target)
		e(x.Iter)
		es(x.Ifs)
	case argsNode:
		a := x.Arguments
		if a == nil {
			return
		}
		for _, p := range a.PosOnlyArgs {
			f(p)
		}
		for _, p := range a.Args {
			f(p)
		}
		if a.Vararg != nil {
			f(a.Vararg)
		}
		for _, p := range a.KwOnlyArgs {
			f(p)
		}
		if a.Kwarg != nil {
			f(a.Kwarg)
		}
		es(a.Defaults)
		es(a.KwDefaults)
	case withItemNode:
		e(x.ContextExpr)
		e(x.OptionalVars)
	case matchCaseNode:
		if x.Pattern != nil {
			f(x.Pattern)
		}
		e(x.Guard)
		ss(x.Body)
	case *frontend.MatchValue:
		e(x.Value)
	case *frontend.MatchSequence:
		for _, p := range x.Patterns {
			f(p)
		}
	case *frontend.MatchMapping:
		es(x.Keys)
		for _, p := range x.Patterns {
			f(p)
		}
	case *frontend.MatchClass:
		e(x.Cls)
		for _, p := range x.Patterns {
			f(p)
		}
		for _, p := range x.KwdPatterns {
			f(p)
		}
	case *frontend.MatchAs:
		if x.Pattern != nil {
			f(x.Pattern)
		}
	case *frontend.MatchOr:
		for _, p := range x.Patterns {
			f(p)
		}
	}
}
