package mock

import (
	"context"
	"fmt"

	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/host/web"
)

// Web answers requests and renders from rules, after GenVM's URL policy
// (Policy; web.DefaultConfig() when nil).
type Web struct {
	Rules  []WebRule
	Policy *web.Config
}

var _ providers.Web = (*Web)(nil)

func (m *Web) policy() *web.Config {
	if m.Policy == nil {
		m.Policy = web.DefaultConfig()
	}
	return m.Policy
}

func (m *Web) find(url, method, mode string) (*WebRule, error) {
	var tried []string
	for i := range m.Rules {
		if m.Rules[i].re == nil {
			if err := m.Rules[i].compile(); err != nil {
				return nil, fmt.Errorf("web rule %d: %w", i+1, err)
			}
		}
		tried = append(tried, m.Rules[i].Match)
	}
	// Renders first look for rules recorded for their mode, then for
	// request rules (GET or any method); requests never use render rules.
	if mode != "" {
		for i := range m.Rules {
			if r := &m.Rules[i]; r.Mode == mode && r.re.MatchString(url) {
				return r, nil
			}
		}
	}
	for i := range m.Rules {
		r := &m.Rules[i]
		if r.Mode != "" || (r.Method != "" && r.Method != method) {
			continue
		}
		if r.re.MatchString(url) {
			return r, nil
		}
	}
	kind := "web request"
	if mode != "" {
		kind = "web render"
	}
	return nil, notFound(kind, method+" "+url, tried)
}

// Request answers with the first rule matching URL and method.
func (m *Web) Request(ctx context.Context, req providers.WebRequest) (providers.Response, error) {
	if _, err := m.policy().CheckURL(req.URL); err != nil {
		return providers.Response{}, err
	}
	r, err := m.find(req.URL, req.Method, "")
	if err != nil {
		return providers.Response{}, err
	}
	if r.Error != nil {
		return providers.Response{}, r.Error.err()
	}
	resp := providers.Response{Status: r.Status, Body: append([]byte{}, r.body...)}
	for _, k := range sortedKeys(r.Headers) {
		resp.Headers = append(resp.Headers, providers.Header{Name: k, Value: []byte(r.Headers[k])})
	}
	return resp, nil
}

// Render answers with the first GET (or method-less) rule matching the URL:
// text and html get Text (default: the body as text), screenshot the
// screenshot bytes (empty when the rule has none).
func (m *Web) Render(ctx context.Context, req providers.WebRender) (providers.RenderAnswer, error) {
	if _, err := m.policy().CheckURL(req.URL); err != nil {
		return providers.RenderAnswer{}, err
	}
	r, err := m.find(req.URL, "GET", req.Mode)
	if err != nil {
		return providers.RenderAnswer{}, err
	}
	if r.Error != nil {
		return providers.RenderAnswer{}, r.Error.err()
	}
	if r.Status != 200 {
		return providers.RenderAnswer{}, providers.NewError(providers.CauseWebpageLoadFailed, false, "url", req.URL, "status", r.Status)
	}
	if req.Mode == providers.ModeScreenshot {
		return providers.RenderAnswer{Image: append([]byte{}, r.shot...), IsImg: true}, nil
	}
	if r.Text != nil {
		return providers.RenderAnswer{Text: *r.Text}, nil
	}
	return providers.RenderAnswer{Text: string(r.body)}, nil
}
