package frontend

// matchStmt parses a match statement, or returns nil (restoring the
// position) when "match" is an ordinary name here.
func (p *parser) matchStmt() Stmt {
	pos := p.start()
	line := int(p.tok().line)
	var subject Expr
	ok := p.try(func() {
		p.i++
		spos := p.start()
		first := p.starNamedExpression()
		if p.kind() == tComma {
			elts := []Expr{first}
			for p.got(tComma) {
				if p.kind() == tColon {
					break
				}
				elts = append(elts, p.starNamedExpression())
			}
			subject = &Tuple{Pos: p.end(spos), Elts: elts, Ctx: Load}
		} else {
			if _, ok := first.(*Starred); ok {
				p.syntaxError(p.tok())
			}
			subject = first
		}
		// "match" subject ':' NEWLINE commits; anything else (such as
		// `match[x]: int`) is another statement starting with the name.
		if p.kind() == tNewline {
			p.matchHint = p.tok()
		}
		if p.kind() != tColon || p.peekKind(1) != tNewline {
			p.syntaxError(p.tok())
		}
	})
	if !ok {
		return nil
	}
	p.i += 2
	m := &Match{Subject: subject}
	if p.kind() != tIndent {
		t := p.tok()
		panic(&SyntaxError{Line: int(t.line), Col: int(t.col) + 1, Kind: "IndentationError",
			Msg: "expected an indented block after 'match' statement on line " + itoa(line)})
	}
	p.i++
	for p.kind() != tDedent && p.kind() != tEOF {
		if !p.isSoftKeyword(p.tok(), "case") {
			p.syntaxError(p.tok())
		}
		cline := int(p.tok().line)
		p.i++
		c := &MatchCase{Pattern: p.patterns()}
		if p.got(tIf) {
			c.Guard = p.namedExpression()
		}
		c.Body = p.block("'case' statement", cline)
		m.Cases = append(m.Cases, c)
	}
	p.got(tDedent)
	m.Pos = p.end(pos)
	return m
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() Pattern {
	pos := p.start()
	first := p.maybeStarPattern()
	if p.kind() != tComma {
		if _, ok := first.(*MatchStar); ok {
			p.syntaxError(p.tok())
		}
		return first
	}
	pats := []Pattern{first}
	for p.got(tComma) {
		if p.kind() == tColon || p.kind() == tIf {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.end(pos), Patterns: pats}
}

func (p *parser) maybeStarPattern() Pattern {
	if p.kind() == tStar {
		pos := p.start()
		p.i++
		nt := p.expect(tName)
		n := p.name(nt)
		if n == "_" {
			n = ""
		}
		return &MatchStar{Pos: p.end(pos), Name: n}
	}
	return p.pattern()
}

// pattern: or_pattern ['as' NAME].
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	pos := p.start()
	pat := p.orPattern()
	if p.got(tAs) {
		nt := p.tok()
		if nt.kind != tName {
			p.errorTok(nt, "invalid pattern target")
		}
		p.i++
		n := p.name(nt)
		if n == "_" {
			p.errorTok(nt, "cannot use '_' as a target")
		}
		return &MatchAs{Pos: p.end(pos), Pattern: pat, Name: n}
	}
	return pat
}

func (p *parser) orPattern() Pattern {
	pos := p.start()
	first := p.closedPattern()
	if p.kind() != tVBar {
		return first
	}
	pats := []Pattern{first}
	for p.got(tVBar) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.end(pos), Patterns: pats}
}

func (p *parser) closedPattern() Pattern {
	t := p.tok()
	pos := p.startOf(t)
	switch t.kind {
	case tNone:
		p.i++
		return &MatchSingleton{Pos: p.end(pos), Value: nil}
	case tTrue:
		p.i++
		return &MatchSingleton{Pos: p.end(pos), Value: true}
	case tFalse:
		p.i++
		return &MatchSingleton{Pos: p.end(pos), Value: false}
	case tNumber, tMinus:
		v := p.signedNumberExpr()
		return &MatchValue{Pos: v.Span(), Value: v}
	case tString, tFStringStart:
		// f-strings are accepted by the parser and rejected by the compiler.
		v := p.strings()
		return &MatchValue{Pos: v.Span(), Value: v}
	case tName:
		var e Expr
		p.i++
		e = &Name{Pos: p.end(pos), Id: p.name(t), Ctx: Load}
		for p.kind() == tDot {
			p.i++
			nt := p.expect(tName)
			e = &Attribute{Pos: p.end(pos), Value: e, Attr: p.name(nt), Ctx: Load}
		}
		if p.kind() == tLPar {
			return p.classPattern(pos, e)
		}
		if n, ok := e.(*Name); ok {
			if n.Id == "_" {
				return &MatchAs{Pos: n.Pos}
			}
			return &MatchAs{Pos: n.Pos, Name: n.Id}
		}
		return &MatchValue{Pos: e.Span(), Value: e}
	case tLPar:
		p.i++
		if p.got(tRPar) {
			return &MatchSequence{Pos: p.end(pos)}
		}
		first := p.maybeStarPattern()
		if p.got(tRPar) {
			if _, ok := first.(*MatchStar); ok {
				return &MatchSequence{Pos: p.end(pos), Patterns: []Pattern{first}}
			}
			return first // group pattern
		}
		if p.kind() != tComma {
			p.syntaxError(p.tok())
		}
		pats := []Pattern{first}
		for p.got(tComma) {
			if p.kind() == tRPar {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(tRPar)
		return &MatchSequence{Pos: p.end(pos), Patterns: pats}
	case tLSqb:
		p.i++
		var pats []Pattern
		for p.kind() != tRSqb {
			pats = append(pats, p.maybeStarPattern())
			if !p.got(tComma) {
				break
			}
		}
		p.expect(tRSqb)
		return &MatchSequence{Pos: p.end(pos), Patterns: pats}
	case tLBrace:
		return p.mappingPattern()
	}
	p.syntaxError(t)
	return nil
}

// signedNumberExpr parses a (possibly negative, possibly complex) number literal.
func (p *parser) signedNumberExpr() Expr {
	pos := p.start()
	var e Expr
	if p.kind() == tMinus {
		p.i++
		nt := p.expect(tNumber)
		c := &Constant{Pos: p.end(p.startOf(nt)), Value: p.number(nt)}
		e = &UnaryOp{Pos: p.end(pos), Op: USub, Operand: c}
	} else {
		nt := p.expect(tNumber)
		e = &Constant{Pos: p.end(pos), Value: p.number(nt)}
	}
	if p.kind() == tPlus || p.kind() == tMinus {
		if c, ok := e.(*Constant); ok {
			if _, im := c.Value.(Imag); im {
				p.errorNode(c, "real number required in complex literal")
			}
		} else if u, ok := e.(*UnaryOp); ok {
			if _, im := u.Operand.(*Constant).Value.(Imag); im {
				p.errorNode(u, "real number required in complex literal")
			}
		}
		op := Add
		if p.kind() == tMinus {
			op = Sub
		}
		p.i++
		nt := p.expect(tNumber)
		v := p.number(nt)
		r := &Constant{Pos: p.end(p.startOf(nt)), Value: v}
		if _, ok := v.(Imag); !ok {
			p.errorNode(r, "imaginary number required in complex literal")
		}
		e = &BinOp{Pos: p.end(pos), Left: e, Op: op, Right: r}
	} else if c, ok := e.(*Constant); ok {
		_ = c
	}
	return e
}

func (p *parser) classPattern(pos Pos, cls Expr) Pattern {
	p.i++
	m := &MatchClass{Cls: cls}
	for p.kind() != tRPar {
		if p.kind() == tName && p.peekKind(1) == tEqual {
			nt := p.advance()
			p.i++
			m.KwdAttrs = append(m.KwdAttrs, p.name(nt))
			m.KwdPatterns = append(m.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(m.KwdAttrs) > 0 {
				p.errorNode(pat, "positional patterns follow keyword patterns")
			}
			m.Patterns = append(m.Patterns, pat)
		}
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRPar)
	m.Pos = p.end(pos)
	return m
}

func (p *parser) mappingPattern() Pattern {
	pos := p.start()
	p.i++
	m := &MatchMapping{}
	for p.kind() != tRBrace {
		if p.got(tDoubleStar) {
			nt := p.expect(tName)
			m.Rest = p.name(nt)
			p.got(tComma)
			if p.kind() != tRBrace {
				p.syntaxError(p.tok())
			}
			break
		}
		var key Expr
		switch p.kind() {
		case tNumber, tMinus:
			key = p.signedNumberExpr()
		case tString:
			key = p.strings()
		case tNone:
			t := p.advance()
			key = &Constant{Pos: p.end(p.startOf(t)), Value: nil}
		case tTrue, tFalse:
			t := p.advance()
			key = &Constant{Pos: p.end(p.startOf(t)), Value: t.kind == tTrue}
		case tName:
			kpos := p.start()
			t := p.advance()
			key = &Name{Pos: p.end(kpos), Id: p.name(t), Ctx: Load}
			if p.kind() != tDot {
				p.syntaxError(p.tok())
			}
			for p.got(tDot) {
				nt := p.expect(tName)
				key = &Attribute{Pos: p.end(kpos), Value: key, Attr: p.name(nt), Ctx: Load}
			}
		default:
			p.syntaxError(p.tok())
		}
		p.expect(tColon)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.got(tComma) {
			break
		}
	}
	p.expect(tRBrace)
	m.Pos = p.end(pos)
	return m
}
