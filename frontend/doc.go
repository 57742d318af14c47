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
package frontend
