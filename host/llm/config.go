// Package llm is the LLM provider of genvm-go: GenVM's LLM module
// (executor/modules/implementation: llm-default-config.yaml,
// scripting/llm-default.lua, lib-llm.lua, src/llm/*.rs) in Go.
//
// A Service holds the backends of a YAML config in file order. ExecPrompt and
// ExecPromptTemplate build GenVM's internal prompt (system message, user
// message, temperature 0.7, max 1000 tokens, images), select the backends
// whose first enabled model supports what the prompt needs (JSON, images),
// and try them in order, going to the next only when one answers with an
// overloaded status (408, 429, 503, 504, 529). Wire formats: the
// OpenAI-compatible chat completions API (OpenAI, vLLM, llama.cpp server,
// xAI, ...), Ollama's /api/generate, Anthropic's messages API and Gemini's
// generateContent.
package llm

import (
	"fmt"
	"os"
	"time"

	"github.com/genvm-go/genvm/host/providers"
	"gopkg.in/yaml.v3"
)

// Provider kinds, as spelled in the config's `provider` field.
const (
	OpenAICompatible = "openai-compatible"
	Ollama           = "ollama"
	Anthropic        = "anthropic"
	Google           = "google"
)

// Model is one model of a backend.
type Model struct {
	Name                   string
	Enabled                bool // default true
	SupportsJSON           bool
	SupportsImage          bool
	UseMaxCompletionTokens bool
	Meta                   any
}

// Backend is one configured backend; Models keep the file's order.
type Backend struct {
	Name     string
	Enabled  bool // default true
	Host     string
	Provider string
	Key      string
	Models   []Model
}

// Template is one prompt template: system and user texts with #{var}
// placeholders.
type Template struct {
	System string
	User   string
}

// Template ids in the config's prompt_templates.
const (
	TemplateEqComparative             = "eq_comparative"
	TemplateEqNonComparativeLeader    = "eq_non_comparative_leader"
	TemplateEqNonComparativeValidator = "eq_non_comparative_validator"
)

// Config is an LLM module config. Backends are in file order, which is the
// fallback order.
type Config struct {
	Backends  []Backend
	Templates map[string]Template // keyed by the Template* ids
	// Timeout bounds one backend request (config key `timeout`, a Go
	// duration such as "90s"; default 2 minutes). GenVM has none.
	Timeout time.Duration
}

// DefaultTimeout is Config.Timeout when the config sets none.
const DefaultTimeout = 2 * time.Minute

// LoadConfig reads and parses a config file; `${ENV[NAME]}` placeholders take
// values from the process environment.
func LoadConfig(path string) (*Config, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseConfig(path, src, os.Getenv)
}

// ParseConfig parses a config in GenVM's llm module format. Keys GenVM uses
// for its own process (bind_address, lua_script_path, threads, ...) are
// accepted and ignored. Missing prompt templates take GenVM's defaults, so
// an override file needs only the templates it changes.
func ParseConfig(file string, src []byte, getenv func(string) string) (*Config, error) {
	root, err := providers.ParseYAML(file, src)
	if err != nil {
		return nil, err
	}
	cfg := &Config{Templates: DefaultTemplates(), Timeout: DefaultTimeout}
	top, err := providers.Pairs(file, root)
	if err != nil {
		return nil, err
	}
	for _, p := range top {
		switch p.Key {
		case "backends":
			bs, err := providers.Pairs(file, p.Value)
			if err != nil {
				return nil, err
			}
			for _, b := range bs {
				be, err := parseBackend(file, b, getenv)
				if err != nil {
					return nil, err
				}
				cfg.Backends = append(cfg.Backends, be)
			}
		case "prompt_templates":
			ts, err := providers.Pairs(file, p.Value)
			if err != nil {
				return nil, err
			}
			for _, t := range ts {
				if _, ok := cfg.Templates[t.Key]; !ok {
					return nil, providers.NodeErr(file, t.KeyN, "unknown prompt template %q", t.Key)
				}
				var raw struct {
					System *string `yaml:"system"`
					User   *string `yaml:"user"`
				}
				if err := providers.Decode(file, t.Value, &raw); err != nil {
					return nil, err
				}
				if raw.System == nil || raw.User == nil {
					return nil, providers.NodeErr(file, t.Value, "template %q needs both system and user", t.Key)
				}
				cfg.Templates[t.Key] = Template{System: *raw.System, User: *raw.User}
			}
		case "timeout":
			var s string
			if err := providers.Decode(file, p.Value, &s); err != nil {
				return nil, err
			}
			d, err := time.ParseDuration(s)
			if err != nil || d <= 0 {
				return nil, providers.NodeErr(file, p.Value, "timeout: want a positive duration such as \"90s\"")
			}
			cfg.Timeout = d
		}
	}
	return cfg, nil
}

func parseBackend(file string, p providers.Pair, getenv func(string) string) (Backend, error) {
	b := Backend{Name: p.Key, Enabled: true}
	fields, err := providers.Pairs(file, p.Value)
	if err != nil {
		return b, err
	}
	for _, f := range fields {
		switch f.Key {
		case "enabled":
			err = providers.Decode(file, f.Value, &b.Enabled)
		case "host":
			err = providers.Decode(file, f.Value, &b.Host)
			b.Host = providers.ExpandEnv(b.Host, getenv)
		case "provider":
			err = providers.Decode(file, f.Value, &b.Provider)
			if err == nil {
				switch b.Provider {
				case OpenAICompatible, Ollama, Anthropic, Google:
				default:
					err = providers.NodeErr(file, f.Value, "backend %q: unknown provider %q (want openai-compatible, ollama, anthropic or google)", b.Name, b.Provider)
				}
			}
		case "key":
			err = providers.Decode(file, f.Value, &b.Key)
			b.Key = providers.ExpandEnv(b.Key, getenv)
		case "models":
			var ms []providers.Pair
			ms, err = providers.Pairs(file, f.Value)
			for _, m := range ms {
				if err != nil {
					break
				}
				var mod Model
				mod, err = parseModel(file, m)
				b.Models = append(b.Models, mod)
			}
		default:
			err = providers.NodeErr(file, f.KeyN, "backend %q: unknown key %q", b.Name, f.Key)
		}
		if err != nil {
			return b, err
		}
	}
	if b.Host == "" || b.Provider == "" {
		return b, providers.NodeErr(file, p.KeyN, "backend %q: host and provider are required", b.Name)
	}
	return b, nil
}

func parseModel(file string, p providers.Pair) (Model, error) {
	m := Model{Name: p.Key, Enabled: true}
	var raw struct {
		Enabled                *bool `yaml:"enabled"`
		SupportsJSON           bool  `yaml:"supports_json"`
		SupportsImage          bool  `yaml:"supports_image"`
		UseMaxCompletionTokens bool  `yaml:"use_max_completion_tokens"`
		Meta                   any   `yaml:"meta"`
	}
	if p.Value.Kind == yaml.ScalarNode && p.Value.Tag == "!!null" {
		return m, nil
	}
	if err := p.Value.Decode(&raw); err != nil {
		return m, providers.NodeErr(file, p.Value, "model %q: %v", p.Key, err)
	}
	if raw.Enabled != nil {
		m.Enabled = *raw.Enabled
	}
	m.SupportsJSON, m.SupportsImage = raw.SupportsJSON, raw.SupportsImage
	m.UseMaxCompletionTokens, m.Meta = raw.UseMaxCompletionTokens, raw.Meta
	return m, nil
}

func (b Backend) String() string { return fmt.Sprintf("%s(%s %s)", b.Name, b.Provider, b.Host) }
