package mock

import (
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"context"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/genvm-go/genvm/host/llm"
	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/host/web"
	"github.com/genvm-go/genvm/rt/calldata"
)

func asErr(t *testing.T, err error) *providers.Error {
	t.Helper()
	var e *providers.Error
	require.True(t, errors.As(err, &e), "want *providers.Error, got %v", err)
	return e
}

const rules = `
llm:
  - match: 'capital of (France|Italy)'
    reply: Paris or Rome
  - match: 'weather'
    format: json
    reply: "` + "```json\\n{\\\"temp\\\": 21, \\\"sky\\\": \\\"clear\\\"}\\n```" + `"
  - match: 'weather'
    reply: sunny
  - match: 'numbers'
    reply: {b: [1, 2.5], a: null}
  - match: '<primary_output>\nyes\n'
    format: bool
    reply: true
  - match: '<primary_output>'
    reply: '{"result": false, "reason": "differs"}'
  - match: 'boom'
    error: {causes: [NO_PROVIDER_FOR_PROMPT], fatal: true, ctx: {why: test}}
  - match: '.'
    format: text
    reply: 42
web:
  - match: '^https://example\.com/api'
    method: POST
    status: 201
    headers: {content-type: application/json, x-b: "2"}
    body: '{"ok": true}'
  - match: '^https://example\.com/missing'
    status: 404
    body: gone
  - match: '^https://example\.com/'
    body: '<p>hello</p>'
    text: hello
    screenshot_base64: iVBORw0KGgo=
  - match: 'bin\.org'
    body_base64: AAEC/w==
`

func TestRulesLLM(t *testing.T) {
	f, err := Parse("r.yaml", []byte(rules))
	require.NoError(t, err)
	m := &LLM{Rules: f.LLM}
	ctx := context.Background()
	text := func(p string) string {
		ans, err := m.ExecPrompt(ctx, providers.ExecPrompt{Prompt: p, ResponseFormat: "text"})
		require.NoError(t, err, p)
		return ans.Text
	}
	assert.Equal(t, "Paris or Rome", text("What is the capital of Italy?"))
	assert.Equal(t, "sunny", text("weather today"), "format filter skips the json rule")
	assert.Equal(t, "42", text("anything else"), "scalars print as YAML gave them")
	ans, err := m.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "weather today", ResponseFormat: "json"})
	require.NoError(t, err)
	assert.Equal(t, calldata.Map{{Key: "sky", Value: "clear"}, {Key: "temp", Value: big.NewInt(21)}}, ans.Value())
	ans, err = m.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "numbers", ResponseFormat: "json"})
	require.NoError(t, err)
	assert.Equal(t, calldata.Map{{Key: "a", Value: nil}, {Key: "b", Value: []calldata.Value{big.NewInt(1), 2.5}}}, ans.Value())
	_, err = m.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "capital of France", ResponseFormat: "json"})
	assert.Equal(t, []string{providers.CauseBadLLMReply}, asErr(t, err).Causes, "a text reply is no JSON object")

	tmpl := func(leader string) (bool, error) {
		ans, err := m.ExecPromptTemplate(ctx, providers.ExecPromptTemplate{Template: providers.EqComparative, Vars: calldata.Map{
			{Key: "leader_answer", Value: leader}, {Key: "principle", Value: "same"}, {Key: "validator_answer", Value: "yes"}}})
		return ans.Bool, err
	}
	b, err := tmpl("yes")
	require.NoError(t, err)
	assert.True(t, b, "templates match their rendered user message")
	b, err = tmpl("no")
	require.NoError(t, err)
	assert.False(t, b, "bool from a JSON reply's result")

	_, err = m.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "boom", ResponseFormat: "text"})
	e := asErr(t, err)
	assert.Equal(t, []string{providers.CauseNoProviderForPrompt}, e.Causes)
	assert.True(t, e.Fatal)
	assert.Equal(t, "test", e.Get("why"))

	_, err = (&LLM{Rules: f.LLM[:2]}).ExecPrompt(ctx, providers.ExecPrompt{Prompt: "unmatched", ResponseFormat: "text"})
	e = asErr(t, err)
	assert.Equal(t, []string{providers.CauseMockNotFound}, e.Causes)
	assert.Equal(t, "unmatched", e.Get("subject"))
	assert.Equal(t, "capital of (France|Italy)\nweather", e.Get("patterns"))
}

func TestRulesWeb(t *testing.T) {
	f, err := Parse("r.yaml", []byte(rules))
	require.NoError(t, err)
	m := &Web{Rules: f.Web}
	ctx := context.Background()
	r, err := m.Request(ctx, providers.WebRequest{URL: "https://example.com/api/x", Method: "POST"})
	require.NoError(t, err)
	assert.Equal(t, 201, r.Status)
	assert.Equal(t, `{"ok": true}`, string(r.Body))
	assert.Equal(t, []providers.Header{{Name: "content-type", Value: []byte("application/json")}, {Name: "x-b", Value: []byte("2")}}, r.Headers)
	r, err = m.Request(ctx, providers.WebRequest{URL: "https://example.com/api/x", Method: "GET"})
	require.NoError(t, err)
	assert.Equal(t, 200, r.Status, "method filter falls through to the next rule")
	r, err = m.Request(ctx, providers.WebRequest{URL: "https://bin.org/", Method: "GET"})
	require.NoError(t, err)
	assert.Equal(t, []byte{0, 1, 2, 0xff}, r.Body)

	ans, err := m.Render(ctx, providers.WebRender{URL: "https://example.com/", Mode: "text"})
	require.NoError(t, err)
	assert.Equal(t, "hello", ans.Text)
	ans, err = m.Render(ctx, providers.WebRender{URL: "https://example.com/", Mode: "screenshot"})
	require.NoError(t, err)
	assert.Equal(t, []byte("\x89PNG\r\n\x1a\n"), ans.Image)
	_, err = m.Render(ctx, providers.WebRender{URL: "https://example.com/missing", Mode: "html"})
	e := asErr(t, err)
	assert.Equal(t, []string{providers.CauseWebpageLoadFailed}, e.Causes)
	assert.Equal(t, big.NewInt(404), e.Get("status"))
	_, err = m.Render(ctx, providers.WebRender{URL: "https://example.com:8080/", Mode: "text"})
	assert.Equal(t, []string{providers.CausePortForbidden}, asErr(t, err).Causes, "the URL policy applies to mocks")
	_, err = m.Request(ctx, providers.WebRequest{URL: "https://other.net/", Method: "GET"})
	assert.Equal(t, []string{providers.CauseMockNotFound}, asErr(t, err).Causes)
}

func TestParseErrors(t *testing.T) {
	for src, want := range map[string]string{
		"llm:\n  - match: '('\n    reply: x\n":                "r.yaml:2:5: llm rule 1: match: error parsing regexp",
		"llm:\n  - match: a\n":                                "needs exactly one of reply and error",
		"llm:\n  - match: a\n    format: xml\n    reply: x\n": "format must be text, json or bool",
		"web:\n  - match: a\n  - match: b\n    status: 7\n":   "r.yaml:3:5: web rule 2: status 7 out of range",
		"web:\n  - match: a\n    body_base64: '!!'\n":         "body_base64",
		"llm: 3\n": "r.yaml",
	} {
		_, err := Parse("r.yaml", []byte(src))
		require.Error(t, err, src)
		assert.Contains(t, err.Error(), want)
	}
}

func TestRecordReplay(t *testing.T) {
	calls := 0
	llmSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		body, _ := io.ReadAll(r.Body)
		switch {
		case strings.Contains(string(body), "json object"):
			io.WriteString(w, `{"choices":[{"message":{"content":"{\"n\": 7}"}}]}`)
		case strings.Contains(string(body), "overload"):
			w.WriteHeader(500)
			io.WriteString(w, `{}`)
		default:
			io.WriteString(w, `{"choices":[{"message":{"content":"real answer (with $pecial.chars*)"}}]}`)
		}
	}))
	defer llmSrv.Close()
	webSrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		w.Header().Set("X-Page", "1")
		if r.URL.Path == "/bin" {
			w.Write([]byte{0xff, 0xfe})
			return
		}
		io.WriteString(w, "<html><body><p>live   page</p></body></html>")
	}))
	defer webSrv.Close()

	cfg, err := llm.ParseConfig("c.yaml", []byte("backends:\n  a:\n    host: "+llmSrv.URL+"\n    provider: openai-compatible\n    key: k\n    models:\n      m: {supports_json: true}\n"), nil)
	require.NoError(t, err)
	wcfg := web.DefaultConfig()
	wcfg.AlwaysAllowHosts = []string{"127.0.0.1"}
	wcfg.Browser = "off"
	ws := web.New(wcfg)
	defer ws.Close()
	path := filepath.Join(t.TempDir(), "rec.yaml")
	rec, err := NewRecorder(path, llm.New(cfg, nil), ws)
	require.NoError(t, err)
	ctx := context.Background()

	a1, err := rec.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "q (1)?", ResponseFormat: "text"})
	require.NoError(t, err)
	a2, err := rec.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "q", ResponseFormat: "json"})
	require.NoError(t, err)
	_, e3 := rec.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "overload", ResponseFormat: "text"})
	require.Error(t, e3)
	r1, err := rec.Request(ctx, providers.WebRequest{URL: webSrv.URL + "/x?y=1", Method: "GET"})
	require.NoError(t, err)
	r2, err := rec.Request(ctx, providers.WebRequest{URL: webSrv.URL + "/bin", Method: "GET"})
	require.NoError(t, err)
	g1, err := rec.Render(ctx, providers.WebRender{URL: webSrv.URL + "/r", Mode: "text"})
	require.NoError(t, err)
	assert.Equal(t, "live page", g1.Text)
	before := calls

	rl, rw, err := Replay(path)
	require.NoError(t, err)
	rw.Policy = wcfg
	b1, err := rl.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "q (1)?", ResponseFormat: "text"})
	require.NoError(t, err)
	assert.Equal(t, a1, b1)
	b2, err := rl.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "q", ResponseFormat: "json"})
	require.NoError(t, err)
	assert.Equal(t, a2, b2)
	_, f3 := rl.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "overload", ResponseFormat: "text"})
	assert.Equal(t, asErr(t, e3).Causes, asErr(t, f3).Causes)
	assert.Equal(t, asErr(t, e3).Fatal, asErr(t, f3).Fatal)
	s1, err := rw.Request(ctx, providers.WebRequest{URL: webSrv.URL + "/x?y=1", Method: "GET"})
	require.NoError(t, err)
	assert.Equal(t, r1.Status, s1.Status)
	assert.Equal(t, r1.Body, s1.Body)
	assert.Equal(t, r1.Headers, s1.Headers)
	s2, err := rw.Request(ctx, providers.WebRequest{URL: webSrv.URL + "/bin", Method: "GET"})
	require.NoError(t, err)
	assert.Equal(t, r2.Body, s2.Body)
	h1, err := rw.Render(ctx, providers.WebRender{URL: webSrv.URL + "/r", Mode: "text"})
	require.NoError(t, err)
	assert.Equal(t, g1, h1)
	h2, err := rw.Render(ctx, providers.WebRender{URL: webSrv.URL + "/x?y=1", Mode: "text"})
	require.NoError(t, err)
	assert.Equal(t, string(r1.Body), h2.Text, "a request rule answers renders with its body")
	assert.Equal(t, before, calls, "replay reaches no server")

	_, err = rl.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "q (1)", ResponseFormat: "text"})
	e := asErr(t, err)
	assert.Equal(t, []string{providers.CauseMockNotFound}, e.Causes, "replay matches exactly; a miss fails clearly")
	_, err = rw.Render(ctx, providers.WebRender{URL: webSrv.URL + "/r", Mode: "html"})
	assert.Equal(t, []string{providers.CauseMockNotFound}, asErr(t, err).Causes, "a recorded render answers its own mode only")

	// A second recorder keeps what the file has.
	rec2, err := NewRecorder(path, llm.New(cfg, nil), nil)
	require.NoError(t, err)
	_, err = rec2.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "more", ResponseFormat: "text"})
	require.NoError(t, err)
	f, err := Load(path)
	require.NoError(t, err)
	assert.Len(t, f.LLM, 4)
	assert.Len(t, f.Web, 3)
	data, _ := os.ReadFile(path)
	assert.Contains(t, string(data), `match: ^q \(1\)\?$`)
}
