package providers

import (
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/genvm-go/genvm/rt/calldata"
)

type stub struct{ err error }

func (s stub) ExecPrompt(_ context.Context, r ExecPrompt) (PromptAnswer, error) {
	if r.ResponseFormat == FormatJSON {
		return PromptAnswer{Format: FormatJSON, Object: m("a", big.NewInt(1))}, s.err
	}
	return PromptAnswer{Format: FormatText, Text: "echo " + r.Prompt}, s.err
}
func (s stub) ExecPromptTemplate(context.Context, ExecPromptTemplate) (PromptAnswer, error) {
	return PromptAnswer{Format: FormatBool, Bool: true}, s.err
}
func (s stub) Render(_ context.Context, r WebRender) (RenderAnswer, error) {
	if r.Mode == ModeScreenshot {
		return RenderAnswer{Image: []byte{1}, IsImg: true}, s.err
	}
	return RenderAnswer{Text: "page"}, s.err
}
func (s stub) Request(context.Context, WebRequest) (Response, error) {
	return Response{Status: 404, Headers: []Header{{"b", []byte("2")}, {"a", []byte("1")}}, Body: []byte("x")}, s.err
}

func TestCall(t *testing.T) {
	ctx := context.Background()
	ok := stub{}
	for _, tc := range []struct {
		req  calldata.Value
		want string
	}{
		{m("ExecPrompt", m("images", []calldata.Value{}, "prompt", "hi", "response_format", "text")), `{"ok":"echo hi"}`},
		{m("ExecPrompt", m("images", []calldata.Value{}, "prompt", "hi", "response_format", "json")), `{"ok":{"a":1}}`},
		{m("ExecPromptTemplate", m("leader_answer", "a", "principle", "p", "template", "EqComparative", "validator_answer", "b")), `{"ok":true}`},
		{m("WebRender", m("mode", "text", "url", "u", "wait_after_loaded", "0ms")), `{"ok":{"text":"page"}}`},
		{m("WebRender", m("mode", "screenshot", "url", "u")), `{"ok":{"image":b#01}}`},
		{m("WebRequest", m("body", nil, "headers", calldata.Map{}, "method", "GET", "url", "u")), `{"ok":{"response":{"body":b#78,"headers":{"a":b#31,"b":b#32},"status":404}}}`},
	} {
		v, err := Call(ctx, ok, ok, tc.req)
		require.NoError(t, err)
		assert.Equal(t, tc.want, calldata.DebugString(v))
		_, err = calldata.Encode(v)
		assert.NoError(t, err)
	}
	bad := stub{err: NewError(CauseTLDForbidden, false, "url", "u", "tld", "zz")}
	v, err := Call(ctx, bad, bad, m("WebRequest", m("method", "GET", "url", "u")))
	require.NoError(t, err)
	assert.Equal(t, `{"error":{"causes":["TLD_FORBIDDEN"],"ctx":{"tld":"zz","url":"u"},"fatal":false}}`, calldata.DebugString(v))
	internal := stub{err: errors.New("boom")}
	_, err = Call(ctx, internal, internal, m("ExecPromptTemplate", m("leader_answer", "a", "principle", "p", "template", "EqComparative", "validator_answer", "b")))
	assert.Equal(t, "boom", err.Error())
	for _, req := range []calldata.Value{
		"x",
		m("Return", nil),
		m("ExecPrompt", m("images", []calldata.Value{[]byte{}, []byte{}, []byte{}}, "prompt", "p", "response_format", "text")),
		m("WebRender", m("mode", "pdf", "url", "u")),
		calldata.Map{{Key: "ExecPrompt", Value: nil}, {Key: "WebRender", Value: nil}},
	} {
		_, err := Call(ctx, ok, ok, req)
		var ie *InvalError
		assert.True(t, errors.As(err, &ie), "%v: want InvalError, got %v", req, err)
	}
}
