package ir

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/frontend"
)

// Dump renders the IR as indented pseudo-Python for review and tests.
// Variables are marked by class: x (local), x^ (cell), x@ (free), $x
// (global), .x (class attribute); calls are tagged with what they call, and
// function headers list every variable with its class and type.
func (p *Program) Dump() string {
	var b strings.Builder
	d := dumper{&b}
	d.fnHeader(p.Init, 0)
	d.stmts(p.Init.Body, 1)
	return b.String()
}

type dumper struct{ b *strings.Builder }

func (d dumper) line(depth int, format string, args ...any) {
	d.b.WriteString(strings.Repeat("  ", depth))
	fmt.Fprintf(d.b, format, args...)
	d.b.WriteByte('\n')
}

func varName(v *Var) string {
	switch v.Class {
	case VarCell:
		return v.Name + "^"
	case VarFree:
		return v.Name + "@"
	case VarGlobal:
		return "$" + v.Name
	case VarClassAttr:
		return "." + v.Name
	}
	return v.Name
}

func (d dumper) fnHeader(f *Function, depth int) {
	var vs []string
	for _, v := range f.Locals {
		if v.Class == VarGlobal && v.Ent.Kind != EntUnknown {
			continue // imports and definitions: shown by their statements
		}
		vs = append(vs, fmt.Sprintf("%s:%s", varName(v), v.Type))
	}
	for _, v := range f.Free {
		vs = append(vs, fmt.Sprintf("%s<-%s", varName(v), varName(v.Outer)))
	}
	flags := ""
	if f.NondetEntry {
		flags += " nondet-entry"
	} else if f.Nondet {
		flags += " nondet"
	}
	if f.Method != nil && f.Method.Public {
		flags += " public"
		if f.Method.Readonly {
			flags += " view"
		}
		if f.Method.Payable {
			flags += " payable"
		}
	}
	var ps []string
	for _, p := range f.Params {
		s := p.Var.Name
		switch p.Kind {
		case ParamVarArgs:
			s = "*" + s
		case ParamVarKw:
			s = "**" + s
		case ParamKwOnly:
			s = "kw " + s
		case ParamPosOnly:
			s = "pos " + s
		}
		if p.Annot != nil {
			s += ": " + d.expr(p.Annot)
		}
		if p.Default != nil {
			s += "=" + d.expr(p.Default)
		}
		ps = append(ps, s)
	}
	if f.Annotations {
		ann := "__annotations__"
		if f.RetAnnot != nil {
			ann += " return: " + d.expr(f.RetAnnot)
		}
		flags += " " + ann
	}
	d.line(depth, "func %s(%s) -> %s%s [%s]", f.Qual, strings.Join(ps, ", "), f.Ret, flags, strings.Join(vs, " "))
}

func (d dumper) stmts(ss []Stmt, depth int) {
	for i, s := range ss {
		if im, ok := s.(*Import); ok && im.Star {
			if i > 0 {
				if prev, ok := ss[i-1].(*Import); ok && prev.Star && prev.Pos == im.Pos {
					continue
				}
			}
			n := 0
			for _, t := range ss[i:] {
				if o, ok := t.(*Import); ok && o.Star && o.Pos == im.Pos {
					n++
				}
			}
			mod, _, _ := strings.Cut(im.Path, ".")
			d.line(depth, "import * from %s (%d names)", mod, n)
			continue
		}
		d.stmt(s, depth)
	}
}

func (d dumper) block(name string, ss []Stmt, depth int) {
	if len(ss) == 0 {
		return
	}
	d.line(depth, "%s:", name)
	d.stmts(ss, depth+1)
}

func (d dumper) stmt(s Stmt, depth int) {
	switch x := s.(type) {
	case *ExprStmt:
		d.line(depth, "%s", d.expr(x.X))
	case *Assign:
		var ts []string
		for _, t := range x.Targets {
			ts = append(ts, d.expr(t))
		}
		ann := ""
		if x.Ann != nil {
			ann = ": " + x.Ann.String()
		}
		d.line(depth, "%s%s = %s", strings.Join(ts, " = "), ann, d.expr(x.Value))
	case *AugAssign:
		d.line(depth, "%s %s= %s", d.expr(x.Target), opSym[x.Op], d.expr(x.Value))
	case *Declare:
		d.line(depth, "%s: %s", varName(x.Var), x.Type)
	case *If:
		d.line(depth, "if %s:", d.expr(x.Cond))
		d.stmts(x.Then, depth+1)
		d.block("else", x.Else, depth)
	case *While:
		d.line(depth, "while %s:", d.expr(x.Cond))
		d.stmts(x.Body, depth+1)
		d.block("else", x.Else, depth)
	case *For:
		d.line(depth, "for %s in %s:", d.expr(x.Target), d.expr(x.Iter))
		d.stmts(x.Body, depth+1)
		d.block("else", x.Else, depth)
	case *Return:
		if x.Value == nil {
			d.line(depth, "return")
		} else {
			d.line(depth, "return %s", d.expr(x.Value))
		}
	case *Raise:
		switch {
		case x.Exc == nil:
			d.line(depth, "raise")
		case x.Cause != nil:
			d.line(depth, "raise %s from %s", d.expr(x.Exc), d.expr(x.Cause))
		default:
			d.line(depth, "raise %s", d.expr(x.Exc))
		}
	case *Try:
		d.line(depth, "try:")
		d.stmts(x.Body, depth+1)
		for _, h := range x.Handlers {
			head := "except"
			if h.Type != nil {
				head += " " + d.expr(h.Type)
			}
			if h.Var != nil {
				head += " as " + varName(h.Var)
			}
			d.line(depth, "%s:", head)
			d.stmts(h.Body, depth+1)
		}
		d.block("else", x.Else, depth)
		d.block("finally", x.Finally, depth)
	case *With:
		var its []string
		for _, it := range x.Items {
			s := d.expr(it.Ctx)
			if it.Target != nil {
				s += " as " + d.expr(it.Target)
			}
			its = append(its, s)
		}
		d.line(depth, "with %s:", strings.Join(its, ", "))
		d.stmts(x.Body, depth+1)
	case *Break:
		d.line(depth, "break")
	case *Continue:
		d.line(depth, "continue")
	case *Delete:
		var ts []string
		for _, t := range x.Targets {
			ts = append(ts, d.expr(t))
		}
		d.line(depth, "del %s", strings.Join(ts, ", "))
	case *Assert:
		if x.Msg != nil {
			d.line(depth, "assert %s, %s", d.expr(x.Test), d.expr(x.Msg))
		} else {
			d.line(depth, "assert %s", d.expr(x.Test))
		}
	case *DefStmt:
		for _, dec := range x.Decorators {
			d.line(depth, "@%s", d.expr(dec))
		}
		d.line(depth, "%s = def", varName(x.Var))
		d.fnHeader(x.Fn, depth)
		d.stmts(x.Fn.Body, depth+1)
	case *ClassStmt:
		for _, dec := range x.Class.Decos {
			d.line(depth, "@%s", d.expr(dec))
		}
		var bs []string
		for _, e := range x.Class.Bases {
			bs = append(bs, d.expr(e))
		}
		d.line(depth, "%s = class %s(%s):", varName(x.Var), x.Class.Class.Name, strings.Join(bs, ", "))
		d.stmts(x.Class.Body, depth+1)
	case *Import:
		d.line(depth, "%s = import %s", varName(x.Var), x.Path)
	case *Unsupported:
		d.line(depth, "<unsupported %T>", x.Node)
	default:
		d.line(depth, "<%T>", s)
	}
}

var opSym = map[frontend.Operator]string{
	frontend.Add: "+", frontend.Sub: "-", frontend.Mult: "*", frontend.MatMult: "@", frontend.Div: "/",
	frontend.Mod: "%", frontend.Pow: "**", frontend.LShift: "<<", frontend.RShift: ">>", frontend.BitOr: "|",
	frontend.BitXor: "^", frontend.BitAnd: "&", frontend.FloorDiv: "//",
}

var cmpSym = map[frontend.CmpOp]string{
	frontend.Eq: "==", frontend.NotEq: "!=", frontend.Lt: "<", frontend.LtE: "<=", frontend.Gt: ">",
	frontend.GtE: ">=", frontend.Is: "is", frontend.IsNot: "is not", frontend.In: "in", frontend.NotIn: "not in",
}

var callTag = [...]string{"dyn", "func", "method", "class", "sdk", "mod", "builtin"}

func (d dumper) exprs(es []Expr) string {
	var s []string
	for _, e := range es {
		s = append(s, d.expr(e))
	}
	return strings.Join(s, ", ")
}

func (d dumper) expr(e Expr) string {
	switch x := e.(type) {
	case nil:
		return "<nil>"
	case *Const:
		return constRepr(x.Value)
	case *VarRef:
		return varName(x.Var)
	case *SDKRef:
		return "sdk:" + shortPath(x.Path)
	case *ModRef:
		return "mod:" + x.Path
	case *AttrExpr:
		if x.Field != nil {
			return d.expr(x.X) + "." + x.Name + "<field:" + x.T.String() + ">"
		}
		return d.expr(x.X) + "." + x.Name
	case *IndexExpr:
		return d.expr(x.X) + "[" + d.expr(x.Index) + "]"
	case *SliceExpr:
		opt := func(e Expr) string {
			if e == nil {
				return ""
			}
			return d.expr(e)
		}
		s := opt(x.Lo) + ":" + opt(x.Hi)
		if x.Step != nil {
			s += ":" + d.expr(x.Step)
		}
		return s
	case *Call:
		args := d.exprs(x.Args)
		for _, k := range x.Kw {
			if args != "" {
				args += ", "
			}
			if k.Name == "" {
				args += "**" + d.expr(k.Value)
			} else {
				args += k.Name + "=" + d.expr(k.Value)
			}
		}
		return fmt.Sprintf("%s(%s)<%s:%s>", d.expr(x.Fn), args, callTag[x.Kind], x.T)
	case *Binary:
		return "(" + d.expr(x.L) + " " + opSym[x.Op] + " " + d.expr(x.R) + ")<" + x.T.String() + ">"
	case *Unary:
		op := map[frontend.UnaryOpKind]string{frontend.Invert: "~", frontend.Not: "not ", frontend.UAdd: "+", frontend.USub: "-"}[x.Op]
		return op + d.expr(x.X)
	case *BoolOpExpr:
		sep := " and "
		if x.Op == frontend.Or {
			sep = " or "
		}
		var s []string
		for _, v := range x.Values {
			s = append(s, d.expr(v))
		}
		return "(" + strings.Join(s, sep) + ")"
	case *Compare:
		s := d.expr(x.Operands[0])
		for i, op := range x.Ops {
			s += " " + cmpSym[op] + " " + d.expr(x.Operands[i+1])
		}
		return "(" + s + ")"
	case *CondExpr:
		return "(" + d.expr(x.Then) + " if " + d.expr(x.Cond) + " else " + d.expr(x.Else) + ")"
	case *ListLit:
		return "[" + d.exprs(x.Elts) + "]"
	case *TupleLit:
		return "(" + d.exprs(x.Elts) + ",)"
	case *SetLit:
		return "{" + d.exprs(x.Elts) + "}"
	case *DictLit:
		var s []string
		for i, v := range x.Values {
			if x.Keys[i] == nil {
				s = append(s, "**"+d.expr(v))
			} else {
				s = append(s, d.expr(x.Keys[i])+": "+d.expr(v))
			}
		}
		return "{" + strings.Join(s, ", ") + "}"
	case *Comp:
		var body string
		if x.Kind == "dict" {
			body = d.expr(x.Key) + ": " + d.expr(x.Value)
		} else {
			body = d.expr(x.Elt)
		}
		for _, g := range x.Gens {
			body += " for " + d.expr(g.Target) + " in " + d.expr(g.Iter)
			for _, c := range g.Ifs {
				body += " if " + d.expr(c)
			}
		}
		if x.Fn != nil {
			var fv []string
			for _, v := range x.Fn.Free {
				fv = append(fv, varName(v)+"<-"+varName(v.Outer))
			}
			body += " [" + strings.Join(fv, " ") + "]"
		}
		return x.Kind + "{" + body + "}"
	case *LambdaExpr:
		var fv []string
		for _, v := range x.Fn.Free {
			fv = append(fv, varName(v)+"<-"+varName(v.Outer))
		}
		var ps []string
		for _, p := range x.Fn.Params {
			s := varName(p.Var)
			if p.Default != nil {
				s += "=" + d.expr(p.Default)
			}
			ps = append(ps, s)
		}
		body := ""
		if len(x.Fn.Body) == 1 {
			if r, ok := x.Fn.Body[0].(*Return); ok {
				body = d.expr(r.Value)
			}
		}
		return "(lambda " + strings.Join(ps, ", ") + ": " + body + " [" + strings.Join(fv, " ") + "])"
	case *FString:
		var s []string
		for _, p := range x.Parts {
			s = append(s, d.expr(p))
		}
		return "f(" + strings.Join(s, " ") + ")"
	case *FormatValue:
		s := "{" + d.expr(x.X)
		if x.Conv > 0 {
			s += "!" + string(rune(x.Conv))
		}
		if x.Spec != nil {
			s += ":" + d.expr(x.Spec)
		}
		return s + "}"
	case *NamedExpr:
		return "(" + d.expr(x.Target) + " := " + d.expr(x.Value) + ")"
	case *StarredExpr:
		return "*" + d.expr(x.X)
	case *BadExpr:
		return fmt.Sprintf("<unsupported %T>", x.Node)
	}
	return fmt.Sprintf("<%T>", e)
}

func constRepr(v any) string {
	switch x := v.(type) {
	case nil:
		return "None"
	case bool:
		if x {
			return "True"
		}
		return "False"
	case string:
		return strconv.Quote(x)
	case []byte:
		return "b" + strconv.Quote(string(x))
	case frontend.Ellipsis:
		return "..."
	}
	return fmt.Sprint(v)
}
