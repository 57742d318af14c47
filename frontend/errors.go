package frontend

import "fmt"

// SyntaxError is a syntax (or indentation, tab or decoding) error in
// Python source. Line is 1-based; Col is 1-based and counts code points, like
// CPython's SyntaxError.offset; EndLine/EndCol are 0 when unknown. Text is
// the offending source line without its newline.
type SyntaxError struct {
	Filename string
	Line     int
	Col      int
	EndLine  int
	EndCol   int
	Msg      string
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Text     string

	tokenizer bool // raised by the scanner: not subject to backtracking
	unclosed  bool // "'(' was never closed" at end of input
	noDrain   bool // unexpected indent/unindent: no look for later tokenizer errors
	inFString bool // scanner error raised inside an f-string
	weak      bool // CPython's tok->done errors: never override a parser error
}

// Error formats the error as FILE:LINE:COL: KIND: MESSAGE.
func (e *SyntaxError) Error() string {
	k := e.Kind
	if k == "" {
		k = "SyntaxError"
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, k, e.Msg)
}
