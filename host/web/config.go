// Package web is the web provider of genvm-go: GenVM's web module
// (executor/modules/implementation: web-default-config.yaml,
// scripting/web-default.lua, lib-web.lua, src/web/*.rs) in Go.
//
// Every request and render first passes the URL policy (CheckURL): http or
// https only, the default port unless the host is allow-listed, a known TLD
// unless the host is allow-listed. Requests are plain HTTP with a timeout
// and a size limit. Renders drive headless Chromium through the DevTools
// protocol (chromedp) for text, html and screenshot; without a browser,
// text and html fall back to a plain HTTP GET and a small HTML-to-text pass.
package web

import (
	_ "embed"
	"os"
	"strings"
	"time"

	"github.com/genvm-go/genvm/host/providers"
)

// Config is a web module config.
type Config struct {
	// ExtraTLD are top-level domains accepted besides the built-in list.
	ExtraTLD []string
	// AlwaysAllowHosts are hosts exempt from the port and TLD checks.
	AlwaysAllowHosts []string
	// Timeout bounds one request, redirects and body included (default 30s).
	Timeout time.Duration
	// RenderTimeout bounds one render, wait_after_loaded excluded (default 30s).
	RenderTimeout time.Duration
	// MaxBodySize bounds a response body in bytes (default 10 MiB).
	MaxBodySize int64
	// Browser is "auto" (find chromium on PATH), "off", or a path to a
	// Chromium executable. The environment variable GENVM_CHROMIUM, when
	// set, overrides it.
	Browser string
}

// Defaults of Config.
const (
	DefaultTimeout       = 30 * time.Second
	DefaultRenderTimeout = 30 * time.Second
	DefaultMaxBodySize   = 10 << 20
)

// DefaultConfig returns a config with every default and no extra hosts.
func DefaultConfig() *Config {
	return &Config{Timeout: DefaultTimeout, RenderTimeout: DefaultRenderTimeout, MaxBodySize: DefaultMaxBodySize, Browser: "auto"}
}

// LoadConfig reads and parses a config file.
func LoadConfig(path string) (*Config, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseConfig(path, src)
}

// ParseConfig parses a config in GenVM's web module format plus this
// implementation's keys (timeout, render_timeout, max_body_size, browser).
// GenVM's own process keys (bind_address, webdriver_host,
// session_create_request, threads, ...) are accepted and ignored.
func ParseConfig(file string, src []byte) (*Config, error) {
	root, err := providers.ParseYAML(file, src)
	if err != nil {
		return nil, err
	}
	cfg := DefaultConfig()
	top, err := providers.Pairs(file, root)
	if err != nil {
		return nil, err
	}
	for _, p := range top {
		switch p.Key {
		case "extra_tld":
			err = providers.Decode(file, p.Value, &cfg.ExtraTLD)
			for i, t := range cfg.ExtraTLD {
				cfg.ExtraTLD[i] = strings.ToLower(strings.TrimPrefix(t, "."))
			}
		case "always_allow_hosts":
			err = providers.Decode(file, p.Value, &cfg.AlwaysAllowHosts)
		case "timeout", "render_timeout":
			var s string
			if err = providers.Decode(file, p.Value, &s); err == nil {
				d, perr := time.ParseDuration(s)
				if perr != nil || d <= 0 {
					err = providers.NodeErr(file, p.Value, "%s: want a positive duration such as \"30s\"", p.Key)
				} else if p.Key == "timeout" {
					cfg.Timeout = d
				} else {
					cfg.RenderTimeout = d
				}
			}
		case "max_body_size":
			err = providers.Decode(file, p.Value, &cfg.MaxBodySize)
			if err == nil && cfg.MaxBodySize <= 0 {
				err = providers.NodeErr(file, p.Value, "max_body_size must be positive")
			}
		case "browser":
			err = providers.Decode(file, p.Value, &cfg.Browser)
		}
		if err != nil {
			return nil, err
		}
	}
	return cfg, nil
}

//go:embed tlds.txt
var tldsTxt string

var knownTLD = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(tldsTxt, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, f := range strings.Fields(line) {
			m[f] = true
		}
	}
	return m
}()

// KnownTLD reports whether tld (lower case, no dot) is in the built-in list.
func KnownTLD(tld string) bool { return knownTLD[tld] }
