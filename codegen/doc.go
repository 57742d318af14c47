// Package codegen lowers the typed IR to Go source, inserts fuel metering, and
// drives the offline, reproducible build of a contract's native artifact.
// It decides no Python semantics: those belong to the runtime (package rt).
package codegen
