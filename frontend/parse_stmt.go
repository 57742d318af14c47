package frontend

import "fmt"

// ---- module and statements ----

func (p *parser) parseModule() *Module {
	m := &Module{}
	for p.kind() != tEOF {
		if p.got(tNewline) {
			continue
		}
		m.Body = p.appendStatement(m.Body)
	}
	return m
}

// appendStatement parses one statement line (compound or simple list).
func (p *parser) appendStatement(body []Stmt) []Stmt {
	p.chain = 0
	// At a statement boundary nothing looks further back than a few tokens
	// (and no speculative parse is active): keep the token buffer small.
	if p.i > 512 && p.trying == 0 {
		keep := p.i - 8
		n := copy(p.toks, p.toks[keep:])
		p.toks = p.toks[:n]
		p.i -= keep
	}
	p.matchHint = nil
	if s := p.compoundStmt(); s != nil {
		return append(body, s)
	}
	if hint := p.matchHint; hint != nil {
		p.matchHint = nil
		var out []Stmt
		if err := p.tryErr(func() { out = p.simpleStmts(body) }); err != nil {
			p.errorTok(hint, "expected ':'")
		}
		return out
	}
	return p.simpleStmts(body)
}

// block parses ':' followed by a suite. what describes the statement for
// "expected an indented block after ..." errors.
func (p *parser) block(what string, line int) []Stmt {
	p.expectColon()
	return p.suite(what, line)
}

// expectColon consumes the ':' of a compound statement; like CPython it
// says "expected ':'" only when the line ends where the colon should be.
func (p *parser) expectColon() {
	if p.kind() != tColon {
		t := p.tok()
		if t.kind == tNewline {
			p.errorTok(t, "expected ':'")
		}
		p.syntaxError(t)
	}
	p.i++
}

// forcedBlock is block for the statements whose grammar forces the colon
// (def, else, try, finally): "expected ':'" whatever follows.
func (p *parser) forcedBlock(what string, line int) []Stmt {
	if p.kind() != tColon {
		p.errorTok(p.tok(), "expected ':'")
	}
	p.i++
	return p.suite(what, line)
}

func (p *parser) suite(what string, line int) []Stmt {
	if p.got(tNewline) {
		if p.kind() != tIndent {
			t := p.tok()
			e := &SyntaxError{Line: int(t.line), Col: p.sc.charCol(int(t.line), int(t.col)) + 1,
				Msg: fmt.Sprintf("expected an indented block after %s on line %d", what, line), Kind: "IndentationError"}
			panic(e)
		}
		p.i++
		var body []Stmt
		for p.kind() != tDedent && p.kind() != tEOF {
			body = p.appendStatement(body)
		}
		p.got(tDedent)
		return body
	}
	return p.simpleStmts(nil)
}

func (p *parser) simpleStmts(body []Stmt) []Stmt {
	for {
		body = append(body, p.simpleStmt())
		if p.got(tSemi) {
			if p.kind() == tNewline {
				break
			}
			continue
		}
		break
	}
	if !p.got(tNewline) {
		p.syntaxErrorAfterStmt()
	}
	return body
}

func (p *parser) syntaxErrorAfterStmt() {
	t := p.tok()
	prev := &p.toks[p.i-1]
	// "print x" style errors and missing commas get CPython's hints.
	if t.kind == tName || t.kind == tNumber || t.kind == tString || t.kind == tFStringStart {
		if prev.kind == tName && string(p.text(prev)) == "print" && p.i >= 1 {
			p.errorAt(int(prev.line), int(prev.col), int(t.eline), int(t.ecol), "Missing parentheses in call to 'print'. Did you mean print(...)?")
		}
	}
	p.syntaxError(t)
}

func (p *parser) isSoftKeyword(t *token, kw string) bool {
	return t.kind == tName && string(p.text(t)) == kw
}

func (p *parser) compoundStmt() Stmt {
	t := p.tok()
	switch t.kind {
	case tDef:
		return p.funcDef(nil, p.start(), false)
	case tIf:
		return p.ifStmt()
	case tClass:
		return p.classDef(nil, p.start())
	case tWith:
		return p.withStmt(p.start(), false)
	case tFor:
		return p.forStmt(p.start(), false)
	case tTry:
		return p.tryStmt()
	case tWhile:
		return p.whileStmt()
	case tAt:
		return p.decorated()
	case tAsync:
		pos := p.start()
		switch p.peekKind(1) {
		case tDef:
			p.i++
			return p.funcDef(nil, pos, true)
		case tWith:
			p.i++
			return p.withStmt(pos, true)
		case tFor:
			p.i++
			return p.forStmt(pos, true)
		}
		p.i++
		p.syntaxError(p.tok())
	case tName:
		if p.isSoftKeyword(t, "match") {
			if s := p.matchStmt(); s != nil {
				return s
			}
		}
	}
	return nil
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	pos := p.start()
	for p.got(tAt) {
		decos = append(decos, p.namedExpression())
		if !p.got(tNewline) {
			p.syntaxError(p.tok())
		}
	}
	pos = p.start()
	switch p.kind() {
	case tDef:
		return p.funcDef(decos, pos, false)
	case tAsync:
		if p.peekKind(1) == tDef {
			p.i++
			return p.funcDef(decos, pos, true)
		}
	case tClass:
		return p.classDef(decos, pos)
	}
	p.syntaxError(p.tok())
	return nil
}

func (p *parser) funcDef(decos []Expr, pos Pos, async bool) Stmt {
	defLine := int(p.tok().line)
	p.expect(tDef)
	nameTok := p.expect(tName)
	f := &FunctionDef{IsAsync: async, Name: p.name(nameTok), DecoratorList: decos}
	if p.kind() == tLSqb {
		lsqb := p.tok()
		if p.peekKind(1) == tRSqb {
			p.i++
			p.errorTok(p.tok(), "Type parameter list cannot be empty")
		}
		if !p.try(func() { f.TypeParams = p.typeParams() }) {
			p.errorTok(lsqb, "expected '('")
		}
	}
	if p.kind() != tLPar {
		p.errorTok(p.tok(), "expected '('")
	}
	p.i++
	f.Args = p.parameters(tRPar, true)
	p.expect(tRPar)
	if p.kind() == tRArrow {
		arrow := p.tok()
		if !p.try(func() { p.i++; f.Returns = p.expression() }) {
			p.errorTok(arrow, "expected ':'")
		}
	}
	what := "function definition"
	f.Body = p.forcedBlock(what, defLine)
	f.Pos = p.end(pos)
	return f
}

func (p *parser) classDef(decos []Expr, pos Pos) Stmt {
	line := int(p.tok().line)
	p.expect(tClass)
	nameTok := p.expect(tName)
	c := &ClassDef{Name: p.name(nameTok), DecoratorList: decos}
	if p.kind() == tLSqb {
		c.TypeParams = p.typeParams()
	}
	if p.got(tLPar) {
		if p.kind() != tRPar {
			c.Bases, c.Keywords = p.arguments(false)
		}
		p.expect(tRPar)
	}
	c.Body = p.block("class definition", line)
	c.Pos = p.end(pos)
	return c
}

func (p *parser) ifStmt() Stmt {
	pos := p.start()
	line := int(p.tok().line)
	p.i++
	s := &If{Test: p.namedExpression()}
	s.Body = p.block("'if' statement", line)
	s.Orelse = p.elseOrElif()
	s.Pos = p.end(pos)
	return s
}

func (p *parser) elseOrElif() []Stmt {
	switch p.kind() {
	case tElif:
		pos := p.start()
		line := int(p.tok().line)
		p.i++
		s := &If{Test: p.namedExpression()}
		s.Body = p.block("'elif' statement", line)
		s.Orelse = p.elseOrElif()
		s.Pos = p.end(pos)
		return []Stmt{s}
	case tElse:
		line := int(p.tok().line)
		p.i++
		return p.forcedBlock("'else' statement", line)
	}
	return nil
}

func (p *parser) whileStmt() Stmt {
	pos := p.start()
	line := int(p.tok().line)
	p.i++
	s := &While{Test: p.namedExpression()}
	s.Body = p.block("'while' statement", line)
	if p.kind() == tElse {
		line := int(p.tok().line)
		p.i++
		s.Orelse = p.forcedBlock("'else' statement", line)
	}
	s.Pos = p.end(pos)
	return s
}

func (p *parser) forStmt(pos Pos, async bool) Stmt {
	line := int(p.tok().line)
	p.expect(tFor)
	s := &For{IsAsync: async}
	s.Target = p.starTargets()
	if p.kind() != tIn {
		p.syntaxError(p.tok())
	}
	p.i++
	s.Iter = p.starExpressions()
	s.Body = p.block("'for' statement", line)
	if p.kind() == tElse {
		line := int(p.tok().line)
		p.i++
		s.Orelse = p.forcedBlock("'else' statement", line)
	}
	s.Pos = p.end(pos)
	return s
}

func (p *parser) withStmt(pos Pos, async bool) Stmt {
	line := int(p.tok().line)
	p.expect(tWith)
	s := &With{IsAsync: async}
	parsed := false
	if p.kind() == tLPar {
		// with ( item, item, ) :
		parsed = p.try(func() {
			p.i++
			var items []*WithItem
			for {
				items = append(items, p.withItem())
				if !p.got(tComma) || p.kind() == tRPar {
					break
				}
			}
			p.expect(tRPar)
			if p.kind() != tColon {
				p.syntaxError(p.tok())
			}
			s.Items = items
		})
	}
	if !parsed {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.got(tComma) {
				break
			}
		}
	}
	s.Body = p.block("'with' statement", line)
	s.Pos = p.end(pos)
	return s
}

func (p *parser) withItem() *WithItem {
	w := &WithItem{ContextExpr: p.expression()}
	if p.got(tAs) {
		w.OptionalVars = p.starTarget()
		switch p.kind() {
		case tComma, tRPar, tColon:
		default:
			p.syntaxError(p.tok())
		}
	}
	return w
}

func (p *parser) tryStmt() Stmt {
	pos := p.start()
	line := int(p.tok().line)
	p.i++
	s := &Try{}
	s.Body = p.forcedBlock("'try' statement", line)
	sawPlain, sawStar := false, false
	for p.kind() == tExcept {
		hpos := p.start()
		hline := int(p.tok().line)
		p.i++
		h := &ExceptHandler{}
		star := p.got(tStar)
		if star {
			sawStar = true
		} else {
			sawPlain = true
		}
		if sawPlain && sawStar {
			p.errorAt(hpos.Lineno, hpos.ColOffset, hpos.Lineno, hpos.ColOffset, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		if p.kind() == tNewline {
			p.errorTok(p.tok(), "expected ':'")
		}
		if p.kind() != tColon {
			h.Type = p.expression()
			if p.kind() == tComma {
				tpos := h.Type.Span()
				elts := []Expr{h.Type}
				for p.got(tComma) {
					elts = append(elts, p.expression())
				}
				if p.kind() != tAs {
					_ = tpos
					p.errorAt(tpos.Lineno, tpos.ColOffset, int(p.prev().eline), int(p.prev().ecol), "multiple exception types must be parenthesized")
				}
				p.syntaxError(p.tok())
			}
			if p.got(tAs) {
				h.Name = p.name(p.expect(tName))
			}
		} else if star {
			p.errorTok(p.tok(), "expected one or more exception types")
		}
		what := "'except' statement"
		if star {
			what = "'except*' statement"
		}
		h.Body = p.block(what, hline)
		h.Pos = p.end(hpos)
		s.Handlers = append(s.Handlers, h)
	}
	s.IsStar = sawStar
	if p.kind() == tElse {
		if len(s.Handlers) == 0 {
			p.errorTok(p.tok(), "expected 'except' or 'finally' block")
		}
		line := int(p.tok().line)
		p.i++
		s.Orelse = p.forcedBlock("'else' statement", line)
	}
	if p.kind() == tFinally {
		line := int(p.tok().line)
		p.i++
		s.Finalbody = p.forcedBlock("'finally' statement", line)
	}
	if len(s.Handlers) == 0 && s.Finalbody == nil {
		j := p.i
		for j > 0 && (p.toks[j].kind == tDedent || p.toks[j].kind == tEOF) {
			j--
		}
		p.errorTok(&p.toks[j], "expected 'except' or 'finally' block")
	}
	s.Pos = p.end(pos)
	return s
}

// ---- simple statements ----

func (p *parser) simpleStmt() Stmt {
	pos := p.start()
	t := p.tok()
	switch t.kind {
	case tPass:
		p.i++
		return &Pass{p.end(pos)}
	case tBreak:
		p.i++
		return &Break{p.end(pos)}
	case tContinue:
		p.i++
		return &Continue{p.end(pos)}
	case tReturn:
		p.i++
		s := &Return{}
		if !p.atStmtEnd() {
			s.Value = p.starExpressions()
		}
		s.Pos = p.end(pos)
		return s
	case tRaise:
		p.i++
		s := &Raise{}
		if !p.atStmtEnd() {
			s.Exc = p.expression()
			if p.got(tFrom) {
				s.Cause = p.expression()
			}
		}
		s.Pos = p.end(pos)
		return s
	case tGlobal, tNonlocal:
		p.i++
		var names []string
		for {
			names = append(names, p.name(p.expect(tName)))
			if !p.got(tComma) {
				break
			}
		}
		if t.kind == tGlobal {
			return &Global{p.end(pos), names}
		}
		return &Nonlocal{p.end(pos), names}
	case tDel:
		p.i++
		s := &Delete{}
		s.Targets = p.delTargets()
		s.Pos = p.end(pos)
		return s
	case tAssert:
		p.i++
		s := &Assert{Test: p.expression()}
		if p.got(tComma) {
			s.Msg = p.expression()
		}
		s.Pos = p.end(pos)
		return s
	case tImport:
		return p.importName()
	case tFrom:
		return p.importFrom()
	case tName:
		if p.isSoftKeyword(t, "type") && p.peekKind(1) == tName && (p.peekKind(2) == tEqual || p.peekKind(2) == tLSqb) {
			return p.typeAlias()
		}
	}
	return p.exprOrAssign()
}

func (p *parser) atStmtEnd() bool {
	k := p.kind()
	return k == tNewline || k == tSemi || k == tEOF
}

func (p *parser) typeAlias() Stmt {
	pos := p.start()
	p.i++
	nt := p.advance()
	s := &TypeAlias{Name: &Name{Pos: p.end(p.startOf(nt)), Id: p.name(nt), Ctx: Store}}
	if p.kind() == tLSqb {
		s.TypeParams = p.typeParams()
	}
	p.expect(tEqual)
	s.Value = p.expression()
	s.Pos = p.end(pos)
	return s
}

func (p *parser) dottedName() string {
	t := p.expect(tName)
	n := p.name(t)
	for p.kind() == tDot && p.peekKind(1) == tName {
		p.i++
		n += "." + p.name(p.advance())
	}
	if p.kind() == tDot {
		p.i++
		p.syntaxError(p.tok())
	}
	return n
}

func (p *parser) importName() Stmt {
	pos := p.start()
	p.i++
	if p.atStmtEnd() {
		p.errorTok(p.tok(), "Expected one or more names after 'import'")
	}
	s := &Import{}
	for {
		apos := p.start()
		a := &Alias{Name: p.dottedName()}
		if p.got(tAs) {
			a.Asname = p.name(p.expect(tName))
		}
		a.Pos = p.end(apos)
		s.Names = append(s.Names, a)
		if !p.got(tComma) {
			break
		}
	}
	s.Pos = p.end(pos)
	return s
}

func (p *parser) importFrom() Stmt {
	pos := p.start()
	p.i++
	s := &ImportFrom{}
	for {
		if p.got(tDot) {
			s.Level++
		} else if p.got(tEllipsis) {
			s.Level += 3
		} else {
			break
		}
	}
	if p.kind() != tImport || s.Level == 0 {
		s.Module = p.dottedName()
	}
	if p.kind() != tImport {
		p.errorTok(p.tok(), "invalid syntax")
	}
	p.i++
	if p.atStmtEnd() {
		p.errorTok(p.tok(), "Expected one or more names after 'import'")
	}
	if p.kind() == tStar {
		st := p.advance()
		s.Names = []*Alias{{Pos: p.end(p.startOf(st)), Name: "*"}}
		s.Pos = p.end(pos)
		return s
	}
	paren := p.got(tLPar)
	for {
		apos := p.start()
		a := &Alias{Name: p.name(p.expect(tName))}
		if p.got(tAs) {
			a.Asname = p.name(p.expect(tName))
		}
		a.Pos = p.end(apos)
		s.Names = append(s.Names, a)
		if !p.got(tComma) {
			break
		}
		if paren && p.kind() == tRPar {
			break
		}
		if !paren && p.atStmtEnd() {
			p.errorTok(p.tok(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(tRPar)
	}
	s.Pos = p.end(pos)
	return s
}

// exprOrAssign parses expression statements and all assignment forms.
func (p *parser) exprOrAssign() Stmt {
	pos := p.start()
	first := p.tok()
	var e Expr
	if p.kind() == tYield {
		e = p.yieldExpr()
		if p.kind() == tEqual {
			p.errorNode(e, "assignment to yield expression not possible")
		}
	} else {
		e = p.starExpressions()
	}
	switch k := p.kind(); k {
	case tEqual:
		targets := []Expr{e}
		var value Expr
		for p.got(tEqual) {
			if p.kind() == tYield {
				value = p.yieldExpr()
				if p.kind() == tEqual {
					p.errorNode(value, "assignment to yield expression not possible")
				}
			} else {
				value = p.starExpressions()
			}
			if p.kind() == tEqual {
				targets = append(targets, value)
			}
		}
		for i, t := range targets {
			p.setContext(t, Store, len(targets) == 1 && i == 0)
		}
		return &Assign{Pos: p.end(pos), Targets: targets, Value: value}
	case tColon:
		// Annotated assignment: a single target. CPython checks the target
		// only once an annotation expression follows the colon.
		if !startsExpr(p.peekKind(1)) || p.peekKind(1) == tStar {
			p.i++
			p.syntaxError(p.tok())
		}
		simple := 0
		switch t := e.(type) {
		case *Name:
			if first.kind != tLPar {
				simple = 1
			}
		case *Attribute, *Subscript:
		case *Tuple:
			if first.kind == tLPar {
				p.errorNode(e, "only single target (not tuple) can be annotated")
			}
			p.errorNode(e, "only single target (not tuple) can be annotated")
		case *List:
			p.errorNode(e, "only single target (not list) can be annotated")
		default:
			_ = t
			p.errorNode(e, fmt.Sprintf("illegal target for annotation"))
		}
		p.setContext(e, Store, false)
		p.i++
		s := &AnnAssign{Target: e, Annotation: p.expression(), Simple: simple}
		if p.got(tEqual) {
			if p.kind() == tYield {
				s.Value = p.yieldExpr()
			} else {
				s.Value = p.starExpressions()
			}
		}
		s.Pos = p.end(pos)
		return s
	case tPlusEqual, tMinEqual, tStarEqual, tSlashEqual, tPercentEqual, tAmperEqual, tVBarEqual,
		tCircumflexEqual, tLeftShiftEqual, tRightShiftEqual, tDoubleStarEqual, tDoubleSlashEqual, tAtEqual:
		switch e.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.errorNode(e, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(e)))
		}
		p.setContext(e, Store, false)
		p.i++
		s := &AugAssign{Target: e, Op: augOps[k]}
		if p.kind() == tYield {
			s.Value = p.yieldExpr()
		} else {
			s.Value = p.starExpressions()
		}
		s.Pos = p.end(pos)
		return s
	}
	return &ExprStmt{Pos: p.end(pos), Value: e}
}

var augOps = map[tokKind]Operator{
	tPlusEqual: Add, tMinEqual: Sub, tStarEqual: Mult, tSlashEqual: Div, tPercentEqual: Mod,
	tAmperEqual: BitAnd, tVBarEqual: BitOr, tCircumflexEqual: BitXor, tLeftShiftEqual: LShift,
	tRightShiftEqual: RShift, tDoubleStarEqual: Pow, tDoubleSlashEqual: FloorDiv, tAtEqual: MatMult,
}

// exprName is CPython's _PyPegen_get_expr_name.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case Ellipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *Slice:
		return "slice"
	}
	return "expression"
}

// setContext turns an expression into an assignment (Store) or deletion
// (Del) target, raising CPython's error for invalid targets.
func (p *parser) setContext(e Expr, ctx ExprContext, hint bool) {
	switch t := e.(type) {
	case *Name:
		t.Ctx = ctx
		return
	case *Attribute:
		t.Ctx = ctx
		return
	case *Subscript:
		t.Ctx = ctx
		return
	case *Starred:
		if ctx == Del {
			break
		}
		t.Ctx = ctx
		p.setContext(t.Value, ctx, false)
		return
	case *Tuple:
		t.Ctx = ctx
		for _, x := range t.Elts {
			p.setContext(x, ctx, false)
		}
		return
	case *List:
		t.Ctx = ctx
		for _, x := range t.Elts {
			p.setContext(x, ctx, false)
		}
		return
	}
	verb := "assign to"
	if ctx == Del {
		verb = "delete"
	}
	msg := fmt.Sprintf("cannot %s %s", verb, exprName(e))
	switch e.(type) {
	case *NamedExpr:
		if ctx == Store {
			msg = "cannot assign to named expression"
		}
	}
	if hint && ctx == Store {
		switch x := e.(type) {
		case *Constant:
		case *Starred:
		default:
			_ = x
			msg += " here. Maybe you meant '==' instead of '='?"
		}
	}
	p.errorNode(e, msg)
}

// delTargets parses del_targets; when they do not parse, CPython reparses
// the operand as star_expressions to name what cannot be deleted.
func (p *parser) delTargets() []Expr {
	start := p.i
	var ts []Expr
	err := p.tryErr(func() {
		for {
			var e Expr
			if p.kind() == tStar || p.kind() == tMinus || p.kind() == tPlus || p.kind() == tTilde ||
				p.kind() == tNot || p.kind() == tLambda || p.kind() == tAwait {
				p.syntaxError(p.tok())
			}
			e = p.primary()
			if k := p.kind(); k != tComma && k != tSemi && k != tNewline && k != tEOF {
				p.syntaxError(p.tok())
			}
			p.setContext(e, Del, false)
			ts = append(ts, e)
			if !p.got(tComma) || p.atStmtEnd() {
				break
			}
		}
	})
	if err == nil {
		return ts
	}
	p.i = start
	var e Expr
	if p.tryErr(func() { e = p.starExpressions() }) == nil {
		p.setContext(e, Del, false)
	}
	panic(err)
}

// starTargets parses for-loop targets: star_targets.
func (p *parser) starTargets() Expr {
	pos := p.start()
	first := p.starTarget()
	if p.kind() != tComma {
		// A lone starred target is the compiler's error, not the parser's.
		return first
	}
	elts := []Expr{first}
	for p.got(tComma) {
		if p.kind() == tIn || p.kind() == tEqual {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{Pos: p.end(pos), Elts: elts, Ctx: Store}
}

func (p *parser) starTarget() Expr {
	pos := p.start()
	if p.got(tStar) {
		if p.kind() == tStar {
			p.syntaxError(p.tok())
		}
		p.enter()
		v := p.starTarget()
		p.leave()
		return &Starred{Pos: p.end(pos), Value: v, Ctx: Store}
	}
	e := p.bitwiseOr()
	switch e.(type) {
	case *Name, *Attribute, *Subscript, *Tuple, *List:
	default:
		if p.kind() == tIn || p.kind() == tComma || p.kind() == tEqual || p.kind() == tColon || p.kind() == tRPar {
			verb := "cannot assign to " + exprName(e)
			p.errorNode(e, verb)
		}
		p.syntaxError(p.tok())
	}
	p.setContext(e, Store, false)
	return e
}

// ---- type parameters ----

func (p *parser) typeParams() []TypeParam {
	p.expect(tLSqb)
	if p.kind() == tRSqb {
		p.errorTok(p.tok(), "Type parameter list cannot be empty")
	}
	var tps []TypeParam
	for {
		pos := p.start()
		switch p.kind() {
		case tStar:
			p.i++
			tp := &TypeVarTuple{Name: p.name(p.expect(tName))}
			if p.kind() == tColon {
				p.errorTok(p.tok(), "cannot use bound with TypeVarTuple")
			}
			if p.got(tEqual) {
				tp.DefaultValue = p.starExpression()
			}
			tp.Pos = p.end(pos)
			tps = append(tps, tp)
		case tDoubleStar:
			p.i++
			tp := &ParamSpec{Name: p.name(p.expect(tName))}
			if p.kind() == tColon {
				p.errorTok(p.tok(), "cannot use bound with ParamSpec")
			}
			if p.got(tEqual) {
				tp.DefaultValue = p.expression()
			}
			tp.Pos = p.end(pos)
			tps = append(tps, tp)
		default:
			tp := &TypeVar{Name: p.name(p.expect(tName))}
			if p.got(tColon) {
				tp.Bound = p.expression()
			}
			if p.got(tEqual) {
				tp.DefaultValue = p.expression()
			}
			tp.Pos = p.end(pos)
			tps = append(tps, tp)
		}
		if !p.got(tComma) || p.kind() == tRSqb {
			break
		}
	}
	p.expect(tRSqb)
	return tps
}

// ---- parameters ----

// parameters parses a def (annotations allowed) or lambda parameter list up
// to the closing token.
func (p *parser) parameters(closer tokKind, annotations bool) *Arguments {
	a := &Arguments{}
	var plain []*Arg
	var defaults []Expr
	sawSlash, sawStar := false, false
	var noDefault *Arg // reported once the whole list parsed, as CPython does
	for p.kind() != closer {
		switch p.kind() {
		case tSlash:
			st := p.advance()
			if sawSlash {
				p.errorTok(st, "/ may appear only once")
			}
			if sawStar {
				p.errorTok(st, "/ must be ahead of *")
			}
			if len(plain) == 0 {
				if p.kind() == tComma {
					p.errorTok(st, "at least one argument must precede /")
				}
				p.errorTok(st, "invalid syntax")
			}
			sawSlash = true
			a.PosOnlyArgs = plain
			plain = nil
		case tStar:
			st := p.advance()
			if sawStar {
				p.errorTok(st, "* argument may appear only once")
			}
			sawStar = true
			if p.kind() == tComma || p.kind() == closer {
				// bare *: keyword-only parameters must follow.
				if p.kind() == closer || p.peekKind(1) == closer || p.peekKind(1) == tDoubleStar {
					p.errorTok(st, "named arguments must follow bare *")
				}
			} else {
				a.Vararg = p.param(annotations, true)
				if p.kind() == tEqual {
					p.errorTok(p.tok(), "var-positional argument cannot have default value")
				}
			}
		case tDoubleStar:
			p.i++
			a.Kwarg = p.param(annotations, false)
			if p.kind() == tEqual {
				p.errorTok(p.tok(), "var-keyword argument cannot have default value")
			}
			comma := p.got(tComma)
			if p.kind() != closer {
				if k := p.kind(); comma && k == tName || k == tStar || k == tDoubleStar || k == tSlash {
					p.errorTok(p.tok(), "arguments cannot follow var-keyword argument")
				}
				p.syntaxError(p.tok())
			}
			goto done
		case tName:
			arg := p.param(annotations, false)
			var def Expr
			if p.got(tEqual) {
				def = p.expression()
			}
			if sawStar {
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def == nil && len(defaults) > 0 && noDefault == nil {
					noDefault = arg
				}
				plain = append(plain, arg)
				if def != nil {
					defaults = append(defaults, def)
				}
			}
		default:
			p.syntaxError(p.tok())
		}
		if !p.got(tComma) {
			break
		}
	}
done:
	if noDefault != nil && p.kind() == closer {
		p.errorNode(noDefault, "parameter without a default follows parameter with a default")
	}
	a.Args = plain
	a.Defaults = defaults
	return a
}

func (p *parser) param(annotations, star bool) *Arg {
	pos := p.start()
	a := &Arg{Arg: p.name(p.expect(tName))}
	if annotations && p.got(tColon) {
		if star && p.kind() == tStar {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
	}
	a.Pos = p.end(pos)
	return a
}
