// Package frontend is the first phase of genvmc: a hand-written scanner and
// recursive-descent parser for the whole Python 3.13 grammar.
//
// It produces an AST whose node kinds, field names and positions (1-based
// lines, 0-based columns counted in UTF-8 bytes) are those of CPython's ast
// module, so that Dump(ParseFile(src)) equals ast.dump(ast.parse(src)).
// Syntax errors are values carrying a position; the parser never panics.
//
// The frontend knows nothing about GenLayer: the checker (package ir), not the
// parser, decides which constructs the compiler supports.
//
// # Design
//
// source.go decodes a file's bytes the way ast.parse(bytes) does (BOM, PEP 263
// coding cookie, "\r\n" and "\r" to "\n"). scan.go is driven one token at a
// time by the parser; it tracks indentation (tabs to multiples of 8 checked
// against a tab-size-1 count, form feeds, backslash continuations), bracket
// nesting, and a mode stack for PEP 701 f-strings (literal text, replacement
// field expression, format spec), emitting FSTRING_START/MIDDLE/END tokens as
// CPython's tokenizer does. The parser (parse*.go) keeps scanned tokens in a
// buffer so that the few places where CPython's PEG grammar needs unbounded
// lookahead (soft keywords match/case/type, parenthesised with-items,
// f-string expressions, return annotations) can backtrack by resetting an
// index; the buffer is compacted at statement boundaries.
//
// Errors are raised inside the parser by panicking with a *SyntaxError and
// recovered in ParseFile. As in CPython, a parser error is replaced by a
// tokenizer error found later in the file (except indentation errors), and
// "'(' was never closed" is reported only when the parser read past the
// bracket's line. Recursion is bounded (maxDepth, maxChain, the scanner's
// bracket and indentation limits) so that no input overflows the Go stack.
//
// Conformance is tested differentially against CPython 3.13 (see
// stdlib_test.go, chunks_test.go, mutate_test.go); deliberate differences
// are listed in docs/deviations.md.
package frontend
