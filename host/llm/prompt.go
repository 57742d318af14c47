package llm

import (
	_ "embed"
	"fmt"
	"math/big"
	"strings"

	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
)

//go:embed default-config.yaml
var defaultConfigYAML []byte

// DefaultConfigYAML is the config genvm-go ships: GenVM's default prompt
// templates verbatim and a few example backends.
func DefaultConfigYAML() []byte { return append([]byte(nil), defaultConfigYAML...) }

// DefaultTemplates returns GenVM's default equivalence-principle templates.
func DefaultTemplates() map[string]Template {
	root, err := providers.ParseYAML("default-config.yaml", defaultConfigYAML)
	if err != nil {
		panic(err)
	}
	out := map[string]Template{}
	ts, err := providers.Pairs("default-config.yaml", providers.Lookup(root, "prompt_templates"))
	if err != nil {
		panic(err)
	}
	for _, t := range ts {
		out[t.Key] = Template{
			System: providers.Lookup(t.Value, "system").Value,
			User:   providers.Lookup(t.Value, "user").Value,
		}
	}
	return out
}

// Prompt is GenVM's internal prompt (src/llm/prompt.rs Internal).
type Prompt struct {
	System                 *string // nil: no system message
	User                   string
	Temperature            float64
	Images                 [][]byte
	MaxTokens              int
	UseMaxCompletionTokens bool
}

// Format-independent defaults of every prompt (lib-llm.lua).
const (
	DefaultTemperature = 0.7
	DefaultMaxTokens   = 1000
	JSONSystemMessage  = "respond with a valid json object"
)

// FromExecPrompt maps an ExecPrompt request to the internal prompt and
// format: text mode has no system message, JSON mode the fixed
// JSONSystemMessage.
func FromExecPrompt(req providers.ExecPrompt) (Prompt, string) {
	p := Prompt{User: req.Prompt, Temperature: DefaultTemperature, Images: req.Images, MaxTokens: DefaultMaxTokens}
	if req.ResponseFormat == providers.FormatJSON {
		s := JSONSystemMessage
		p.System = &s
	}
	return p, req.ResponseFormat
}

// templateOf maps a template name to its config id and answer format.
func templateOf(name string) (id, format string, ok bool) {
	switch name {
	case providers.EqComparative:
		return TemplateEqComparative, providers.FormatBool, true
	case providers.EqNonComparativeValidator:
		return TemplateEqNonComparativeValidator, providers.FormatBool, true
	case providers.EqNonComparativeLeader:
		return TemplateEqNonComparativeLeader, providers.FormatText, true
	}
	return "", "", false
}

// FromTemplate renders a template request into the internal prompt and its
// format (bool for EqComparative/EqNonComparativeValidator, text for
// EqNonComparativeLeader). The system message is the template's, verbatim;
// the user message has each `#{name}` replaced by the variable's value.
func FromTemplate(templates map[string]Template, req providers.ExecPromptTemplate) (Prompt, string, error) {
	id, format, ok := templateOf(req.Template)
	if !ok {
		return Prompt{}, "", providers.NewError(providers.CauseBadRequest, true, "message", "unknown template "+req.Template)
	}
	t := templates[id]
	user, err := RenderTemplate(t.User, req.Vars)
	if err != nil {
		return Prompt{}, "", err
	}
	sys := t.System
	return Prompt{System: &sys, User: user, Temperature: DefaultTemperature, MaxTokens: DefaultMaxTokens}, format, nil
}

// CauseTemplate is the cause of a failed template substitution (GenVM's Lua
// raises a runtime error there, which aborts the nondet block).
const CauseTemplate = "TEMPLATE_ERROR"

// RenderTemplate substitutes vars into text the way GenVM's lib-llm.lua does:
// for each variable in key order, string.gsub(text, "#{"..key.."}", value).
// Lua's gsub gives '%' a meaning in the replacement: "%%" is '%', "%0" and
// "%1" are the matched placeholder itself, "%2".."%9" and '%' before any
// other character (or at the end) are errors — but only where the
// placeholder occurs. Values may be str, or int (Lua converts numbers).
func RenderTemplate(text string, vars calldata.Map) (string, error) {
	for _, kv := range vars {
		var val string
		switch v := kv.Value.(type) {
		case string:
			val = v
		case *big.Int:
			val = v.String()
		default:
			return "", providers.NewError(CauseTemplate, true, "message",
				fmt.Sprintf("invalid replacement value for %q (only str and int)", kv.Key))
		}
		pat := "#{" + kv.Key + "}"
		if !strings.Contains(text, pat) {
			continue
		}
		repl, err := luaRepl(val, pat)
		if err != nil {
			return "", err
		}
		text = strings.ReplaceAll(text, pat, repl)
	}
	return text, nil
}

func luaRepl(val, match string) (string, error) {
	if !strings.Contains(val, "%") {
		return val, nil
	}
	var sb strings.Builder
	for i := 0; i < len(val); i++ {
		c := val[i]
		if c != '%' {
			sb.WriteByte(c)
			continue
		}
		i++
		var n byte
		if i < len(val) {
			n = val[i]
		}
		switch {
		case n == '%':
			sb.WriteByte('%')
		case n == '0' || n == '1':
			sb.WriteString(match)
		case n >= '2' && n <= '9':
			return "", providers.NewError(CauseTemplate, true, "message",
				fmt.Sprintf("invalid capture index %%%c in replacement string", n))
		default:
			return "", providers.NewError(CauseTemplate, true, "message",
				"invalid use of '%' in replacement string")
		}
	}
	return sb.String(), nil
}

// SanitizeJSON is GenVM's clean-up of a JSON-mode reply: trim white space,
// strip a leading "```json" (or else "```") and a trailing "```", trim again.
func SanitizeJSON(s string) string {
	s = strings.TrimSpace(s)
	if t, ok := strings.CutPrefix(s, "```json"); ok {
		s = t
	} else if t, ok := strings.CutPrefix(s, "```"); ok {
		s = t
	}
	s, _ = strings.CutSuffix(s, "```")
	return strings.TrimSpace(s)
}
