package frontend

import "unicode/utf8"

// maxDepth bounds the parser's recursion so that deeply nested input gives
// a SyntaxError rather than a Go stack overflow (CPython: MAXSTACK 6000).
const maxDepth = 6000

// parser is a recursive-descent parser over a lazily filled token buffer;
// backtracking resets the index. Errors are raised by panicking with a
// *SyntaxError and recovered in parseModule.
type parser struct {
	sc    scanner
	toks  []token
	i     int
	src   []byte
	depth int
	names map[string]string

	lastDisj Pos  // start of the last disjunction parsed (for comma hints)
	trying   int  // depth of speculative parses (try)
	inArgs   bool // parsing call arguments (kwarg errors take precedence)
	// matchHint is the NEWLINE after `match subject` when that did not
	// start a match statement: if the line fails to parse otherwise, CPython
	// says "expected ':'" there.
	matchHint *token
	chain     int // left-recursive nodes built in the current statement
	tokErr    *SyntaxError
}

// bailout marks a parse failure during speculative parsing.
type bailout struct{ err *SyntaxError }

func (p *parser) init(src []byte) {
	p.src = src
	p.sc.init(src)
	p.names = make(map[string]string, 256)
	p.toks = make([]token, 0, 256)
}

func (p *parser) fill(n int) {
	for len(p.toks) <= n {
		p.toks = append(p.toks, p.sc.next())
	}
}

func (p *parser) tok() *token {
	if p.i >= len(p.toks) {
		p.fill(p.i)
	}
	return &p.toks[p.i]
}

func (p *parser) peekKind(n int) tokKind {
	if p.i+n >= len(p.toks) {
		p.fill(p.i + n)
	}
	return p.toks[p.i+n].kind
}

func (p *parser) kind() tokKind { return p.tok().kind }

func (p *parser) advance() *token {
	t := p.tok()
	p.i++
	return t
}

func (p *parser) prev() *token { return &p.toks[p.i-1] }

func (p *parser) got(k tokKind) bool {
	if p.kind() == k {
		p.i++
		return true
	}
	return false
}

func (p *parser) expect(k tokKind) *token {
	if p.kind() != k {
		p.errExpected(k)
	}
	return p.advance()
}

func (p *parser) errExpected(k tokKind) {
	t := p.tok()
	switch k {
	case tRPar, tRSqb, tRBrace:
		p.missingCommaOrClose(k)
	}
	p.syntaxError(t)
}

// text returns the source text of t.
func (p *parser) text(t *token) []byte { return p.src[t.start:t.end] }

func (p *parser) name(t *token) string {
	b := p.src[t.start:t.end]
	if s, ok := p.names[string(b)]; ok {
		return s
	}
	s := string(b)
	for _, c := range b {
		if c >= 0x80 {
			s = nfkc(s)
			break
		}
	}
	p.names[string(b)] = s
	return s
}

// nfkc normalises an identifier code point by code point.
func nfkc(s string) string {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if m, ok := nfkcIdent[r]; ok {
			out = append(out, m...)
		} else {
			out = utf8.AppendRune(out, r)
		}
	}
	return string(out)
}

func (p *parser) startOf(t *token) Pos {
	return Pos{Lineno: int(t.line), ColOffset: int(t.col)}
}

// start returns the start of the current token.
func (p *parser) start() Pos { return p.startOf(p.tok()) }

// end completes pos with the end of the last consumed token.
func (p *parser) end(pos Pos) Pos {
	j := p.i - 1
	for j > 0 && (p.toks[j].kind == tNewline || p.toks[j].kind == tDedent || p.toks[j].kind == tIndent) {
		j--
	}
	t := &p.toks[j]
	pos.EndLineno, pos.EndColOffset = int(t.eline), int(t.ecol)
	return pos
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.errorTok(p.tok(), "Parser stack overflowed - Python source too complex to parse")
	}
}

func (p *parser) leave() { p.depth-- }

// maxChain bounds the left-recursive nodes (attribute, call, subscript and
// binary-operator chains) built within one statement, so that tree depth,
// and with it every recursive walk over the tree, stays bounded. CPython
// rejects trees deeper than about 10000 (RecursionError).
const maxChain = 100000

func (p *parser) chained() {
	p.chain++
	if p.chain > maxChain {
		p.errorTok(p.tok(), "maximum recursion depth exceeded during ast construction")
	}
}

// errorTok raises msg at token t.
func (p *parser) errorTok(t *token, msg string) {
	p.errorAt(int(t.line), int(t.col), int(t.eline), int(t.ecol), msg)
}

func (p *parser) errorNode(n Node, msg string) {
	s := n.Span()
	p.errorAt(s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset, msg)
}

func (p *parser) errorAt(line, col, eline, ecol int, msg string) {
	e := &SyntaxError{Line: line, Col: p.sc.charCol(line, col) + 1, EndLine: eline, EndCol: p.sc.charCol(eline, ecol) + 1, Msg: msg}
	panic(e)
}

// syntaxError raises the generic "invalid syntax" at t, or a more specific
// message when the token itself explains the failure.
func (p *parser) syntaxError(t *token) {
	switch t.kind {
	case tIndent:
		panic(&SyntaxError{Line: int(t.line), Col: p.sc.charCol(int(t.line), int(t.ecol)), Msg: "unexpected indent", Kind: "IndentationError", noDrain: true})
	case tDedent:
		panic(&SyntaxError{Line: int(t.line), Col: p.sc.charCol(int(t.line), int(t.col)) + 1, Msg: "unexpected unindent", Kind: "IndentationError", noDrain: true})
	}
	// Like CPython, a generic error is reported at the furthest token read.
	if f := &p.toks[len(p.toks)-1]; f.kind != tIndent && f.kind != tDedent && (f.line > t.line || f.line == t.line && f.col > t.col) {
		t = f
	}
	p.errorTok(t, "invalid syntax")
}

// try runs f speculatively: a parse error restores the position and returns
// false; tokenizer errors propagate.
func (p *parser) try(f func()) (ok bool) {
	save, depth := p.i, p.depth
	p.trying++
	defer func() {
		p.trying--
		if r := recover(); r != nil {
			e, isErr := r.(*SyntaxError)
			if !isErr || e.tokenizer {
				panic(r)
			}
			p.i, p.depth = save, depth
			ok = false
		}
	}()
	f()
	return true
}

// tryErr runs f speculatively and returns its parse error (nil on success),
// restoring the position on error; tokenizer errors propagate.
func (p *parser) tryErr(f func()) (err *SyntaxError) {
	save, depth := p.i, p.depth
	p.trying++
	defer func() {
		p.trying--
		if r := recover(); r != nil {
			e, isErr := r.(*SyntaxError)
			if !isErr || e.tokenizer {
				panic(r)
			}
			p.i, p.depth = save, depth
			err = e
		}
	}()
	f()
	return nil
}
