package mock

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/genvm-go/genvm/host/llm"
	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
)

// LLM answers prompts from rules. Templates render with Templates (GenVM's
// defaults when nil) so rules match the same user message a real backend
// would receive.
type LLM struct {
	Rules     []LLMRule
	Templates map[string]llm.Template
}

var _ providers.LLM = (*LLM)(nil)

// ExecPrompt answers with the first rule matching the prompt.
func (m *LLM) ExecPrompt(ctx context.Context, req providers.ExecPrompt) (providers.PromptAnswer, error) {
	if len(req.Images) > providers.MaxImages {
		return providers.PromptAnswer{}, providers.NewError(providers.CauseBadRequest, true, "message", "at most 2 images")
	}
	p, format := llm.FromExecPrompt(req)
	return m.answer(p.User, format)
}

// ExecPromptTemplate renders the template and answers with the first rule
// matching its user message.
func (m *LLM) ExecPromptTemplate(ctx context.Context, req providers.ExecPromptTemplate) (providers.PromptAnswer, error) {
	t := m.Templates
	if t == nil {
		t = llm.DefaultTemplates()
	}
	p, format, err := llm.FromTemplate(t, req)
	if err != nil {
		return providers.PromptAnswer{}, err
	}
	return m.answer(p.User, format)
}

func (m *LLM) answer(prompt, format string) (providers.PromptAnswer, error) {
	var tried []string
	for i := range m.Rules {
		r := &m.Rules[i]
		if r.re == nil {
			if err := r.compile(); err != nil {
				return providers.PromptAnswer{}, fmt.Errorf("llm rule %d: %w", i+1, err)
			}
		}
		tried = append(tried, r.Match)
		if (r.Format != "" && r.Format != format) || !r.re.MatchString(prompt) {
			continue
		}
		if r.Error != nil {
			return providers.PromptAnswer{}, r.Error.err()
		}
		return replyAnswer(r.Reply, format)
	}
	return providers.PromptAnswer{}, notFound("llm", prompt, tried)
}

// replyAnswer converts a rule's reply into an answer of format: text needs
// a scalar (printed as YAML gave it); json a mapping or a string holding a
// JSON object (cleaned up as real replies are); bool a boolean, or a JSON
// object/mapping with a boolean "result".
func replyAnswer(reply any, format string) (providers.PromptAnswer, error) {
	ans := providers.PromptAnswer{Format: format}
	bad := func(why string) (providers.PromptAnswer, error) {
		return ans, providers.NewError(providers.CauseBadLLMReply, true, "message", "mock reply "+why)
	}
	switch format {
	case providers.FormatText:
		switch v := reply.(type) {
		case string:
			ans.Text = v
		case map[string]any, []any:
			return bad("for a text prompt must be a scalar")
		default:
			ans.Text = fmt.Sprint(v)
		}
		return ans, nil
	case providers.FormatBool:
		if b, ok := reply.(bool); ok {
			ans.Bool = b
			return ans, nil
		}
	}
	var obj calldata.Map
	switch v := reply.(type) {
	case string:
		o, err := providers.ParseJSONObject(llm.SanitizeJSON(v))
		if err != nil {
			return bad("is not a JSON object: " + err.Error())
		}
		obj = o
	case map[string]any:
		b, err := json.Marshal(v)
		if err != nil {
			return bad(err.Error())
		}
		if obj, err = providers.ParseJSONObject(string(b)); err != nil {
			return bad(err.Error())
		}
	default:
		return bad(fmt.Sprintf("for a %s prompt must be a JSON object", format))
	}
	if format == providers.FormatJSON {
		ans.Object = obj
		return ans, nil
	}
	v, _ := obj.Get("result")
	b, ok := v.(bool)
	if !ok {
		return bad("has no boolean \"result\"")
	}
	ans.Bool = b
	return ans, nil
}

func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func entry(k string, v calldata.Value) calldata.Entry { return calldata.Entry{Key: k, Value: v} }
