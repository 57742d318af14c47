// Package ir resolves names, infers types and builds the typed IR and the
// contract model (storage fields and layout, public methods, constructor,
// schema) from the AST. It runs the checks and lint rules and reports
// diagnostics with positions. It never emits Go.
package ir
