package web

import (
	"net/http"

	"github.com/genvm-go/genvm/host/providers"
)

// Service serves web requests and renders. It is safe for concurrent use;
// Close stops its browser.
type Service struct {
	cfg    *Config
	client *http.Client
	br     *browser // nil: no browser configured or found
}

var _ providers.Web = (*Service)(nil)

// New returns a service over cfg (nil: DefaultConfig). Chromium, when found
// (see FindChromium), is started on the first render.
func New(cfg *Config) *Service {
	if cfg == nil {
		cfg = DefaultConfig()
	}
	d := DefaultConfig()
	if cfg.Timeout <= 0 {
		cfg.Timeout = d.Timeout
	}
	if cfg.RenderTimeout <= 0 {
		cfg.RenderTimeout = d.RenderTimeout
	}
	if cfg.MaxBodySize <= 0 {
		cfg.MaxBodySize = d.MaxBodySize
	}
	s := &Service{cfg: cfg}
	s.client = s.newClient()
	if p := FindChromium(cfg.Browser); p != "" {
		s.br = &browser{path: p}
	}
	return s
}

// Config returns the service's configuration.
func (s *Service) Config() *Config { return s.cfg }

// Close stops the browser, if one was started.
func (s *Service) Close() {
	if s.br != nil {
		s.br.close()
	}
}
