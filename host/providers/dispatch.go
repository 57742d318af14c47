package providers

import (
	"context"
	"errors"

	"github.com/genvm-go/genvm/rt/calldata"
)

// InvalError is a gl_call request GenVM rejects before any module runs
// (errno inval, which the SDK raises as SystemError("2: inval")): a payload
// without the request's shape, more than two images, an unknown mode.
type InvalError struct{ Err *Error }

func (e *InvalError) Error() string { return "inval: " + e.Err.Error() }

// Call serves one nondet gl_call request — a map with exactly one of the
// keys ExecPrompt, ExecPromptTemplate, WebRender, WebRequest — and returns
// the calldata value the contract's _decode_nondet reads: {"ok": answer} or,
// for a module error, {"error": {causes, ctx, fatal}} (raised as
// NondetException). The answer is shaped as GenVM's SDK reads it: a
// prompt's str, map or bool as it is, a render's {"text": str} or
// {"image": bytes}, a request's {"response": {body, headers, status}}. A malformed request is an *InvalError; any other Go
// error is an internal failure of the provider.
func Call(ctx context.Context, l LLM, w Web, req calldata.Value) (calldata.Value, error) {
	m, ok := req.(calldata.Map)
	if !ok || len(m) != 1 {
		return nil, &InvalError{badRequest("gl_call: expected a map with one key")}
	}
	key, payload := m[0].Key, m[0].Value
	var (
		v   calldata.Value
		err error
	)
	switch key {
	case "ExecPrompt":
		r, perr := ParseExecPrompt(payload)
		if perr != nil {
			return nil, &InvalError{perr.(*Error)}
		}
		var a PromptAnswer
		a, err = l.ExecPrompt(ctx, r)
		v = a.Value()
	case "ExecPromptTemplate":
		r, perr := ParseExecPromptTemplate(payload)
		if perr != nil {
			return nil, &InvalError{perr.(*Error)}
		}
		var a PromptAnswer
		a, err = l.ExecPromptTemplate(ctx, r)
		v = a.Value()
	case "WebRender":
		r, perr := ParseWebRender(payload)
		if perr != nil {
			return nil, &InvalError{perr.(*Error)}
		}
		var a RenderAnswer
		a, err = w.Render(ctx, r)
		// the SDK's render reads x['text'] or x['image']
		key := "text"
		if a.IsImg {
			key = "image"
		}
		v = calldata.Map{{Key: key, Value: a.Value()}}
	case "WebRequest":
		r, perr := ParseWebRequest(payload)
		if perr != nil {
			return nil, &InvalError{perr.(*Error)}
		}
		var a Response
		a, err = w.Request(ctx, r)
		// the SDK's request reads x['response']
		v = calldata.Map{{Key: "response", Value: a.Value()}}
	default:
		return nil, &InvalError{badRequest("gl_call: not a provider request: " + key)}
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return calldata.Map{{Key: "error", Value: e.Value()}}, nil
		}
		return nil, err
	}
	return calldata.Map{{Key: "ok", Value: v}}, nil
}
