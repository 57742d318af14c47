package mock

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"sync"
	"unicode/utf8"

	"github.com/genvm-go/genvm/host/llm"
	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
	"gopkg.in/yaml.v3"
)

// Recorder forwards to real providers and appends every reply (and module
// error) to a rules file as an exact-match rule, rewriting the file
// atomically after each call. Replaying that file (Replay) serves the same
// answers without network.
type Recorder struct {
	Path      string
	LLM       providers.LLM // may be nil when only web is recorded
	Web       providers.Web // may be nil when only LLM is recorded
	Templates map[string]llm.Template

	mu   sync.Mutex
	file File
}

var (
	_ providers.LLM = (*Recorder)(nil)
	_ providers.Web = (*Recorder)(nil)
)

// NewRecorder returns a recorder appending to path (whose existing rules
// are kept, so several sessions accumulate).
func NewRecorder(path string, l providers.LLM, w providers.Web) (*Recorder, error) {
	r := &Recorder{Path: path, LLM: l, Web: w}
	if _, err := os.Stat(path); err == nil {
		f, err := Load(path)
		if err != nil {
			return nil, err
		}
		r.file = *f
	}
	return r, nil
}

// Replay loads a recorded (or hand-written) rules file as providers.
func Replay(path string) (*LLM, *Web, error) {
	f, err := Load(path)
	if err != nil {
		return nil, nil, err
	}
	return &LLM{Rules: f.LLM}, &Web{Rules: f.Web}, nil
}

func exact(s string) string { return "^" + regexp.QuoteMeta(s) + "$" }

func (r *Recorder) save() error {
	data, err := yaml.Marshal(&r.file)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(r.Path), ".mock-*.yaml")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), r.Path)
}

func (r *Recorder) addLLM(rule LLMRule) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := rule.compile(); err != nil {
		return err
	}
	r.file.LLM = append(r.file.LLM, rule)
	return r.save()
}

func (r *Recorder) addWeb(rule WebRule) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if err := rule.compile(); err != nil {
		return err
	}
	r.file.Web = append(r.file.Web, rule)
	return r.save()
}

func (r *Recorder) recordPrompt(user, format string, ans providers.PromptAnswer, err error) (providers.PromptAnswer, error) {
	rule := LLMRule{Match: exact(user), Format: format}
	var pe *providers.Error
	switch {
	case err == nil:
		switch format {
		case providers.FormatText:
			rule.Reply = ans.Text
		case providers.FormatBool:
			rule.Reply = ans.Bool
		default:
			b, jerr := json.Marshal(toJSON(ans.Object))
			if jerr != nil {
				return ans, jerr
			}
			rule.Reply = string(b)
		}
	case errors.As(err, &pe):
		rule.Error = ruleError(pe)
	default:
		return ans, err // not a module error: nothing to replay
	}
	if serr := r.addLLM(rule); serr != nil {
		return ans, serr
	}
	return ans, err
}

// ExecPrompt forwards and records.
func (r *Recorder) ExecPrompt(ctx context.Context, req providers.ExecPrompt) (providers.PromptAnswer, error) {
	if r.LLM == nil {
		return providers.PromptAnswer{}, errors.New("mock: recorder has no LLM provider")
	}
	ans, err := r.LLM.ExecPrompt(ctx, req)
	p, format := llm.FromExecPrompt(req)
	return r.recordPrompt(p.User, format, ans, err)
}

// ExecPromptTemplate forwards and records under the rendered user message.
func (r *Recorder) ExecPromptTemplate(ctx context.Context, req providers.ExecPromptTemplate) (providers.PromptAnswer, error) {
	if r.LLM == nil {
		return providers.PromptAnswer{}, errors.New("mock: recorder has no LLM provider")
	}
	ans, err := r.LLM.ExecPromptTemplate(ctx, req)
	t := r.Templates
	if t == nil {
		t = llm.DefaultTemplates()
	}
	p, format, terr := llm.FromTemplate(t, req)
	if terr != nil {
		return ans, err
	}
	return r.recordPrompt(p.User, format, ans, err)
}

// Request forwards and records.
func (r *Recorder) Request(ctx context.Context, req providers.WebRequest) (providers.Response, error) {
	if r.Web == nil {
		return providers.Response{}, errors.New("mock: recorder has no web provider")
	}
	resp, err := r.Web.Request(ctx, req)
	rule := WebRule{Match: exact(req.URL), Method: req.Method}
	var pe *providers.Error
	switch {
	case err == nil:
		rule.Status = resp.Status
		for _, h := range resp.Headers {
			if rule.Headers == nil {
				rule.Headers = map[string]string{}
			}
			rule.Headers[h.Name] = string(h.Value)
		}
		if utf8.Valid(resp.Body) {
			s := string(resp.Body)
			rule.Body = &s
		} else {
			rule.BodyBase64 = base64.StdEncoding.EncodeToString(resp.Body)
		}
	case errors.As(err, &pe):
		rule.Error = ruleError(pe)
	default:
		return resp, err
	}
	if serr := r.addWeb(rule); serr != nil {
		return resp, serr
	}
	return resp, err
}

// Render forwards and records (as a rule for that render mode).
func (r *Recorder) Render(ctx context.Context, req providers.WebRender) (providers.RenderAnswer, error) {
	if r.Web == nil {
		return providers.RenderAnswer{}, errors.New("mock: recorder has no web provider")
	}
	ans, err := r.Web.Render(ctx, req)
	rule := WebRule{Match: exact(req.URL), Mode: req.Mode}
	var pe *providers.Error
	switch {
	case err == nil && ans.IsImg:
		rule.ScreenshotBase64 = base64.StdEncoding.EncodeToString(ans.Image)
	case err == nil:
		t := ans.Text
		rule.Text = &t
	case errors.As(err, &pe):
		rule.Error = ruleError(pe)
	default:
		return ans, err
	}
	if serr := r.addWeb(rule); serr != nil {
		return ans, serr
	}
	return ans, err
}

// toJSON converts a calldata value from a JSON answer back to JSON values.
func toJSON(v calldata.Value) any {
	switch v := v.(type) {
	case calldata.Map:
		m := make(map[string]any, len(v))
		for _, e := range v {
			m[e.Key] = toJSON(e.Value)
		}
		return m
	case []calldata.Value:
		a := make([]any, len(v))
		for i, x := range v {
			a[i] = toJSON(x)
		}
		return a
	case *big.Int:
		return json.Number(v.String())
	}
	return v
}
