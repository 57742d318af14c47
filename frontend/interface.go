package frontend

import "fmt"

// ParseFile parses a Python source file given as raw bytes, decoding it as
// CPython does (BOM, PEP 263 coding cookie, newline normalisation). It
// returns the module or a *SyntaxError; it never panics.
func ParseFile(filename string, src []byte) (mod *Module, err error) {
	text, err := decodeSource(filename, src)
	if err != nil {
		return nil, err
	}
	var p parser
	p.init(text)
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*SyntaxError)
			if !ok {
				e = &SyntaxError{Line: 1, Col: 1, Msg: fmt.Sprintf("internal parser error: %v", r)}
			}
			if !e.tokenizer && !e.noDrain {
				// Like CPython, a tokenizer error in the rest of the file
				// takes precedence over a parser error (but not indentation
				// errors, and an unclosed bracket only when the parser had
				// read past its line).
				furthest := 0
				if n := len(p.toks); n > 0 {
					furthest = int(p.toks[n-1].line)
				}
				if te := p.drainTokens(); te != nil {
					switch {
					case te.unclosed:
						if furthest > te.Line {
							e = te
						}
					case te.Kind == "IndentationError" || te.Kind == "TabError" || te.inFString || te.weak:
					default:
						e = te
					}
				}
			}
			e.Filename = filename
			if e.Text == "" && e.Line > 0 {
				e.Text = lineText(text, e.Line)
			}
			mod, err = nil, e
		}
	}()
	return p.parseModule(), nil
}

// ParseExpr parses a single expression (like ast.parse(src, mode="eval"),
// except that starred items are allowed in a top-level tuple).
func ParseExpr(src string) (expr Expr, err error) {
	text, err := decodeSource("<expr>", []byte(src))
	if err != nil {
		return nil, err
	}
	var p parser
	p.init(text)
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(*SyntaxError)
			if !ok {
				e = &SyntaxError{Line: 1, Col: 1, Msg: fmt.Sprintf("internal parser error: %v", r)}
			}
			e.Filename = "<expr>"
			expr, err = nil, e
		}
	}()
	e := p.starExpressions()
	for p.got(tNewline) {
	}
	if p.kind() != tEOF {
		p.syntaxError(p.tok())
	}
	return e, nil
}

// lineText returns line n (1-based) of src without its newline.
func lineText(src []byte, n int) string {
	off := lineOffset(src, n)
	if off < 0 {
		return ""
	}
	end := off + indexByte(src[off:], '\n')
	if end < off {
		end = len(src)
	}
	return string(src[off:end])
}

// drainTokens scans the rest of the input and returns the first tokenizer
// error, if any.
func (p *parser) drainTokens() (err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*SyntaxError); ok {
				err = e
			}
		}
	}()
	if len(p.toks) > 0 && p.toks[len(p.toks)-1].kind == tEOF {
		return nil
	}
	for p.sc.next().kind != tEOF {
	}
	return nil
}
