// Package providers holds what the LLM and web providers share: GenVM's
// request shapes (spec §1.4: ExecPrompt, ExecPromptTemplate, WebRender,
// WebRequest), their answers, GenVM's module errors as values, and the YAML
// configuration helpers (environment interpolation, order-preserving maps).
//
// Providers are non-deterministic by nature; everything a contract can
// observe around them (request validation, error names, answer shapes) is
// GenVM's exactly.
package providers

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/genvm-go/genvm/rt/calldata"
)

// Causes of module errors. The names are GenVM's (genvm.md §7 and the
// modules' Rust/Lua sources); a contract sees them in NondetException's
// payload, so they must never change.
const (
	CauseMalformedURL        = "MALFORMED_URL"
	CauseSchemaForbidden     = "SCHEMA_FORBIDDEN"
	CausePortForbidden       = "PORT_FORBIDDEN"
	CauseTLDForbidden        = "TLD_FORBIDDEN"
	CauseWebpageLoadFailed   = "WEBPAGE_LOAD_FAILED"
	CauseNoProviderForPrompt = "NO_PROVIDER_FOR_PROMPT"
	CauseStatusNotOK         = "STATUS_NOT_OK"
	CauseSendingRequest      = "SENDING_REQUEST"
	CauseReadingBody         = "READING_BODY"
	CauseDeserializing       = "DESERIALIZING"
	CauseInvalidHeader       = "invalid header value"

	// Causes of this implementation, absent from GenVM (docs/providers.md).
	CauseBodyTooLarge  = "BODY_TOO_LARGE"   // a response exceeded the configured size limit
	CauseTimeout       = "TIMEOUT"          // the configured timeout elapsed
	CauseBadRequest    = "BAD_REQUEST"      // a request that does not have GenVM's shape
	CauseInvalidImage  = "INVALID_IMAGE"    // an image that is neither PNG nor JPEG
	CauseBadLLMReply   = "BAD_LLM_REPLY"    // a reply without the expected field / JSON object
	CauseMockNotFound  = "MOCK_NOT_FOUND"   // no mock rule matched (mock and replay modes)
	CauseRenderFailed  = "RENDER_FAILED"    // the browser failed for another reason than the page status
	CauseNoBrowser     = "NO_BROWSER"       // screenshot requested but no Chromium is available
	CauseUnknownConfig = "UNKNOWN_PROVIDER" // a backend with an unknown provider kind
)

// Error is a GenVM module user error: {causes: [...], fatal: bool, ctx: {...}}.
// A non-fatal error is delivered to the contract (NondetException); a fatal
// one aborts the nondet block. Ctx values are calldata values (string,
// *big.Int, bool, []byte, calldata.Map, []calldata.Value, nil).
type Error struct {
	Causes []string
	Fatal  bool
	Ctx    calldata.Map
}

// NewError returns an error with one cause and the given context pairs
// (key, value, key, value, ...); Go ints become *big.Int.
func NewError(cause string, fatal bool, kv ...any) *Error {
	e := &Error{Causes: []string{cause}, Fatal: fatal}
	for i := 0; i+1 < len(kv); i += 2 {
		e.Ctx = append(e.Ctx, calldata.Entry{Key: kv[i].(string), Value: ctxValue(kv[i+1])})
	}
	return e
}

func ctxValue(v any) calldata.Value {
	switch v := v.(type) {
	case int:
		return big.NewInt(int64(v))
	case int64:
		return big.NewInt(v)
	case error:
		return v.Error()
	}
	return v
}

// Error renders the causes and context for logs.
func (e *Error) Error() string {
	var sb strings.Builder
	sb.WriteString(strings.Join(e.Causes, ","))
	if e.Fatal {
		sb.WriteString(" (fatal)")
	}
	for _, kv := range e.Ctx {
		fmt.Fprintf(&sb, " %s=%s", kv.Key, calldata.DebugString(kv.Value))
	}
	return sb.String()
}

// Has reports whether cause is among e's causes.
func (e *Error) Has(cause string) bool {
	for _, c := range e.Causes {
		if c == cause {
			return true
		}
	}
	return false
}

// Get returns the context value under key.
func (e *Error) Get(key string) calldata.Value {
	v, _ := e.Ctx.Get(key)
	return v
}

// Value is the error as the calldata map a contract receives under "error":
// {causes, ctx, fatal}, every map's keys in calldata order.
func (e *Error) Value() calldata.Value {
	causes := make([]calldata.Value, len(e.Causes))
	for i, c := range e.Causes {
		causes[i] = c
	}
	ctx, _ := sortedMap(e.Ctx)
	if ctx == nil {
		ctx = calldata.Map{}
	}
	return calldata.Map{
		{Key: "causes", Value: causes},
		{Key: "ctx", Value: ctx},
		{Key: "fatal", Value: e.Fatal},
	}
}

// WithFatal returns a copy of e with Fatal set to fatal (GenVM's
// reraise_with_fatality: web requests report transport errors as non-fatal).
func (e *Error) WithFatal(fatal bool) *Error {
	c := *e
	c.Fatal = fatal
	return &c
}
