package llm

import (
	"context"
	"fmt"
	"math/big"
	"net/http"
	"net/url"
	"strings"

	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
)

// OverloadedStatuses are the HTTP statuses after which the next backend is
// tried (lib-llm.lua overloaded_statuses).
var OverloadedStatuses = []int{408, 429, 503, 504, 529}

// Service answers prompts with the configured backends. It is safe for
// concurrent use.
type Service struct {
	cfg    *Config
	client *http.Client
}

// New returns a service over cfg using client (nil: a default client).
func New(cfg *Config, client *http.Client) *Service {
	if client == nil {
		client = &http.Client{}
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = DefaultTimeout
	}
	if cfg.Templates == nil {
		cfg.Templates = DefaultTemplates()
	}
	return &Service{cfg: cfg, client: client}
}

var _ providers.LLM = (*Service)(nil)

// ExecPrompt runs a contract's exec_prompt.
func (s *Service) ExecPrompt(ctx context.Context, req providers.ExecPrompt) (providers.PromptAnswer, error) {
	if len(req.Images) > providers.MaxImages {
		return providers.PromptAnswer{}, providers.NewError(providers.CauseBadRequest, true, "message", "at most 2 images")
	}
	p, format := FromExecPrompt(req)
	return s.Run(ctx, p, format)
}

// ExecPromptTemplate runs an equivalence-principle template.
func (s *Service) ExecPromptTemplate(ctx context.Context, req providers.ExecPromptTemplate) (providers.PromptAnswer, error) {
	p, format, err := FromTemplate(s.cfg.Templates, req)
	if err != nil {
		return providers.PromptAnswer{}, err
	}
	return s.Run(ctx, p, format)
}

// Candidate is a backend and the model it would be asked with.
type Candidate struct {
	Backend *Backend
	Model   *Model
}

// Candidates lists, in config order, the enabled backends having an enabled
// model that supports what a prompt in format with or without images needs,
// each with its first such model.
func (s *Service) Candidates(format string, hasImages bool) []Candidate {
	needJSON := format == providers.FormatJSON || format == providers.FormatBool
	var out []Candidate
	for i := range s.cfg.Backends {
		b := &s.cfg.Backends[i]
		if !b.Enabled {
			continue
		}
		for j := range b.Models {
			m := &b.Models[j]
			if !m.Enabled || (needJSON && !m.SupportsJSON) || (hasImages && !m.SupportsImage) {
				continue
			}
			out = append(out, Candidate{b, m})
			break
		}
	}
	return out
}

// Run sends prompt p in format to the candidate backends in order, moving
// on only when a backend reports an overloaded status; any other failure is
// returned as is. No candidate, or all overloaded: NO_PROVIDER_FOR_PROMPT.
func (s *Service) Run(ctx context.Context, p Prompt, format string) (providers.PromptAnswer, error) {
	cands := s.Candidates(format, len(p.Images) > 0)
	var tried []calldata.Value
	for _, c := range cands {
		tried = append(tried, c.Backend.Name)
		q := p
		q.UseMaxCompletionTokens = c.Model.UseMaxCompletionTokens
		ans, err := s.exec(ctx, c, q, format)
		if err == nil {
			return ans, nil
		}
		if e, ok := err.(*providers.Error); ok && overloaded(e) {
			continue
		}
		return providers.PromptAnswer{}, err
	}
	if tried == nil {
		tried = []calldata.Value{}
	}
	return providers.PromptAnswer{}, providers.NewError(providers.CauseNoProviderForPrompt, true,
		"format", format, "images", len(p.Images), "search_in", tried)
}

func overloaded(e *providers.Error) bool {
	st, ok := e.Get("status").(*big.Int)
	if !ok {
		return false
	}
	for _, o := range OverloadedStatuses {
		if st.Cmp(big.NewInt(int64(o))) == 0 {
			return true
		}
	}
	return false
}

func (s *Service) exec(ctx context.Context, c Candidate, p Prompt, format string) (providers.PromptAnswer, error) {
	ans := providers.PromptAnswer{Format: format}
	host := strings.TrimRight(c.Backend.Host, "/")
	model := c.Model.Name
	var text string
	var err error
	switch c.Backend.Provider {
	case OpenAICompatible:
		text, err = s.openAI(ctx, host, c.Backend.Key, model, p, format != providers.FormatText)
	case Ollama:
		var reply any
		reply, err = s.call(ctx, host+"/api/generate", p.ollamaBody(model, format != providers.FormatText))
		if err == nil {
			text, err = replyString(reply, "response field", "response")
		}
	case Google:
		mime := "text/plain"
		if format != providers.FormatText {
			mime = "application/json"
		}
		var body obj
		if body, err = p.geminiBody(mime); err == nil {
			var reply any
			u := fmt.Sprintf("%s/v1beta/models/%s:generateContent?key=%s", host, model, url.QueryEscape(c.Backend.Key))
			if reply, err = s.call(ctx, u, body); err == nil {
				text, err = replyString(reply, "response field", "candidates", 0, "content", "parts", 0, "text")
			}
		}
	case Anthropic:
		return s.anthropic(ctx, host, c.Backend.Key, model, p, format)
	default:
		err = providers.NewError(providers.CauseUnknownConfig, true, "provider", c.Backend.Provider)
	}
	if err != nil {
		return ans, err
	}
	switch format {
	case providers.FormatText:
		ans.Text = text
	case providers.FormatJSON:
		ans.Object, err = jsonFromText(text)
	case providers.FormatBool:
		var m calldata.Map
		if m, err = jsonFromText(text); err == nil {
			ans.Bool, err = resultBool(m)
		}
	}
	return ans, err
}

// resultBool reads the "result" boolean of an equivalence judgement.
func resultBool(m calldata.Map) (bool, error) {
	v, _ := m.Get("result")
	b, ok := v.(bool)
	if !ok {
		return false, providers.NewError(providers.CauseBadLLMReply, true, "message", "can't get result from "+calldata.DebugString(m))
	}
	return b, nil
}

func (s *Service) openAI(ctx context.Context, host, key, model string, p Prompt, json bool) (string, error) {
	msgs, err := p.openAIMessages()
	if err != nil {
		return "", err
	}
	body := obj{{"model", model}, {"messages", msgs}, {"stream", false}, {"temperature", p.Temperature}}
	if json {
		body = append(body, kv{"response_format", obj{{"type", "json_object"}}})
	}
	body = append(body, kv{p.tokensKey(), p.MaxTokens})
	reply, err := s.call(ctx, host+"/v1/chat/completions", body, "Authorization", "Bearer "+key)
	if err != nil {
		return "", err
	}
	return replyString(reply, "response field", "choices", 0, "message", "content")
}

var anthropicHeaders = func(key string) []string {
	return []string{"x-api-key", key, "anthropic-version", "2023-06-01"}
}

func (s *Service) anthropic(ctx context.Context, host, key, model string, p Prompt, format string) (providers.PromptAnswer, error) {
	ans := providers.PromptAnswer{Format: format}
	u := host + "/v1/messages"
	switch format {
	case providers.FormatText:
		body, err := p.anthropicBody(model)
		if err != nil {
			return ans, err
		}
		reply, err := s.call(ctx, u, body, anthropicHeaders(key)...)
		if err != nil {
			return ans, err
		}
		ans.Text, err = replyString(reply, "response field", "content", 0, "text")
		return ans, err
	case providers.FormatJSON:
		body, err := p.anthropicBody(model)
		if err != nil {
			return ans, err
		}
		schema := obj{{"type", "object"}, {"patternProperties", obj{{"", obj{{"type", []string{"object", "null", "array", "number", "string"}}}}}}}
		body = append(body,
			kv{"tools", []any{obj{{"name", "json_out"}, {"description", "Output a valid json object"}, {"input_schema", schema}}}},
			kv{"tool_choice", obj{{"type", "tool"}, {"name", "json_out"}}})
		reply, err := s.call(ctx, u, body, anthropicHeaders(key)...)
		if err != nil {
			return ans, err
		}
		m, ok := jsonToMap(pointer(reply, "content", 0, "input"))
		if !ok {
			return ans, badReply(reply, "response field")
		}
		ans.Object = m
		return ans, nil
	default: // bool: a forced tool with a boolean "result" (no images)
		schema := obj{{"type", "object"}, {"properties", obj{{"result", obj{{"type", "boolean"}}}, {"reason", obj{{"type", "string"}}}}}, {"required", []string{"result"}}}
		body := obj{{"model", model}, {"messages", []any{obj{{"role", "user"}, {"content", p.User}}}},
			{"max_tokens", 200}, {"stream", false}, {"temperature", p.Temperature},
			{"tools", []any{obj{{"name", "json_out"}, {"description", "Output a valid json object"}, {"input_schema", schema}}}},
			{"tool_choice", obj{{"type", "tool"}, {"name", "json_out"}}}}
		if p.System != nil {
			body = append(body, kv{"system", *p.System})
		}
		reply, err := s.call(ctx, u, body, anthropicHeaders(key)...)
		if err != nil {
			return ans, err
		}
		b, ok := pointer(reply, "content", 0, "input", "result").(bool)
		if !ok {
			return ans, badReply(reply, "response field")
		}
		ans.Bool = b
		return ans, nil
	}
}
