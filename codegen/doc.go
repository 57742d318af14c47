// Package codegen lowers the typed IR to Go source, inserts fuel metering, and
// drives the offline, reproducible build of a contract's native artifact.
// It decides no Python semantics: those belong to the runtime (package rt
// and its code-generation support, rt/gen).
//
// The lowering (lower*.go, typed.go) emits, with github.com/dave/jennifer,
// one Go file per Python module: Run (the module body; globals are package
// variables reset on entry), one Go function per module-level def or
// method (nested functions and lambdas are Go closures, so captured
// variables are shared cells as in Python), and, for an artifact (Generate),
// main serving the module and its contract class over rt/hostio. Python
// exceptions are Go panics of *rt.Exception; try/except/finally and with run
// their bodies as closures under gen.Try and report break/continue/return
// as control codes. Every function charges its static fuel cost at entry
// and at each loop iteration and branch, and calls rt.Enter (recursion
// limit). Values are boxed rt.Value unless typed.go proves a local (or an
// int/str-annotated parameter) always holds one primitive type, in which
// case it is an unboxed rt.Int, float64, string or bool.
package codegen
