package providers

import (
	"context"
	"math/big"
	"regexp"
	"strconv"
	"time"

	"github.com/genvm-go/genvm/rt/calldata"
)

// Response formats of ExecPrompt, and the internal "bool" format that the
// equivalence templates EqComparative/EqNonComparativeValidator use.
const (
	FormatText = "text"
	FormatJSON = "json"
	FormatBool = "bool"
)

// Template names of ExecPromptTemplate.
const (
	EqComparative             = "EqComparative"
	EqNonComparativeLeader    = "EqNonComparativeLeader"
	EqNonComparativeValidator = "EqNonComparativeValidator"
)

// Render modes of WebRender.
const (
	ModeText       = "text"
	ModeHTML       = "html"
	ModeScreenshot = "screenshot"
)

// MaxImages is the most images one prompt may carry (more is an inval error
// in GenVM's gl_call).
const MaxImages = 2

// ExecPrompt is gl_call's ExecPrompt request.
type ExecPrompt struct {
	Prompt         string
	ResponseFormat string // FormatText or FormatJSON
	Images         [][]byte
}

// ExecPromptTemplate is gl_call's ExecPromptTemplate request: the template
// name and its variables (all other keys of the request map).
type ExecPromptTemplate struct {
	Template string
	Vars     calldata.Map
}

// WebRender is gl_call's WebRender request.
type WebRender struct {
	URL             string
	Mode            string // ModeText, ModeHTML or ModeScreenshot
	WaitAfterLoaded time.Duration
}

// WebRequest is gl_call's WebRequest request.
type WebRequest struct {
	URL     string
	Method  string // GET, POST, HEAD, DELETE, OPTIONS, PATCH
	Headers []Header
	Body    []byte // nil: no body
	Sign    bool
}

// Header is one request or response header (name as given, value bytes).
type Header struct {
	Name  string
	Value []byte
}

// PromptAnswer is a prompt's result: Text for FormatText, Object for
// FormatJSON (a JSON object, keys in calldata order), Bool for FormatBool.
type PromptAnswer struct {
	Format string
	Text   string
	Object calldata.Map
	Bool   bool
}

// Value is the answer as the calldata value a contract receives.
func (a PromptAnswer) Value() calldata.Value {
	switch a.Format {
	case FormatJSON:
		return a.Object
	case FormatBool:
		return a.Bool
	}
	return a.Text
}

// RenderAnswer is a render's result: Text for text/html, Image (PNG bytes)
// for screenshot.
type RenderAnswer struct {
	Text  string
	Image []byte
	IsImg bool
}

// Value is the answer as the calldata value a contract receives (str or bytes).
func (a RenderAnswer) Value() calldata.Value {
	if a.IsImg {
		return a.Image
	}
	return a.Text
}

// Response is a WebRequest's result. Header names are lower-case (as the
// HTTP client reports them) and appear once, the last value winning.
type Response struct {
	Status  int
	Headers []Header
	Body    []byte
}

// Value is the response as the calldata map a contract receives:
// {body: bytes, headers: {name: bytes}, status: int}.
func (r Response) Value() calldata.Value {
	h := calldata.Map{}
	for _, x := range r.Headers {
		h = append(h, calldata.Entry{Key: x.Name, Value: x.Value})
	}
	h, _ = sortedMap(h)
	return calldata.Map{
		{Key: "body", Value: r.Body},
		{Key: "headers", Value: h},
		{Key: "status", Value: big.NewInt(int64(r.Status))},
	}
}

// LLM answers prompts. Implementations: llm.Service (real backends),
// mock.LLM (rules), mock.Recorder (record/replay).
type LLM interface {
	ExecPrompt(ctx context.Context, req ExecPrompt) (PromptAnswer, error)
	ExecPromptTemplate(ctx context.Context, req ExecPromptTemplate) (PromptAnswer, error)
}

// Web fetches and renders pages. Implementations: web.Service, mock.Web,
// mock.Recorder.
type Web interface {
	Render(ctx context.Context, req WebRender) (RenderAnswer, error)
	Request(ctx context.Context, req WebRequest) (Response, error)
}

func badRequest(msg string) *Error {
	return NewError(CauseBadRequest, true, "message", msg)
}

func asMap(v calldata.Value, what string) (calldata.Map, *Error) {
	m, ok := v.(calldata.Map)
	if !ok {
		return nil, badRequest(what + ": expected a map")
	}
	return m, nil
}

func getStr(m calldata.Map, key, what string) (string, *Error) {
	v, ok := m.Get(key)
	if !ok {
		return "", badRequest(what + ": missing " + key)
	}
	s, ok := v.(string)
	if !ok {
		return "", badRequest(what + ": " + key + " must be a str")
	}
	return s, nil
}

// ParseExecPrompt reads the payload of gl_call's ExecPrompt.
func ParseExecPrompt(v calldata.Value) (ExecPrompt, error) {
	var r ExecPrompt
	m, err := asMap(v, "ExecPrompt")
	if err != nil {
		return r, err
	}
	if r.Prompt, err = getStr(m, "prompt", "ExecPrompt"); err != nil {
		return r, err
	}
	r.ResponseFormat = FormatText // serde default of GenVM's PromptPayload
	if _, ok := m.Get("response_format"); ok {
		if r.ResponseFormat, err = getStr(m, "response_format", "ExecPrompt"); err != nil {
			return r, err
		}
	}
	if r.ResponseFormat != FormatText && r.ResponseFormat != FormatJSON {
		return r, badRequest("ExecPrompt: response_format must be \"text\" or \"json\"")
	}
	if iv, ok := m.Get("images"); ok && iv != nil {
		arr, ok := iv.([]calldata.Value)
		if !ok {
			return r, badRequest("ExecPrompt: images must be an array")
		}
		if len(arr) > MaxImages {
			return r, badRequest("ExecPrompt: at most 2 images")
		}
		for _, x := range arr {
			b, ok := x.([]byte)
			if !ok {
				return r, badRequest("ExecPrompt: images must be bytes")
			}
			r.Images = append(r.Images, b)
		}
	}
	return r, nil
}

// ParseExecPromptTemplate reads the payload of gl_call's ExecPromptTemplate.
func ParseExecPromptTemplate(v calldata.Value) (ExecPromptTemplate, error) {
	var r ExecPromptTemplate
	m, err := asMap(v, "ExecPromptTemplate")
	if err != nil {
		return r, err
	}
	if r.Template, err = getStr(m, "template", "ExecPromptTemplate"); err != nil {
		return r, err
	}
	names, ok := TemplateVars[r.Template]
	if !ok {
		return r, badRequest("ExecPromptTemplate: unknown template " + strconv.Quote(r.Template))
	}
	// GenVM deserialises the variables into a struct of str fields: each
	// must be present and a str; other keys are dropped.
	for _, name := range names {
		v, err := getStr(m, name, "ExecPromptTemplate "+r.Template)
		if err != nil {
			return r, err
		}
		r.Vars = append(r.Vars, calldata.Entry{Key: name, Value: v})
	}
	return r, nil
}

// TemplateVars are the variables of each template, in key order.
var TemplateVars = map[string][]string{
	EqComparative:             {"leader_answer", "principle", "validator_answer"},
	EqNonComparativeLeader:    {"criteria", "input", "task"},
	EqNonComparativeValidator: {"criteria", "input", "output", "task"},
}

var waitRE = regexp.MustCompile(`^([0-9]+)(ms|s)$`)

// ParseWait parses wait_after_loaded: "<int>ms" or "<int>s".
func ParseWait(s string) (time.Duration, error) {
	m := waitRE.FindStringSubmatch(s)
	if m == nil {
		return 0, badRequest("WebRender: wait_after_loaded must be \"<n>ms\" or \"<n>s\", got " + strconv.Quote(s))
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil || n > 1<<31 {
		return 0, badRequest("WebRender: wait_after_loaded out of range: " + strconv.Quote(s))
	}
	if m[2] == "s" {
		return time.Duration(n) * time.Second, nil
	}
	return time.Duration(n) * time.Millisecond, nil
}

// ParseWebRender reads the payload of gl_call's WebRender.
func ParseWebRender(v calldata.Value) (WebRender, error) {
	var r WebRender
	m, err := asMap(v, "WebRender")
	if err != nil {
		return r, err
	}
	if r.URL, err = getStr(m, "url", "WebRender"); err != nil {
		return r, err
	}
	if r.Mode, err = getStr(m, "mode", "WebRender"); err != nil {
		return r, err
	}
	switch r.Mode {
	case ModeText, ModeHTML, ModeScreenshot:
	default:
		return r, badRequest("WebRender: unknown mode " + strconv.Quote(r.Mode))
	}
	if w, ok := m.Get("wait_after_loaded"); ok && w != nil {
		s, ok := w.(string)
		if !ok {
			return r, badRequest("WebRender: wait_after_loaded must be a str")
		}
		d, perr := ParseWait(s)
		if perr != nil {
			return r, perr
		}
		r.WaitAfterLoaded = d
	}
	return r, nil
}

// Methods are the HTTP methods gl_call's WebRequest accepts.
var Methods = []string{"GET", "POST", "HEAD", "DELETE", "OPTIONS", "PATCH"}

// ParseWebRequest reads the payload of gl_call's WebRequest.
func ParseWebRequest(v calldata.Value) (WebRequest, error) {
	var r WebRequest
	m, err := asMap(v, "WebRequest")
	if err != nil {
		return r, err
	}
	if r.URL, err = getStr(m, "url", "WebRequest"); err != nil {
		return r, err
	}
	if r.Method, err = getStr(m, "method", "WebRequest"); err != nil {
		return r, err
	}
	known := false
	for _, k := range Methods {
		known = known || k == r.Method
	}
	if !known {
		return r, badRequest("WebRequest: unknown method " + strconv.Quote(r.Method))
	}
	if hv, ok := m.Get("headers"); ok && hv != nil {
		hm, ok := hv.(calldata.Map)
		if !ok {
			return r, badRequest("WebRequest: headers must be a map")
		}
		for _, e := range hm {
			b, ok := e.Value.([]byte)
			if !ok {
				return r, badRequest("WebRequest: header values must be bytes")
			}
			r.Headers = append(r.Headers, Header{Name: e.Key, Value: b})
		}
	}
	if bv, ok := m.Get("body"); ok && bv != nil {
		b, ok := bv.([]byte)
		if !ok {
			return r, badRequest("WebRequest: body must be bytes or null")
		}
		r.Body = b
	}
	if sv, ok := m.Get("sign"); ok && sv != nil {
		b, ok := sv.(bool)
		if !ok {
			return r, badRequest("WebRequest: sign must be a bool")
		}
		r.Sign = b
	}
	return r, nil
}
