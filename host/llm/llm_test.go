package llm

import (
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
)

// fake is a loopback server recording requests and answering with reply.
type fake struct {
	srv   *httptest.Server
	mu    sync.Mutex
	reqs  []recorded
	reply func(r recorded) (int, string)
}

type recorded struct {
	Path, Query string
	Header      http.Header
	Body        map[string]any
	Raw         string
}

func newFake(t *testing.T, reply func(r recorded) (int, string)) *fake {
	f := &fake{reply: reply}
	f.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw, _ := io.ReadAll(r.Body)
		rec := recorded{Path: r.URL.Path, Query: r.URL.RawQuery, Header: r.Header, Raw: string(raw)}
		_ = json.Unmarshal(raw, &rec.Body)
		f.mu.Lock()
		f.reqs = append(f.reqs, rec)
		f.mu.Unlock()
		st, body := f.reply(rec)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(st)
		io.WriteString(w, body)
	}))
	require.True(t, strings.HasPrefix(f.srv.URL, "http://127.0.0.1:"))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fake) count() int { f.mu.Lock(); defer f.mu.Unlock(); return len(f.reqs) }
func (f *fake) last() recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.reqs[len(f.reqs)-1]
}

func openAIReply(content string) string {
	b, _ := json.Marshal(map[string]any{"choices": []any{map[string]any{"message": map[string]any{"role": "assistant", "content": content}}}})
	return string(b)
}

func service(t *testing.T, yaml string) *Service {
	cfg, err := ParseConfig("test.yaml", []byte(yaml), func(k string) string { return "KEY_" + k })
	require.NoError(t, err)
	return New(cfg, nil)
}

func asErr(t *testing.T, err error) *providers.Error {
	t.Helper()
	var e *providers.Error
	require.True(t, errors.As(err, &e), "want *providers.Error, got %v", err)
	return e
}

func TestConfigOrderEnvAndDefaults(t *testing.T) {
	src := `
bind_address: 127.0.0.1:3031
backends:
  zeta:
    host: http://z
    provider: openai-compatible
    key: ${ENV[ZK]}
    models:
      m2: {supports_json: true}
      m1: {}
  alpha:
    enabled: false
    host: http://a
    provider: anthropic
    key: k
    models:
      c: {supports_image: true, use_max_completion_tokens: true, meta: {x: 1}}
  mid:
    host: http://m
    provider: google
    key: x
    models:
      g:
prompt_templates:
  eq_comparative:
    system: S
    user: "U #{principle}"
`
	cfg, err := ParseConfig("t.yaml", []byte(src), func(k string) string { return "<" + k + ">" })
	require.NoError(t, err)
	var names []string
	for _, b := range cfg.Backends {
		names = append(names, b.Name)
	}
	assert.Equal(t, []string{"zeta", "alpha", "mid"}, names, "file order, not map order")
	assert.Equal(t, "<ZK>", cfg.Backends[0].Key)
	assert.Equal(t, "m2", cfg.Backends[0].Models[0].Name)
	assert.True(t, cfg.Backends[0].Models[0].SupportsJSON)
	assert.False(t, cfg.Backends[1].Enabled)
	assert.True(t, cfg.Backends[1].Models[0].UseMaxCompletionTokens)
	assert.True(t, cfg.Backends[2].Models[0].Enabled)
	assert.Equal(t, Template{System: "S", User: "U #{principle}"}, cfg.Templates[TemplateEqComparative])
	assert.Equal(t, DefaultTemplates()[TemplateEqNonComparativeLeader], cfg.Templates[TemplateEqNonComparativeLeader])
	assert.Equal(t, DefaultTimeout, cfg.Timeout)
}

func TestConfigErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"backends:\n  a:\n    host: h\n    provider: bogus\n    key: k\n", "t.yaml:4:15: backend \"a\": unknown provider \"bogus\""},
		{"backends:\n  a:\n    provider: ollama\n", "t.yaml:2:3: backend \"a\": host and provider are required"},
		{"backends:\n  a:\n    hots: h\n", "t.yaml:3:5: backend \"a\": unknown key \"hots\""},
		{"prompt_templates:\n  eq_x: {system: a, user: b}\n", "t.yaml:2:3: unknown prompt template \"eq_x\""},
		{"prompt_templates:\n  eq_comparative: {system: a}\n", "needs both system and user"},
		{"timeout: soon\n", "t.yaml:1:10: timeout"},
		{"- a\n", "t.yaml:1:1: expected a mapping at the top level"},
		{"backends:\n  a: {}\n  a: {}\n", "duplicate key"},
	} {
		_, err := ParseConfig("t.yaml", []byte(tc.src), nil)
		require.Error(t, err, tc.src)
		assert.Contains(t, err.Error(), tc.want)
	}
}

func TestDefaultTemplatesAreGenVMs(t *testing.T) {
	ts := DefaultTemplates()
	require.Len(t, ts, 3)
	c := ts[TemplateEqComparative]
	assert.True(t, strings.HasPrefix(c.System, "You are an a judge tasked with making a binary determination about whether two outputs"))
	assert.True(t, strings.HasSuffix(c.System, "as the stakes are high.\n"), "block scalar clips to one newline")
	assert.True(t, strings.HasPrefix(c.User, "Input sections:\n<primary_output>\n#{leader_answer}\n</primary_output>\n\n<comparison_output>\n#{validator_answer}\n"))
	assert.True(t, strings.HasSuffix(c.User, "Output must have only these two fields and not be wrapped in other objects.\n"))
	l := ts[TemplateEqNonComparativeLeader]
	assert.Contains(t, l.User, "<task>\n#{task}\n</task>\n\n<criteria>\n#{criteria}\n</criteria>\n\n<input>\n#{input}\n</input>\n")
	v := ts[TemplateEqNonComparativeValidator]
	assert.Contains(t, v.User, "<criteria>\n#{criteria}\n</criteria>\n\n<output>\n#{output}\n</output>\n")
}

func TestSanitizeJSON(t *testing.T) {
	for in, want := range map[string]string{
		`{"a":1}`:                       `{"a":1}`,
		"  \n```json\n{\"a\":1}\n```\n": `{"a":1}`,
		"```\n{\"a\":1}\n```":           `{"a":1}`,
		"```json{\"a\":1}":              `{"a":1}`,
		"{\"a\":1}```":                  `{"a":1}`,
		"```JSON\n{}\n```":              "JSON\n{}",
		"``` json {} ```":               "json {}",
		"\u00a0{}\u3000":                "{}",
		"``````":                        "",
	} {
		assert.Equal(t, want, SanitizeJSON(in), "%q", in)
	}
}

func TestRenderTemplateLuaGsub(t *testing.T) {
	vars := func(kv ...any) calldata.Map {
		var m calldata.Map
		for i := 0; i < len(kv); i += 2 {
			m = append(m, calldata.Entry{Key: kv[i].(string), Value: kv[i+1]})
		}
		return m
	}
	out, err := RenderTemplate("a=#{a} b=#{b} a=#{a} c=#{c}", vars("a", "1", "b", "x#{a}y"))
	require.NoError(t, err)
	assert.Equal(t, "a=1 b=x#{a}y a=1 c=#{c}", out, "earlier keys are not re-substituted into later values")
	out, err = RenderTemplate("#{b}|#{a}", vars("a", "A", "b", "#{a}"))
	require.NoError(t, err)
	assert.Equal(t, "#{a}|A", out)
	out, err = RenderTemplate("[#{p}]", vars("p", "100%% sure, %0 and %1", "n", big.NewInt(-5)))
	require.NoError(t, err)
	assert.Equal(t, "[100% sure, #{p} and #{p}]", out)
	out, err = RenderTemplate("[#{n}]", vars("n", big.NewInt(-5)))
	require.NoError(t, err)
	assert.Equal(t, "[-5]", out)
	for val, msg := range map[string]string{"50% off": "invalid use of '%' in replacement string", "end%": "invalid use of '%'", "%2": "invalid capture index %2"} {
		_, err = RenderTemplate("<#{v}>", vars("v", val))
		e := asErr(t, err)
		assert.True(t, e.Fatal)
		assert.Equal(t, []string{CauseTemplate}, e.Causes)
		assert.Contains(t, e.Get("message"), msg)
		out, err = RenderTemplate("no placeholder", vars("v", val))
		require.NoError(t, err, "gsub only evaluates the replacement where it matches")
		assert.Equal(t, "no placeholder", out)
	}
	_, err = RenderTemplate("#{v}", vars("v", []byte("x")))
	assert.Equal(t, CauseTemplate, asErr(t, err).Causes[0])
}

const pngHeader = "\x89PNG\r\n\x1a\nrest"

func TestOpenAITextJSONImagesAndBool(t *testing.T) {
	var next string
	f := newFake(t, func(r recorded) (int, string) { return 200, openAIReply(next) })
	s := service(t, `
backends:
  oa:
    host: `+f.srv.URL+`/
    provider: openai-compatible
    key: ${ENV[OPENAIKEY]}
    models:
      textonly: {}
      gpt: {supports_json: true, supports_image: true, use_max_completion_tokens: true}
`)
	ctx := context.Background()
	next = "  hello  "
	ans, err := s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "say hi", ResponseFormat: "text"})
	require.NoError(t, err)
	assert.Equal(t, calldata.Value("  hello  "), ans.Value(), "text replies are not trimmed")
	r := f.last()
	assert.Equal(t, "/v1/chat/completions", r.Path)
	assert.Equal(t, "Bearer KEY_OPENAIKEY", r.Header.Get("Authorization"))
	assert.Equal(t, "textonly", r.Body["model"], "first model of the backend")
	assert.Equal(t, 0.7, r.Body["temperature"])
	assert.Equal(t, 1000.0, r.Body["max_tokens"])
	assert.Equal(t, false, r.Body["stream"])
	assert.Nil(t, r.Body["response_format"])
	assert.Equal(t, `{"model":"textonly","messages":[{"role":"user","content":[{"type":"text","text":"say hi"}]}],"stream":false,"temperature":0.7,"max_tokens":1000}`, r.Raw)

	next = "```json\n{\"b\": [1, 2.5, null], \"a\": {\"z\": true}, \"big\": 123456789012345678901234567890}\n```"
	ans, err = s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "give json", ResponseFormat: "json", Images: [][]byte{[]byte(pngHeader)}})
	require.NoError(t, err)
	big30, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	assert.Equal(t, calldata.Map{
		{Key: "a", Value: calldata.Map{{Key: "z", Value: true}}},
		{Key: "b", Value: []calldata.Value{big.NewInt(1), 2.5, nil}},
		{Key: "big", Value: big30},
	}, ans.Value())
	r = f.last()
	assert.Equal(t, "gpt", r.Body["model"])
	assert.Equal(t, map[string]any{"type": "json_object"}, r.Body["response_format"])
	assert.Equal(t, 1000.0, r.Body["max_completion_tokens"])
	assert.Nil(t, r.Body["max_tokens"])
	msgs := r.Body["messages"].([]any)
	assert.Equal(t, map[string]any{"role": "system", "content": "respond with a valid json object"}, msgs[0])
	content := msgs[1].(map[string]any)["content"].([]any)
	assert.Equal(t, "data:image/png;base64,iVBORw0KGgpyZXN0", content[1].(map[string]any)["image_url"].(map[string]any)["url"])

	for _, bad := range []string{"[1,2]", "\"str\"", "{\"a\":1} x", "not json"} {
		next = bad
		_, err = s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "p", ResponseFormat: "json"})
		e := asErr(t, err)
		assert.Equal(t, []string{providers.CauseBadLLMReply}, e.Causes, bad)
		assert.True(t, e.Fatal)
	}
	next = "[1]"
	_, err = s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "p", ResponseFormat: "json"})
	assert.Contains(t, asErr(t, err).Get("message"), "must be an object")

	_, err = s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "p", ResponseFormat: "text", Images: [][]byte{[]byte("GIF89a")}})
	assert.Equal(t, providers.CauseInvalidImage, asErr(t, err).Causes[0])

	next = `{"result": true, "reason": "same"}`
	ans, err = s.ExecPromptTemplate(ctx, providers.ExecPromptTemplate{Template: providers.EqComparative, Vars: calldata.Map{
		{Key: "leader_answer", Value: "L"}, {Key: "principle", Value: "P"}, {Key: "validator_answer", Value: "V"}}})
	require.NoError(t, err)
	assert.Equal(t, calldata.Value(true), ans.Value())
	r = f.last()
	msgs = r.Body["messages"].([]any)
	assert.Equal(t, DefaultTemplates()[TemplateEqComparative].System, msgs[0].(map[string]any)["content"])
	user := msgs[1].(map[string]any)["content"].([]any)[0].(map[string]any)["text"].(string)
	assert.True(t, strings.HasPrefix(user, "Input sections:\n<primary_output>\nL\n</primary_output>\n\n<comparison_output>\nV\n</comparison_output>\n\n<comparison_criteria>\nP\n</comparison_criteria>\n"))
	assert.NotNil(t, r.Body["response_format"], "bool format asks for JSON")

	next = `{"reason": "no result"}`
	_, err = s.ExecPromptTemplate(ctx, providers.ExecPromptTemplate{Template: providers.EqNonComparativeValidator})
	assert.Equal(t, providers.CauseBadLLMReply, asErr(t, err).Causes[0])

	next = "  leader text "
	ans, err = s.ExecPromptTemplate(ctx, providers.ExecPromptTemplate{Template: providers.EqNonComparativeLeader, Vars: calldata.Map{{Key: "task", Value: "T"}}})
	require.NoError(t, err)
	assert.Equal(t, calldata.Value("  leader text "), ans.Value())
	assert.Nil(t, f.last().Body["response_format"], "leader template is text")
}

func TestFallbackOnOverloadedOnly(t *testing.T) {
	statuses := map[string]int{}
	var mu sync.Mutex
	mk := func(name string) *fake {
		return newFake(t, func(r recorded) (int, string) {
			mu.Lock()
			defer mu.Unlock()
			if st := statuses[name]; st != 0 {
				return st, `{"error": "busy"}`
			}
			return 200, openAIReply("from " + name)
		})
	}
	a, b, c := mk("a"), mk("b"), mk("c")
	s := service(t, `
backends:
  c_first:
    host: `+c.srv.URL+`
    provider: openai-compatible
    key: k
    models: {m: {supports_json: false}}
  a_second:
    host: `+a.srv.URL+`
    provider: openai-compatible
    key: k
    models: {m: {}}
  b_third:
    host: `+b.srv.URL+`
    provider: openai-compatible
    key: k
    models: {m: {supports_json: true}}
`)
	ctx := context.Background()
	run := func() (string, error) {
		ans, err := s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "p", ResponseFormat: "text"})
		return ans.Text, err
	}
	for _, st := range OverloadedStatuses {
		statuses["c"], statuses["a"] = st, 0
		got, err := run()
		require.NoError(t, err)
		assert.Equal(t, "from a", got, "status %d falls back", st)
	}
	statuses["c"], statuses["a"] = 429, 503
	got, err := run()
	require.NoError(t, err)
	assert.Equal(t, "from b", got)

	nb := b.count()
	for _, st := range []int{400, 401, 404, 500, 502} {
		statuses["c"], statuses["a"] = st, 0
		_, err = run()
		e := asErr(t, err)
		assert.Equal(t, []string{providers.CauseStatusNotOK}, e.Causes)
		assert.True(t, e.Fatal)
		assert.Equal(t, big.NewInt(int64(st)), e.Get("status"))
	}
	assert.Equal(t, nb, b.count(), "non-overloaded failures never reach later backends")

	statuses["c"], statuses["a"], statuses["b"] = 529, 408, 504
	_, err = run()
	e := asErr(t, err)
	assert.Equal(t, []string{providers.CauseNoProviderForPrompt}, e.Causes)
	assert.True(t, e.Fatal)
	assert.Equal(t, []calldata.Value{"c_first", "a_second", "b_third"}, e.Get("search_in"))

	// JSON prompts only go to JSON-capable models; images to image-capable.
	statuses["b"] = 0
	ac, bc := a.count(), b.count()
	ans, err := s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "p", ResponseFormat: "json"})
	require.Error(t, err, "reply 'from b' is no JSON")
	_ = ans
	assert.Equal(t, ac, a.count())
	assert.Equal(t, bc+1, b.count())
	_, err = s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "p", ResponseFormat: "text", Images: [][]byte{[]byte(pngHeader)}})
	e = asErr(t, err)
	assert.Equal(t, []string{providers.CauseNoProviderForPrompt}, e.Causes)
	assert.Equal(t, []calldata.Value{}, e.Get("search_in"))
}

func TestTransportErrorIsFatalNoFallback(t *testing.T) {
	f := newFake(t, func(recorded) (int, string) { return 200, openAIReply("x") })
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	s := service(t, `
backends:
  dead:
    host: `+deadURL+`
    provider: openai-compatible
    key: k
    models: {m: {}}
  live:
    host: `+f.srv.URL+`
    provider: openai-compatible
    key: k
    models: {m: {}}
`)
	_, err := s.ExecPrompt(context.Background(), providers.ExecPrompt{Prompt: "p", ResponseFormat: "text"})
	e := asErr(t, err)
	assert.Equal(t, []string{providers.CauseSendingRequest}, e.Causes)
	assert.Equal(t, 0, f.count())
}

func TestAnthropicWire(t *testing.T) {
	var next string
	f := newFake(t, func(r recorded) (int, string) { return 200, next })
	s := service(t, `
backends:
  an:
    host: `+f.srv.URL+`
    provider: anthropic
    key: sk
    models:
      claude: {supports_json: true, supports_image: true}
`)
	ctx := context.Background()
	next = `{"content":[{"type":"text","text":"bonjour"}]}`
	ans, err := s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "hi", ResponseFormat: "text", Images: [][]byte{{0xFF, 0xD8, 0xFF, 0xE0, 1}}})
	require.NoError(t, err)
	assert.Equal(t, "bonjour", ans.Text)
	r := f.last()
	assert.Equal(t, "/v1/messages", r.Path)
	assert.Equal(t, "sk", r.Header.Get("x-api-key"))
	assert.Equal(t, "2023-06-01", r.Header.Get("anthropic-version"))
	assert.Nil(t, r.Body["system"])
	content := r.Body["messages"].([]any)[0].(map[string]any)["content"].([]any)
	assert.Equal(t, map[string]any{"type": "image", "source": map[string]any{"type": "base64", "media_type": "image/jpeg", "data": "/9j/4AE="}}, content[0])
	assert.Equal(t, map[string]any{"type": "text", "text": "hi"}, content[1])

	next = `{"content":[{"type":"tool_use","name":"json_out","input":{"x":1,"a":"b"}}]}`
	ans, err = s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "j", ResponseFormat: "json"})
	require.NoError(t, err)
	assert.Equal(t, calldata.Map{{Key: "a", Value: "b"}, {Key: "x", Value: big.NewInt(1)}}, ans.Object)
	r = f.last()
	assert.Equal(t, "respond with a valid json object", r.Body["system"])
	assert.Equal(t, map[string]any{"type": "tool", "name": "json_out"}, r.Body["tool_choice"])

	next = `{"content":[{"type":"tool_use","input":{"result":false,"reason":"r"}}]}`
	ans, err = s.ExecPromptTemplate(ctx, providers.ExecPromptTemplate{Template: providers.EqComparative})
	require.NoError(t, err)
	assert.Equal(t, calldata.Value(false), ans.Value())
	r = f.last()
	assert.Equal(t, 200.0, r.Body["max_tokens"])
	assert.IsType(t, "", r.Body["messages"].([]any)[0].(map[string]any)["content"], "bool judgement sends plain user text")

	next = `{"content":[]}`
	_, err = s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "j", ResponseFormat: "text"})
	assert.Equal(t, providers.CauseBadLLMReply, asErr(t, err).Causes[0])
}

func TestGeminiAndOllamaWire(t *testing.T) {
	var next string
	f := newFake(t, func(r recorded) (int, string) { return 200, next })
	s := service(t, `
backends:
  gem:
    host: `+f.srv.URL+`
    provider: google
    key: "a&b"
    models:
      gemini-x: {supports_json: true}
`)
	ctx := context.Background()
	next = `{"candidates":[{"content":{"parts":[{"text":"` + "```json\\n{\\\"k\\\": \\\"v\\\"}\\n```" + `"}]}}]}`
	ans, err := s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "q", ResponseFormat: "json"})
	require.NoError(t, err)
	assert.Equal(t, calldata.Map{{Key: "k", Value: "v"}}, ans.Object)
	r := f.last()
	assert.Equal(t, "/v1beta/models/gemini-x:generateContent", r.Path)
	assert.Equal(t, "key=a%26b", r.Query)
	assert.Equal(t, map[string]any{"responseMimeType": "application/json", "temperature": 0.7, "maxOutputTokens": 1000.0}, r.Body["generationConfig"])
	assert.Equal(t, map[string]any{"parts": []any{map[string]any{"text": "respond with a valid json object"}}}, r.Body["system_instruction"])

	next = `{"error":"quota"}`
	f.reply = func(recorded) (int, string) { return 403, next }
	_, err = s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "q", ResponseFormat: "text"})
	e := asErr(t, err)
	assert.Contains(t, e.Get("url"), "key=%3Ccensored%3E", "the API key never appears in errors")

	o := newFake(t, func(r recorded) (int, string) { return 200, `{"response":"{\"n\": 3}"}` })
	s = service(t, "backends:\n  ol:\n    host: "+o.srv.URL+"\n    provider: ollama\n    key: ''\n    models:\n      llama: {supports_json: true}\n")
	ans, err = s.ExecPrompt(ctx, providers.ExecPrompt{Prompt: "n?", ResponseFormat: "json"})
	require.NoError(t, err)
	assert.Equal(t, calldata.Map{{Key: "n", Value: big.NewInt(3)}}, ans.Object)
	r = o.last()
	assert.Equal(t, "/api/generate", r.Path)
	assert.Equal(t, "json", r.Body["format"])
	assert.Equal(t, "n?", r.Body["prompt"])
	assert.Equal(t, map[string]any{"temperature": 0.7, "num_predict": 1000.0}, r.Body["options"])
}

func TestTimeoutAndCall(t *testing.T) {
	slow := newFake(t, func(recorded) (int, string) {
		time.Sleep(300 * time.Millisecond)
		return 200, openAIReply("late")
	})
	busy := newFake(t, func(recorded) (int, string) { return 503, "not json at all" })
	cfg, err := ParseConfig("t.yaml", []byte(`
timeout: 100ms
backends:
  busy:
    host: `+busy.srv.URL+`
    provider: openai-compatible
    key: k
    models: {m: {}}
  slow:
    host: `+slow.srv.URL+`
    provider: openai-compatible
    key: k
    models: {m: {}}
`), nil)
	require.NoError(t, err)
	s := New(cfg, nil)
	ctx := context.Background()
	v, err := providers.Call(ctx, s, nil, calldata.Map{{Key: "ExecPrompt", Value: calldata.Map{
		{Key: "images", Value: []calldata.Value{}}, {Key: "prompt", Value: "p"}, {Key: "response_format", Value: "text"}}}})
	require.NoError(t, err)
	got := calldata.DebugString(v)
	assert.Contains(t, got, `{"error":{"causes":["TIMEOUT"]`, "a 503 with an unreadable body still falls back; the slow one times out")
	assert.Contains(t, got, `"fatal":true`)
	assert.Equal(t, 1, busy.count())
	assert.Equal(t, 1, slow.count())
}
