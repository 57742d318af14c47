// Package host is the executing side of GenVM: state stores, LLM and web
// providers, leader/validator orchestration, the node protocol, and running
// compiled artifacts. It is never linked into compiled contracts.
package host
