// Package mock provides LLM and web providers for tests and local work:
// replies chosen by regular expressions from a rules file, and record/replay
// of real replies.
//
// A rules file is YAML (JSON is valid YAML) with two lists, tried in file
// order, the first match answering:
//
//	llm:
//	  - match: 'capital of France'   # regexp searched in the prompt
//	    reply: Paris                 # text; for JSON prompts a JSON string or a mapping
//	  - match: '<primary_output>'    # templates match their rendered user message
//	    format: bool                 # optional: only prompts of this format
//	    reply: true
//	  - match: 'overloaded'
//	    error: {causes: [NO_PROVIDER_FOR_PROMPT], fatal: true}
//	web:
//	  - match: '^https://example\.com/'   # regexp searched in the URL
//	    method: GET                       # optional: requests of this method only
//	    status: 200                       # default 200
//	    headers: {content-type: text/html}
//	    body: '<p>hello</p>'              # or body_base64
//	    text: 'hello'                     # optional: render text/html answer (default: body)
//	    screenshot_base64: iVBORw0K...    # optional: render screenshot answer
//
// A render is answered by the first rule whose method is empty or GET: a
// status other than 200 is WEBPAGE_LOAD_FAILED as in GenVM. URLs pass
// GenVM's URL policy before matching, so policy errors are real. No rule
// matching is a fatal MOCK_NOT_FOUND error listing the patterns tried.
package mock

import (
	"encoding/base64"
	"fmt"
	"os"
	"regexp"
	"strings"

	"github.com/genvm-go/genvm/host/providers"
	"gopkg.in/yaml.v3"
)

// File is a rules file.
type File struct {
	LLM []LLMRule `yaml:"llm,omitempty"`
	Web []WebRule `yaml:"web,omitempty"`
}

// LLMRule answers prompts whose text matches Match.
type LLMRule struct {
	Match  string     `yaml:"match"`
	Format string     `yaml:"format,omitempty"`
	Reply  any        `yaml:"reply,omitempty"`
	Error  *RuleError `yaml:"error,omitempty"`

	re *regexp.Regexp
}

// WebRule answers requests and renders whose URL matches Match.
type WebRule struct {
	Match            string            `yaml:"match"`
	Method           string            `yaml:"method,omitempty"`
	Status           int               `yaml:"status,omitempty"`
	Headers          map[string]string `yaml:"headers,omitempty"`
	Body             *string           `yaml:"body,omitempty"`
	BodyBase64       string            `yaml:"body_base64,omitempty"`
	Text             *string           `yaml:"text,omitempty"`
	ScreenshotBase64 string            `yaml:"screenshot_base64,omitempty"`
	Mode             string            `yaml:"mode,omitempty"` // recorded renders: the mode they answer
	Error            *RuleError        `yaml:"error,omitempty"`

	re   *regexp.Regexp
	body []byte
	shot []byte
}

// RuleError is a module error a rule answers with.
type RuleError struct {
	Causes []string          `yaml:"causes"`
	Fatal  bool              `yaml:"fatal"`
	Ctx    map[string]string `yaml:"ctx,omitempty"`
}

func (e *RuleError) err() *providers.Error {
	out := &providers.Error{Causes: append([]string(nil), e.Causes...), Fatal: e.Fatal}
	for _, k := range sortedKeys(e.Ctx) {
		out.Ctx = append(out.Ctx, entry(k, e.Ctx[k]))
	}
	return out
}

func ruleError(e *providers.Error) *RuleError {
	r := &RuleError{Causes: e.Causes, Fatal: e.Fatal}
	for _, kv := range e.Ctx {
		if s, ok := kv.Value.(string); ok {
			if r.Ctx == nil {
				r.Ctx = map[string]string{}
			}
			r.Ctx[kv.Key] = s
		}
	}
	return r
}

// Load reads a rules file.
func Load(path string) (*File, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, src)
}

// Parse parses and checks rules: every pattern must compile (Go RE2
// syntax), formats and bodies must be valid. Errors carry file:line:col.
func Parse(name string, src []byte) (*File, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	f := &File{}
	if len(doc.Content) == 0 {
		return f, nil
	}
	root := doc.Content[0]
	if err := root.Decode(f); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	llmN, webN := seqItems(providers.Lookup(root, "llm")), seqItems(providers.Lookup(root, "web"))
	for i := range f.LLM {
		r := &f.LLM[i]
		if err := r.compile(); err != nil {
			return nil, providers.NodeErr(name, at(llmN, i), "llm rule %d: %v", i+1, err)
		}
	}
	for i := range f.Web {
		r := &f.Web[i]
		if err := r.compile(); err != nil {
			return nil, providers.NodeErr(name, at(webN, i), "web rule %d: %v", i+1, err)
		}
	}
	return f, nil
}

func seqItems(n *yaml.Node) []*yaml.Node {
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil
	}
	return n.Content
}

func at(ns []*yaml.Node, i int) *yaml.Node {
	if i < len(ns) {
		return ns[i]
	}
	return nil
}

func (r *LLMRule) compile() error {
	re, err := regexp.Compile(r.Match)
	if err != nil {
		return fmt.Errorf("match: %v", err)
	}
	r.re = re
	switch r.Format {
	case "", providers.FormatText, providers.FormatJSON, providers.FormatBool:
	default:
		return fmt.Errorf("format must be text, json or bool, not %q", r.Format)
	}
	if (r.Reply == nil) == (r.Error == nil) {
		return fmt.Errorf("needs exactly one of reply and error")
	}
	return nil
}

func (r *WebRule) compile() error {
	re, err := regexp.Compile(r.Match)
	if err != nil {
		return fmt.Errorf("match: %v", err)
	}
	r.re = re
	r.Method = strings.ToUpper(r.Method)
	if r.Status == 0 {
		r.Status = 200
	}
	if r.Status < 100 || r.Status > 999 {
		return fmt.Errorf("status %d out of range", r.Status)
	}
	if r.Body != nil && r.BodyBase64 != "" {
		return fmt.Errorf("body and body_base64 are exclusive")
	}
	if r.Body != nil {
		r.body = []byte(*r.Body)
	} else if r.BodyBase64 != "" {
		if r.body, err = base64.StdEncoding.DecodeString(r.BodyBase64); err != nil {
			return fmt.Errorf("body_base64: %v", err)
		}
	}
	if r.ScreenshotBase64 != "" {
		if r.shot, err = base64.StdEncoding.DecodeString(r.ScreenshotBase64); err != nil {
			return fmt.Errorf("screenshot_base64: %v", err)
		}
	}
	return nil
}

func notFound(kind, subject string, patterns []string) error {
	return providers.NewError(providers.CauseMockNotFound, true, "kind", kind, "subject", subject,
		"patterns", strings.Join(patterns, "\n"))
}
