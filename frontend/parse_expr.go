package frontend

import "fmt"

// startsExpr reports whether k can begin an expression.
func startsExpr(k tokKind) bool {
	switch k {
	case tName, tNumber, tString, tFStringStart, tLPar, tLSqb, tLBrace, tMinus, tPlus, tTilde, tStar,
		tNot, tLambda, tAwait, tTrue, tFalse, tNone, tEllipsis:
		return true
	}
	return false
}

// starExpressions: star_expression (',' star_expression)* [','].
func (p *parser) starExpressions() Expr {
	pos := p.start()
	e := p.starExpression()
	if p.kind() != tComma {
		return e
	}
	elts := []Expr{e}
	for p.got(tComma) {
		if !startsExpr(p.kind()) {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.end(pos), Elts: elts, Ctx: Load}
}

func (p *parser) starExpression() Expr {
	if p.kind() == tStar {
		pos := p.start()
		p.i++
		v := p.bitwiseOr()
		return &Starred{Pos: p.end(pos), Value: v, Ctx: Load}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() Expr {
	if p.kind() == tStar {
		pos := p.start()
		p.i++
		v := p.bitwiseOr()
		return &Starred{Pos: p.end(pos), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

func (p *parser) namedExpression() Expr {
	if p.kind() == tName && p.peekKind(1) == tColonEqual {
		pos := p.start()
		nt := p.advance()
		target := &Name{Pos: p.end(pos), Id: p.name(nt), Ctx: Store}
		p.i++
		v := p.expression()
		return &NamedExpr{Pos: p.end(pos), Target: target, Value: v}
	}
	e := p.expression()
	if p.kind() == tColonEqual {
		p.errorNode(e, fmt.Sprintf("cannot use assignment expressions with %s", exprName(e)))
	}
	if p.kind() == tEqual && !p.inArgs {
		p.eqHint(e)
	}
	return e
}

// eqHint raises CPython's invalid_named_expression errors for `a = b`
// where a named expression is expected.
func (p *parser) eqHint(e Expr) {
	save := p.i
	ok := false
	p.try(func() {
		p.i++
		p.bitwiseOr()
		ok = p.kind() != tEqual && p.kind() != tColonEqual
	})
	p.i = save
	if !ok {
		return
	}
	eq := p.tok()
	s := e.Span()
	switch x := e.(type) {
	case *Name:
		p.errorAt(s.Lineno, s.ColOffset, int(eq.eline), int(eq.ecol), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	case *List, *Tuple, *GeneratorExp:
	case *Constant:
		if v := x.Value; v == nil || v == true || v == false {
			return
		}
		p.errorNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
	default:
		p.errorNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
	}
}

func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.kind() == tLambda {
		return p.lambdef()
	}
	pos := p.start()
	e := p.disjunction()
	if p.kind() == tIf {
		// As in the PEG grammar, `a if` without a valid condition (or
		// followed by ':') is just `a`; the caller reports the error.
		save := p.i
		var test Expr
		if !p.try(func() { p.i++; test = p.disjunction() }) || p.kind() == tColon {
			p.i = save
			return e
		}
		if p.kind() != tElse {
			p.errorAt(pos.Lineno, pos.ColOffset, int(p.prev().eline), int(p.prev().ecol), "expected 'else' after 'if' expression")
		}
		p.i++
		orelse := p.expression()
		return &IfExp{Pos: p.end(pos), Test: test, Body: e, Orelse: orelse}
	}
	return e
}

func (p *parser) lambdef() Expr {
	pos := p.start()
	p.i++
	args := p.parameters(tColon, false)
	if p.kind() != tColon {
		p.syntaxError(p.tok())
	}
	p.i++
	body := p.expression()
	return &Lambda{Pos: p.end(pos), Args: args, Body: body}
}

func (p *parser) disjunction() Expr {
	pos := p.start()
	e := p.conjunction()
	p.lastDisj = pos
	if p.kind() != tOr {
		return e
	}
	vals := []Expr{e}
	for p.got(tOr) {
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{Pos: p.end(pos), Op: Or, Values: vals}
}

func (p *parser) conjunction() Expr {
	pos := p.start()
	e := p.inversion()
	if p.kind() != tAnd {
		return e
	}
	vals := []Expr{e}
	for p.got(tAnd) {
		vals = append(vals, p.inversion())
	}
	return &BoolOp{Pos: p.end(pos), Op: And, Values: vals}
}

func (p *parser) inversion() Expr {
	if p.kind() == tNot {
		pos := p.start()
		p.i++
		p.enter()
		v := p.inversion()
		p.leave()
		return &UnaryOp{Pos: p.end(pos), Op: Not, Operand: v}
	}
	return p.comparison()
}

func (p *parser) compOp() (CmpOp, bool) {
	switch p.kind() {
	case tEqEqual:
		return Eq, true
	case tNotEqual:
		return NotEq, true
	case tLess:
		return Lt, true
	case tLessEqual:
		return LtE, true
	case tGreater:
		return Gt, true
	case tGreaterEqual:
		return GtE, true
	case tIn:
		return In, true
	case tNot:
		if p.peekKind(1) == tIn {
			return NotIn, true
		}
	case tIs:
		if p.peekKind(1) == tNot {
			return IsNot, true
		}
		return Is, true
	}
	return 0, false
}

func (p *parser) comparison() Expr {
	pos := p.start()
	e := p.bitwiseOr()
	op, ok := p.compOp()
	if !ok {
		return e
	}
	c := &Compare{Left: e}
	for ok {
		p.i++
		if op == NotIn || op == IsNot {
			p.i++
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitwiseOr())
		op, ok = p.compOp()
	}
	c.Pos = p.end(pos)
	return c
}

func (p *parser) bitwiseOr() Expr {
	pos := p.start()
	e := p.bitwiseXor()
	for p.kind() == tVBar {
		p.i++
		r := p.bitwiseXor()
		p.chained()
		e = &BinOp{Pos: p.end(pos), Left: e, Op: BitOr, Right: r}
	}
	return e
}

func (p *parser) bitwiseXor() Expr {
	pos := p.start()
	e := p.bitwiseAnd()
	for p.kind() == tCircumflex {
		p.i++
		r := p.bitwiseAnd()
		p.chained()
		e = &BinOp{Pos: p.end(pos), Left: e, Op: BitXor, Right: r}
	}
	return e
}

func (p *parser) bitwiseAnd() Expr {
	pos := p.start()
	e := p.shiftExpr()
	for p.kind() == tAmper {
		p.i++
		r := p.shiftExpr()
		p.chained()
		e = &BinOp{Pos: p.end(pos), Left: e, Op: BitAnd, Right: r}
	}
	return e
}

func (p *parser) shiftExpr() Expr {
	pos := p.start()
	e := p.sum()
	for {
		var op Operator
		switch p.kind() {
		case tLeftShift:
			op = LShift
		case tRightShift:
			op = RShift
		default:
			return e
		}
		p.i++
		r := p.sum()
		p.chained()
		e = &BinOp{Pos: p.end(pos), Left: e, Op: op, Right: r}
	}
}

func (p *parser) sum() Expr {
	pos := p.start()
	e := p.term()
	for {
		var op Operator
		switch p.kind() {
		case tPlus:
			op = Add
		case tMinus:
			op = Sub
		default:
			return e
		}
		p.i++
		r := p.term()
		p.chained()
		e = &BinOp{Pos: p.end(pos), Left: e, Op: op, Right: r}
	}
}

func (p *parser) term() Expr {
	pos := p.start()
	e := p.factor()
	for {
		var op Operator
		switch p.kind() {
		case tStar:
			op = Mult
		case tSlash:
			op = Div
		case tDoubleSlash:
			op = FloorDiv
		case tPercent:
			op = Mod
		case tAt:
			op = MatMult
		default:
			return e
		}
		p.i++
		r := p.factor()
		p.chained()
		e = &BinOp{Pos: p.end(pos), Left: e, Op: op, Right: r}
	}
}

func (p *parser) factor() Expr {
	var op UnaryOpKind
	switch p.kind() {
	case tPlus:
		op = UAdd
	case tMinus:
		op = USub
	case tTilde:
		op = Invert
	default:
		return p.power()
	}
	pos := p.start()
	p.i++
	p.enter()
	v := p.factor()
	p.leave()
	return &UnaryOp{Pos: p.end(pos), Op: op, Operand: v}
}

func (p *parser) power() Expr {
	pos := p.start()
	var e Expr
	if p.kind() == tAwait {
		p.i++
		v := p.primary()
		e = &Await{Pos: p.end(pos), Value: v}
	} else {
		e = p.primary()
	}
	if p.kind() == tDoubleStar {
		p.i++
		p.enter()
		r := p.factor()
		p.leave()
		p.chained()
		e = &BinOp{Pos: p.end(pos), Left: e, Op: Pow, Right: r}
	}
	return e
}

func (p *parser) primary() Expr {
	p.enter()
	defer p.leave()
	pos := p.start()
	e := p.atom()
	for {
		switch p.kind() {
		case tDot:
			p.i++
			nt := p.expect(tName)
			p.chained()
			e = &Attribute{Pos: p.end(pos), Value: e, Attr: p.name(nt), Ctx: Load}
		case tLPar:
			p.i++
			c := &Call{Func: e}
			if p.kind() != tRPar {
				c.Args, c.Keywords = p.arguments(true)
			}
			if p.kind() != tRPar {
				p.missingCommaOrClose(tRPar)
			}
			p.i++
			c.Pos = p.end(pos)
			// A sole generator argument spans the call's parentheses.
			if len(c.Args) == 1 {
				if g, ok := c.Args[0].(*GeneratorExp); ok && g.Lineno == 0 {
					lp := p.parenBefore(g)
					g.Pos = Pos{lp.Lineno, lp.ColOffset, c.EndLineno, c.EndColOffset}
				}
			}
			p.chained()
			e = c
		case tLSqb:
			p.i++
			s := p.slices()
			p.expect(tRSqb)
			p.chained()
			e = &Subscript{Pos: p.end(pos), Value: e, Slice: s, Ctx: Load}
		default:
			return e
		}
	}
}

// parenBefore returns the start of the '(' that opened the call whose
// generator argument is g (recorded in g.EndLineno/EndColOffset).
func (p *parser) parenBefore(g *GeneratorExp) Pos {
	return Pos{Lineno: g.EndLineno, ColOffset: g.EndColOffset}
}

// slices: slice !',' | ','.(slice | starred_expression)+ [','].
func (p *parser) slices() Expr {
	pos := p.start()
	s := p.slice()
	if p.kind() != tComma {
		if _, ok := s.(*Starred); ok {
			return &Tuple{Pos: p.end(pos), Elts: []Expr{s}, Ctx: Load}
		}
		return s
	}
	elts := []Expr{s}
	for p.got(tComma) {
		if p.kind() == tRSqb {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Pos: p.end(pos), Elts: elts, Ctx: Load}
}

func (p *parser) slice() Expr {
	pos := p.start()
	if p.kind() == tStar {
		// starred_expression: '*' expression
		p.i++
		v := p.expression()
		return &Starred{Pos: p.end(pos), Value: v, Ctx: Load}
	}
	var lower Expr
	if p.kind() != tColon {
		lower = p.namedExpression()
		if p.kind() != tColon {
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok {
			p.syntaxError(p.tok())
		}
	}
	p.i++
	s := &Slice{Lower: lower}
	if k := p.kind(); k != tColon && k != tComma && k != tRSqb {
		s.Upper = p.expression()
	}
	if p.got(tColon) {
		if k := p.kind(); k != tComma && k != tRSqb {
			s.Step = p.expression()
		}
	}
	s.Pos = p.end(pos)
	return s
}

// arguments parses call (or class) arguments up to ')'.
func (p *parser) arguments(call bool) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	sawKw, sawKwUnpack := false, false
	lparIdx := p.i - 1
	deferred := ""
	for p.kind() != tRPar {
		pos := p.start()
		switch {
		case p.kind() == tStar:
			p.i++
			if p.kind() == tComma || p.kind() == tRPar {
				p.errorTok(p.tok(), "Invalid star expression")
			}
			v := p.expression()
			st := &Starred{Pos: p.end(pos), Value: v, Ctx: Load}
			if p.kind() == tEqual {
				p.errorAt(pos.Lineno, pos.ColOffset, int(p.tok().eline), int(p.tok().ecol), "cannot assign to iterable argument unpacking")
			}
			if sawKwUnpack && deferred == "" {
				p.errorTok(&p.toks[p.i-3], "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, st)
		case p.kind() == tDoubleStar:
			p.i++
			v := p.expression()
			if p.kind() == tEqual {
				p.errorAt(pos.Lineno, pos.ColOffset, int(p.tok().eline), int(p.tok().ecol), "cannot assign to keyword argument unpacking")
			}
			kws = append(kws, &Keyword{Pos: p.end(pos), Value: v})
			sawKwUnpack = true
		case p.kind() == tName && p.peekKind(1) == tEqual:
			nt := p.advance()
			p.i++
			if p.kind() == tComma || p.kind() == tRPar {
				p.errorTok(nt, "expected argument value expression")
			}
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.end(pos), Arg: p.name(nt), Value: v})
			sawKw = true
		default:
			if (p.kind() == tTrue || p.kind() == tFalse || p.kind() == tNone) && p.peekKind(1) == tEqual {
				p.errorTok(p.tok(), fmt.Sprintf("cannot assign to %s", p.tok().kind))
			}
			saved := p.inArgs
			p.inArgs = true
			e := p.namedExpression()
			p.inArgs = saved
			if p.kind() == tFor || p.kind() == tAsync && p.peekKind(1) == tFor {
				if !call {
					p.syntaxError(p.tok())
				}
				gens := p.comprehensions()
				lp := &p.toks[lparIdx]
				g := &GeneratorExp{Elt: e, Generators: gens}
				// Position fixed up by primary (sole argument) or rejected.
				g.Pos = Pos{EndLineno: int(lp.line), EndColOffset: int(lp.col)}
				if !call || len(args) > 0 || len(kws) > 0 || p.kind() != tRPar {
					if p.kind() == tComma && p.peekKind(1) == tRPar && call && len(args) == 0 && len(kws) == 0 {
						p.errorAt(e.Span().Lineno, e.Span().ColOffset, int(p.prev().eline), int(p.prev().ecol), "Generator expression must be parenthesized")
					}
					p.errorAt(e.Span().Lineno, e.Span().ColOffset, int(p.prev().eline), int(p.prev().ecol), "Generator expression must be parenthesized")
				}
				args = append(args, g)
				break
			}
			if p.kind() == tEqual {
				if _, ok := e.(*Name); !ok {
					p.errorNode(e, "expression cannot contain assignment, perhaps you meant \"==\"?")
				}
			}
			if deferred == "" {
				if sawKwUnpack {
					deferred = "positional argument follows keyword argument unpacking"
				} else if sawKw {
					deferred = "positional argument follows keyword argument"
				}
			}
			args = append(args, e)
		}
		if !p.got(tComma) {
			break
		}
		if len(args) == 1 && deferred == "" {
			if g, ok := args[0].(*GeneratorExp); ok && g.Lineno == 0 {
				p.errorAt(g.Elt.Span().Lineno, g.Elt.Span().ColOffset, int(p.prev().eline), int(p.prev().ecol), "Generator expression must be parenthesized")
			}
		}
	}
	if deferred != "" {
		// CPython reports these at the furthest token it read.
		if p.kind() == tRPar {
			p.errorTok(p.tok(), deferred)
		}
		p.syntaxError(p.tok())
	}
	return args, kws
}

// comprehensions parses one or more for/if clauses.
func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for {
		c := &Comprehension{}
		if p.got(tAsync) {
			c.IsAsync = 1
		}
		if !p.got(tFor) {
			p.syntaxError(p.tok())
		}
		c.Target = p.starTargets()
		if p.kind() != tIn {
			p.errorTok(p.tok(), "'in' expected after for-loop variables")
		}
		p.i++
		c.Iter = p.disjunction()
		for p.got(tIf) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
		if p.kind() != tFor && !(p.kind() == tAsync && p.peekKind(1) == tFor) {
			return gens
		}
	}
}

func (p *parser) yieldExpr() Expr {
	pos := p.start()
	p.i++
	if p.got(tFrom) {
		v := p.expression()
		return &YieldFrom{Pos: p.end(pos), Value: v}
	}
	y := &Yield{}
	if startsExpr(p.kind()) {
		y.Value = p.starExpressions()
	}
	y.Pos = p.end(pos)
	return y
}

func (p *parser) atom() Expr {
	t := p.tok()
	pos := p.startOf(t)
	switch t.kind {
	case tName:
		p.i++
		return &Name{Pos: p.end(pos), Id: p.name(t), Ctx: Load}
	case tTrue:
		p.i++
		return &Constant{Pos: p.end(pos), Value: true}
	case tFalse:
		p.i++
		return &Constant{Pos: p.end(pos), Value: false}
	case tNone:
		p.i++
		return &Constant{Pos: p.end(pos), Value: nil}
	case tEllipsis:
		p.i++
		return &Constant{Pos: p.end(pos), Value: Ellipsis{}}
	case tNumber:
		p.i++
		return &Constant{Pos: p.end(pos), Value: p.number(t)}
	case tString, tFStringStart:
		return p.strings()
	case tLPar:
		return p.parenAtom()
	case tLSqb:
		p.i++
		if p.got(tRSqb) {
			return &List{Pos: p.end(pos), Ctx: Load}
		}
		first := p.starNamedExpression()
		if p.kind() == tFor || p.kind() == tAsync && p.peekKind(1) == tFor {
			p.checkComprehensionElt(first, "list")
			gens := p.comprehensions()
			p.expect(tRSqb)
			return &ListComp{Pos: p.end(pos), Elt: first, Generators: gens}
		}
		elts := p.moreElts(first, tRSqb)
		return &List{Pos: p.end(pos), Elts: elts, Ctx: Load}
	case tLBrace:
		return p.braceAtom()
	}
	if t.kind == tIndent || t.kind == tDedent {
		p.syntaxError(t)
	}
	p.syntaxError(t)
	return nil
}

func (p *parser) checkComprehensionElt(e Expr, what string) {
	if _, ok := e.(*Starred); ok {
		p.errorNode(e, "iterable unpacking cannot be used in comprehension")
	}
}

// moreElts continues a display after its first element up to closer.
func (p *parser) moreElts(first Expr, closer tokKind) []Expr {
	elts := []Expr{first}
	for p.got(tComma) {
		if p.kind() == closer {
			break
		}
		if closer != tRPar && (p.kind() == tFor || p.kind() == tAsync && p.peekKind(1) == tFor) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	if closer != tRPar && (p.kind() == tFor || p.kind() == tAsync && p.peekKind(1) == tFor) {
		last := elts[len(elts)-1].Span()
		s := first.Span()
		p.errorAt(s.Lineno, s.ColOffset, last.EndLineno, last.EndColOffset, "did you forget parentheses around the comprehension target?")
	}
	if p.kind() != closer {
		p.missingCommaOrClose(closer)
	}
	p.i++
	return elts
}

func (p *parser) missingCommaOrClose(closer tokKind) {
	t := p.tok()
	if startsExpr(t.kind) && t.kind != tStar && t.kind != tMinus && t.kind != tPlus {
		// CPython: "invalid syntax. Perhaps you forgot a comma?", spanning
		// the expression before the missing comma.
		p.errorAt(p.lastDisj.Lineno, p.lastDisj.ColOffset, int(t.eline), int(t.ecol), "invalid syntax. Perhaps you forgot a comma?")
	}
	p.syntaxError(t)
}

func (p *parser) parenAtom() Expr {
	pos := p.start()
	p.i++
	if p.got(tRPar) {
		return &Tuple{Pos: p.end(pos), Ctx: Load}
	}
	if p.kind() == tYield {
		y := p.yieldExpr()
		p.expect(tRPar)
		return y
	}
	first := p.starNamedExpression()
	switch p.kind() {
	case tFor, tAsync:
		if p.kind() == tAsync && p.peekKind(1) != tFor {
			break
		}
		p.checkComprehensionElt(first, "generator")
		gens := p.comprehensions()
		p.expect(tRPar)
		return &GeneratorExp{Pos: p.end(pos), Elt: first, Generators: gens}
	case tRPar:
		p.i++
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "cannot use starred expression here")
		}
		return first
	case tComma:
		elts := p.moreElts(first, tRPar)
		return &Tuple{Pos: p.end(pos), Elts: elts, Ctx: Load}
	}
	p.missingCommaOrClose(tRPar)
	return nil
}

func (p *parser) braceAtom() Expr {
	pos := p.start()
	p.i++
	if p.got(tRBrace) {
		return &Dict{Pos: p.end(pos)}
	}
	if p.kind() == tDoubleStar {
		p.i++
		v := p.bitwiseOr()
		if p.kind() == tFor || p.kind() == tAsync {
			p.errorNode(v, "dict unpacking cannot be used in dict comprehension")
		}
		return p.dictRest(pos, nil, v)
	}
	firstKind := p.kind()
	first := p.starNamedExpression()
	if p.kind() == tColon {
		switch first.(type) {
		case *Starred:
			p.syntaxError(p.tok())
		case *NamedExpr:
			if firstKind != tLPar {
				p.syntaxError(p.tok())
			}
		}
		p.i++
		if p.kind() == tStar {
			p.errorTok(p.tok(), "cannot use a starred expression in a dictionary value")
		}
		v := p.expression()
		if p.kind() == tFor || p.kind() == tAsync && p.peekKind(1) == tFor {
			gens := p.comprehensions()
			p.expect(tRBrace)
			return &DictComp{Pos: p.end(pos), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(pos, first, v)
	}
	if p.kind() == tFor || p.kind() == tAsync && p.peekKind(1) == tFor {
		p.checkComprehensionElt(first, "set")
		gens := p.comprehensions()
		p.expect(tRBrace)
		return &SetComp{Pos: p.end(pos), Elt: first, Generators: gens}
	}
	elts := p.moreElts(first, tRBrace)
	return &Set{Pos: p.end(pos), Elts: elts}
}

func (p *parser) dictRest(pos Pos, k, v Expr) Expr {
	d := &Dict{Keys: []Expr{k}, Values: []Expr{v}}
	for p.got(tComma) {
		if p.kind() == tRBrace {
			break
		}
		if p.got(tDoubleStar) {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitwiseOr())
			continue
		}
		key := p.expression()
		if p.kind() != tColon {
			if p.kind() == tComma || p.kind() == tRBrace {
				p.errorNode(key, "':' expected after dictionary key")
			}
			p.syntaxError(p.tok())
		}
		p.i++
		d.Keys = append(d.Keys, key)
		d.Values = append(d.Values, p.expression())
	}
	if p.kind() != tRBrace {
		p.missingCommaOrClose(tRBrace)
	}
	p.i++
	d.Pos = p.end(pos)
	return d
}
