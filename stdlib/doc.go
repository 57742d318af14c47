// Package stdlib implements the subset of Python's standard library that
// contracts use (builtins, json, re, math, datetime, hashlib, base64, ...),
// in Go, on top of package rt. It must not depend on package host.
package stdlib
