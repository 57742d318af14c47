package frontend

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Dump formats m exactly as CPython 3.13's ast.dump(m) does; with
// attributes it matches ast.dump(m, include_attributes=True).
func Dump(m *Module, attributes bool) string {
	d := &dumper{attrs: attributes}
	d.b = make([]byte, 0, 4096)
	d.begin("Module")
	d.stmts("body", m.Body)
	d.endNoPos()
	return string(d.b)
}

// DumpExpr formats a single expression like ast.dump.
func DumpExpr(e Expr, attributes bool) string {
	d := &dumper{attrs: attributes}
	d.expr(e)
	return string(d.b)
}

type dumper struct {
	b     []byte
	attrs bool
	first []bool
}

func (d *dumper) begin(name string) {
	d.b = append(d.b, name...)
	d.b = append(d.b, '(')
	d.first = append(d.first, true)
}

func (d *dumper) key(name string) {
	n := len(d.first) - 1
	if d.first[n] {
		d.first[n] = false
	} else {
		d.b = append(d.b, ", "...)
	}
	d.b = append(d.b, name...)
	d.b = append(d.b, '=')
}

func (d *dumper) endNoPos() {
	d.first = d.first[:len(d.first)-1]
	d.b = append(d.b, ')')
}

func (d *dumper) end(p Pos) {
	if d.attrs {
		d.int("lineno", p.Lineno)
		d.int("col_offset", p.ColOffset)
		d.int("end_lineno", p.EndLineno)
		d.int("end_col_offset", p.EndColOffset)
	}
	d.endNoPos()
}

func (d *dumper) int(name string, v int) {
	d.key(name)
	d.b = strconv.AppendInt(d.b, int64(v), 10)
}

func (d *dumper) str(name, v string) {
	d.key(name)
	d.b = appendReprStr(d.b, v)
}

func (d *dumper) optStr(name, v string) {
	if v != "" {
		d.str(name, v)
	}
}

func (d *dumper) strs(name string, vs []string) {
	if len(vs) == 0 {
		return
	}
	d.key(name)
	d.b = append(d.b, '[')
	for i, v := range vs {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.b = appendReprStr(d.b, v)
	}
	d.b = append(d.b, ']')
}

func (d *dumper) op(name, v string) {
	d.key(name)
	d.b = append(d.b, v...)
	d.b = append(d.b, "()"...)
}

func (d *dumper) exprField(name string, e Expr) {
	if e == nil {
		return
	}
	d.key(name)
	d.expr(e)
}

func (d *dumper) exprs(name string, es []Expr) {
	if len(es) == 0 {
		return
	}
	d.key(name)
	d.b = append(d.b, '[')
	for i, e := range es {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		if e == nil {
			d.b = append(d.b, "None"...)
		} else {
			d.expr(e)
		}
	}
	d.b = append(d.b, ']')
}

func (d *dumper) stmts(name string, ss []Stmt) {
	if len(ss) == 0 {
		return
	}
	d.key(name)
	d.b = append(d.b, '[')
	for i, s := range ss {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		d.stmt(s)
	}
	d.b = append(d.b, ']')
}

func (d *dumper) list(name string, n int, f func(i int)) {
	if n == 0 {
		return
	}
	d.key(name)
	d.b = append(d.b, '[')
	for i := 0; i < n; i++ {
		if i > 0 {
			d.b = append(d.b, ", "...)
		}
		f(i)
	}
	d.b = append(d.b, ']')
}

func (d *dumper) ctx(c ExprContext) { d.op("ctx", c.String()) }

func (d *dumper) stmt(s Stmt) {
	switch n := s.(type) {
	case *FunctionDef:
		if n.IsAsync {
			d.begin("AsyncFunctionDef")
		} else {
			d.begin("FunctionDef")
		}
		d.str("name", n.Name)
		d.key("args")
		d.arguments(n.Args)
		d.stmts("body", n.Body)
		d.exprs("decorator_list", n.DecoratorList)
		d.exprField("returns", n.Returns)
		d.typeParams(n.TypeParams)
		d.end(n.Pos)
	case *ClassDef:
		d.begin("ClassDef")
		d.str("name", n.Name)
		d.exprs("bases", n.Bases)
		d.keywords(n.Keywords)
		d.stmts("body", n.Body)
		d.exprs("decorator_list", n.DecoratorList)
		d.typeParams(n.TypeParams)
		d.end(n.Pos)
	case *Return:
		d.begin("Return")
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *Delete:
		d.begin("Delete")
		d.exprs("targets", n.Targets)
		d.end(n.Pos)
	case *Assign:
		d.begin("Assign")
		d.exprs("targets", n.Targets)
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *TypeAlias:
		d.begin("TypeAlias")
		d.exprField("name", n.Name)
		d.typeParams(n.TypeParams)
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *AugAssign:
		d.begin("AugAssign")
		d.exprField("target", n.Target)
		d.op("op", n.Op.String())
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *AnnAssign:
		d.begin("AnnAssign")
		d.exprField("target", n.Target)
		d.exprField("annotation", n.Annotation)
		d.exprField("value", n.Value)
		d.int("simple", n.Simple)
		d.end(n.Pos)
	case *For:
		if n.IsAsync {
			d.begin("AsyncFor")
		} else {
			d.begin("For")
		}
		d.exprField("target", n.Target)
		d.exprField("iter", n.Iter)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.end(n.Pos)
	case *While:
		d.begin("While")
		d.exprField("test", n.Test)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.end(n.Pos)
	case *If:
		d.begin("If")
		d.exprField("test", n.Test)
		d.stmts("body", n.Body)
		d.stmts("orelse", n.Orelse)
		d.end(n.Pos)
	case *With:
		if n.IsAsync {
			d.begin("AsyncWith")
		} else {
			d.begin("With")
		}
		d.list("items", len(n.Items), func(i int) {
			d.begin("withitem")
			d.exprField("context_expr", n.Items[i].ContextExpr)
			d.exprField("optional_vars", n.Items[i].OptionalVars)
			d.endNoPos()
		})
		d.stmts("body", n.Body)
		d.end(n.Pos)
	case *Match:
		d.begin("Match")
		d.exprField("subject", n.Subject)
		d.list("cases", len(n.Cases), func(i int) {
			c := n.Cases[i]
			d.begin("match_case")
			d.key("pattern")
			d.pattern(c.Pattern)
			d.exprField("guard", c.Guard)
			d.stmts("body", c.Body)
			d.endNoPos()
		})
		d.end(n.Pos)
	case *Raise:
		d.begin("Raise")
		d.exprField("exc", n.Exc)
		d.exprField("cause", n.Cause)
		d.end(n.Pos)
	case *Try:
		if n.IsStar {
			d.begin("TryStar")
		} else {
			d.begin("Try")
		}
		d.stmts("body", n.Body)
		d.list("handlers", len(n.Handlers), func(i int) {
			h := n.Handlers[i]
			d.begin("ExceptHandler")
			d.exprField("type", h.Type)
			d.optStr("name", h.Name)
			d.stmts("body", h.Body)
			d.end(h.Pos)
		})
		d.stmts("orelse", n.Orelse)
		d.stmts("finalbody", n.Finalbody)
		d.end(n.Pos)
	case *Assert:
		d.begin("Assert")
		d.exprField("test", n.Test)
		d.exprField("msg", n.Msg)
		d.end(n.Pos)
	case *Import:
		d.begin("Import")
		d.aliases(n.Names)
		d.end(n.Pos)
	case *ImportFrom:
		d.begin("ImportFrom")
		d.optStr("module", n.Module)
		d.aliases(n.Names)
		d.int("level", n.Level)
		d.end(n.Pos)
	case *Global:
		d.begin("Global")
		d.strs("names", n.Names)
		d.end(n.Pos)
	case *Nonlocal:
		d.begin("Nonlocal")
		d.strs("names", n.Names)
		d.end(n.Pos)
	case *ExprStmt:
		d.begin("Expr")
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *Pass:
		d.begin("Pass")
		d.end(n.Pos)
	case *Break:
		d.begin("Break")
		d.end(n.Pos)
	case *Continue:
		d.begin("Continue")
		d.end(n.Pos)
	}
}

func (d *dumper) aliases(as []*Alias) {
	d.list("names", len(as), func(i int) {
		a := as[i]
		d.begin("alias")
		d.str("name", a.Name)
		d.optStr("asname", a.Asname)
		d.end(a.Pos)
	})
}

func (d *dumper) keywords(ks []*Keyword) {
	d.list("keywords", len(ks), func(i int) {
		k := ks[i]
		d.begin("keyword")
		d.optStr("arg", k.Arg)
		d.exprField("value", k.Value)
		d.end(k.Pos)
	})
}

func (d *dumper) arg(a *Arg) {
	d.begin("arg")
	d.str("arg", a.Arg)
	d.exprField("annotation", a.Annotation)
	d.end(a.Pos)
}

func (d *dumper) args(name string, as []*Arg) {
	d.list(name, len(as), func(i int) { d.arg(as[i]) })
}

func (d *dumper) arguments(a *Arguments) {
	d.begin("arguments")
	d.args("posonlyargs", a.PosOnlyArgs)
	d.args("args", a.Args)
	if a.Vararg != nil {
		d.key("vararg")
		d.arg(a.Vararg)
	}
	d.args("kwonlyargs", a.KwOnlyArgs)
	d.exprs("kw_defaults", a.KwDefaults)
	if a.Kwarg != nil {
		d.key("kwarg")
		d.arg(a.Kwarg)
	}
	d.exprs("defaults", a.Defaults)
	d.endNoPos()
}

func (d *dumper) typeParams(tps []TypeParam) {
	d.list("type_params", len(tps), func(i int) {
		switch t := tps[i].(type) {
		case *TypeVar:
			d.begin("TypeVar")
			d.str("name", t.Name)
			d.exprField("bound", t.Bound)
			d.exprField("default_value", t.DefaultValue)
			d.end(t.Pos)
		case *ParamSpec:
			d.begin("ParamSpec")
			d.str("name", t.Name)
			d.exprField("default_value", t.DefaultValue)
			d.end(t.Pos)
		case *TypeVarTuple:
			d.begin("TypeVarTuple")
			d.str("name", t.Name)
			d.exprField("default_value", t.DefaultValue)
			d.end(t.Pos)
		}
	})
}

func (d *dumper) comprehensions(gs []*Comprehension) {
	d.list("generators", len(gs), func(i int) {
		g := gs[i]
		d.begin("comprehension")
		d.exprField("target", g.Target)
		d.exprField("iter", g.Iter)
		d.exprs("ifs", g.Ifs)
		d.int("is_async", g.IsAsync)
		d.endNoPos()
	})
}

func (d *dumper) expr(e Expr) {
	switch n := e.(type) {
	case *BoolOp:
		d.begin("BoolOp")
		d.op("op", n.Op.String())
		d.exprs("values", n.Values)
		d.end(n.Pos)
	case *NamedExpr:
		d.begin("NamedExpr")
		d.exprField("target", n.Target)
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *BinOp:
		d.begin("BinOp")
		d.exprField("left", n.Left)
		d.op("op", n.Op.String())
		d.exprField("right", n.Right)
		d.end(n.Pos)
	case *UnaryOp:
		d.begin("UnaryOp")
		d.op("op", n.Op.String())
		d.exprField("operand", n.Operand)
		d.end(n.Pos)
	case *Lambda:
		d.begin("Lambda")
		d.key("args")
		d.arguments(n.Args)
		d.exprField("body", n.Body)
		d.end(n.Pos)
	case *IfExp:
		d.begin("IfExp")
		d.exprField("test", n.Test)
		d.exprField("body", n.Body)
		d.exprField("orelse", n.Orelse)
		d.end(n.Pos)
	case *Dict:
		d.begin("Dict")
		d.exprs("keys", n.Keys)
		d.exprs("values", n.Values)
		d.end(n.Pos)
	case *Set:
		d.begin("Set")
		d.exprs("elts", n.Elts)
		d.end(n.Pos)
	case *ListComp:
		d.begin("ListComp")
		d.exprField("elt", n.Elt)
		d.comprehensions(n.Generators)
		d.end(n.Pos)
	case *SetComp:
		d.begin("SetComp")
		d.exprField("elt", n.Elt)
		d.comprehensions(n.Generators)
		d.end(n.Pos)
	case *DictComp:
		d.begin("DictComp")
		d.exprField("key", n.Key)
		d.exprField("value", n.Value)
		d.comprehensions(n.Generators)
		d.end(n.Pos)
	case *GeneratorExp:
		d.begin("GeneratorExp")
		d.exprField("elt", n.Elt)
		d.comprehensions(n.Generators)
		d.end(n.Pos)
	case *Await:
		d.begin("Await")
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *Yield:
		d.begin("Yield")
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *YieldFrom:
		d.begin("YieldFrom")
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *Compare:
		d.begin("Compare")
		d.exprField("left", n.Left)
		d.list("ops", len(n.Ops), func(i int) {
			d.b = append(d.b, n.Ops[i].String()...)
			d.b = append(d.b, "()"...)
		})
		d.exprs("comparators", n.Comparators)
		d.end(n.Pos)
	case *Call:
		d.begin("Call")
		d.exprField("func", n.Func)
		d.exprs("args", n.Args)
		d.keywords(n.Keywords)
		d.end(n.Pos)
	case *FormattedValue:
		d.begin("FormattedValue")
		d.exprField("value", n.Value)
		d.int("conversion", n.Conversion)
		d.exprField("format_spec", n.FormatSpec)
		d.end(n.Pos)
	case *JoinedStr:
		d.begin("JoinedStr")
		d.exprs("values", n.Values)
		d.end(n.Pos)
	case *Constant:
		d.begin("Constant")
		d.key("value")
		d.b = appendConstRepr(d.b, n.Value)
		d.optStr("kind", n.Kind)
		d.end(n.Pos)
	case *Attribute:
		d.begin("Attribute")
		d.exprField("value", n.Value)
		d.str("attr", n.Attr)
		d.ctx(n.Ctx)
		d.end(n.Pos)
	case *Subscript:
		d.begin("Subscript")
		d.exprField("value", n.Value)
		d.exprField("slice", n.Slice)
		d.ctx(n.Ctx)
		d.end(n.Pos)
	case *Starred:
		d.begin("Starred")
		d.exprField("value", n.Value)
		d.ctx(n.Ctx)
		d.end(n.Pos)
	case *Name:
		d.begin("Name")
		d.str("id", n.Id)
		d.ctx(n.Ctx)
		d.end(n.Pos)
	case *List:
		d.begin("List")
		d.exprs("elts", n.Elts)
		d.ctx(n.Ctx)
		d.end(n.Pos)
	case *Tuple:
		d.begin("Tuple")
		d.exprs("elts", n.Elts)
		d.ctx(n.Ctx)
		d.end(n.Pos)
	case *Slice:
		d.begin("Slice")
		d.exprField("lower", n.Lower)
		d.exprField("upper", n.Upper)
		d.exprField("step", n.Step)
		d.end(n.Pos)
	}
}

func (d *dumper) patterns(name string, ps []Pattern) {
	d.list(name, len(ps), func(i int) { d.pattern(ps[i]) })
}

func (d *dumper) pattern(p Pattern) {
	switch n := p.(type) {
	case *MatchValue:
		d.begin("MatchValue")
		d.exprField("value", n.Value)
		d.end(n.Pos)
	case *MatchSingleton:
		d.begin("MatchSingleton")
		d.key("value")
		d.b = appendConstRepr(d.b, n.Value)
		d.end(n.Pos)
	case *MatchSequence:
		d.begin("MatchSequence")
		d.patterns("patterns", n.Patterns)
		d.end(n.Pos)
	case *MatchMapping:
		d.begin("MatchMapping")
		d.exprs("keys", n.Keys)
		d.patterns("patterns", n.Patterns)
		d.optStr("rest", n.Rest)
		d.end(n.Pos)
	case *MatchClass:
		d.begin("MatchClass")
		d.exprField("cls", n.Cls)
		d.patterns("patterns", n.Patterns)
		d.strs("kwd_attrs", n.KwdAttrs)
		d.patterns("kwd_patterns", n.KwdPatterns)
		d.end(n.Pos)
	case *MatchStar:
		d.begin("MatchStar")
		d.optStr("name", n.Name)
		d.end(n.Pos)
	case *MatchAs:
		d.begin("MatchAs")
		if n.Pattern != nil {
			d.key("pattern")
			d.pattern(n.Pattern)
		}
		d.optStr("name", n.Name)
		d.end(n.Pos)
	case *MatchOr:
		d.begin("MatchOr")
		d.patterns("patterns", n.Patterns)
		d.end(n.Pos)
	}
}

// appendConstRepr appends Python's repr() of a Constant value.
func appendConstRepr(b []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(b, "None"...)
	case bool:
		if v {
			return append(b, "True"...)
		}
		return append(b, "False"...)
	case Ellipsis:
		return append(b, "Ellipsis"...)
	case int64:
		return strconv.AppendInt(b, v, 10)
	case *big.Int:
		return v.Append(b, 10)
	case float64:
		return append(b, ReprFloat(v)...)
	case Imag:
		return append(b, reprFloatBody(float64(v), false)+"j"...)
	case string:
		return appendReprStr(b, v)
	case []byte:
		return appendReprBytes(b, v)
	}
	return append(b, "?"...)
}

// ReprFloat is Python's repr(float).
func ReprFloat(f float64) string { return reprFloatBody(f, true) }

func reprFloatBody(f float64, dot0 bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	neg := ""
	if s[0] == '-' {
		neg, s = "-", s[1:]
	}
	ei := strings.IndexByte(s, 'e')
	mant, exp := s[:ei], s[ei+1:]
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	if e >= -4 && e < 16 {
		var out string
		switch {
		case e < 0:
			out = "0." + strings.Repeat("0", -e-1) + digits
		case e+1 >= len(digits):
			out = digits + strings.Repeat("0", e+1-len(digits))
			if dot0 {
				out += ".0"
			}
		default:
			out = digits[:e+1] + "." + digits[e+1:]
		}
		return neg + out
	}
	out := digits[:1]
	if len(digits) > 1 {
		out += "." + digits[1:]
	}
	sign := "+"
	if e < 0 {
		sign, e = "-", -e
	}
	es := strconv.Itoa(e)
	if len(es) < 2 {
		es = "0" + es
	}
	return neg + out + "e" + sign + es
}

func reprStr(s string) string { return string(appendReprStr(nil, s)) }

// decodeWTF8 decodes one code point of WTF-8 (UTF-8 plus encoded surrogates).
func decodeWTF8(s string) (rune, int) {
	c := s[0]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xed && len(s) >= 3 && s[1] >= 0xa0 && s[1] <= 0xbf {
		return rune(c&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	for i, r := range s {
		_ = i
		n := len(string(r))
		return r, n
	}
	return 0xfffd, 1
}

// appendReprStr appends Python's repr() of a str held as WTF-8.
func appendReprStr(b []byte, s string) []byte {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	b = append(b, q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			switch {
			case c == q || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, `\t`...)
			case c == '\n':
				b = append(b, `\n`...)
			case c == '\r':
				b = append(b, `\r`...)
			case c < 0x20 || c == 0x7f:
				b = append(b, '\\', 'x', hexDigit[c>>4], hexDigit[c&15])
			default:
				b = append(b, c)
			}
			continue
		}
		r, n := decodeWTF8(s[i:])
		if isPrintable(r) && (r < 0xd800 || r > 0xdfff) {
			b = append(b, s[i:i+n]...)
		} else if r <= 0xff {
			b = append(b, '\\', 'x', hexDigit[r>>4], hexDigit[r&15])
		} else if r <= 0xffff {
			b = append(b, '\\', 'u')
			for sh := 12; sh >= 0; sh -= 4 {
				b = append(b, hexDigit[(r>>sh)&15])
			}
		} else {
			b = append(b, '\\', 'U')
			for sh := 28; sh >= 0; sh -= 4 {
				b = append(b, hexDigit[(r>>sh)&15])
			}
		}
		i += n
	}
	return append(b, q)
}

const hexDigit = "0123456789abcdef"

// appendReprBytes appends Python's repr() of bytes.
func appendReprBytes(b []byte, s []byte) []byte {
	q := byte('\'')
	if indexByte(s, '\'') >= 0 && indexByte(s, '"') < 0 {
		q = '"'
	}
	b = append(b, 'b', q)
	for _, c := range s {
		switch {
		case c == q || c == '\\':
			b = append(b, '\\', c)
		case c == '\t':
			b = append(b, `\t`...)
		case c == '\n':
			b = append(b, `\n`...)
		case c == '\r':
			b = append(b, `\r`...)
		case c < 0x20 || c >= 0x7f:
			b = append(b, '\\', 'x', hexDigit[c>>4], hexDigit[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, q)
}
