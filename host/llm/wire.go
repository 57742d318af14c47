package llm

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"

	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
)

// imageMediaType sniffs PNG and JPEG as GenVM does (prompt.rs ImageType).
func imageMediaType(img []byte) (string, error) {
	switch {
	case bytes.HasPrefix(img, []byte{0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}):
		return "image/png", nil
	case bytes.HasPrefix(img, []byte{0xFF, 0xD8, 0xFF, 0xE0}):
		return "image/jpeg", nil
	}
	return "", providers.NewError(providers.CauseInvalidImage, true, "message", "image is neither PNG nor JPEG")
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// obj is a JSON object with keys in insertion order (request bodies are
// written in a fixed order so recorded requests are stable).
type obj []kv

type kv struct {
	k string
	v any
}

func (o obj) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, e := range o {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, _ := json.Marshal(e.k)
		buf.Write(k)
		buf.WriteByte(':')
		v, err := json.Marshal(e.v)
		if err != nil {
			return nil, err
		}
		buf.Write(v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

func (p Prompt) tokensKey() string {
	if p.UseMaxCompletionTokens {
		return "max_completion_tokens"
	}
	return "max_tokens"
}

func (p Prompt) openAIMessages() ([]any, error) {
	var msgs []any
	if p.System != nil {
		msgs = append(msgs, obj{{"role", "system"}, {"content", *p.System}})
	}
	content := []any{obj{{"type", "text"}, {"text", p.User}}}
	for _, img := range p.Images {
		mt, err := imageMediaType(img)
		if err != nil {
			return nil, err
		}
		content = append(content, obj{{"type", "image_url"}, {"image_url", obj{{"url", "data:" + mt + ";base64," + b64(img)}}}})
	}
	return append(msgs, obj{{"role", "user"}, {"content", content}}), nil
}

func (p Prompt) anthropicBody(model string) (obj, error) {
	var content []any
	for _, img := range p.Images {
		mt, err := imageMediaType(img)
		if err != nil {
			return nil, err
		}
		content = append(content, obj{{"type", "image"}, {"source", obj{{"type", "base64"}, {"media_type", mt}, {"data", b64(img)}}}})
	}
	content = append(content, obj{{"type", "text"}, {"text", p.User}})
	o := obj{{"model", model}, {"messages", []any{obj{{"role", "user"}, {"content", content}}}},
		{"max_tokens", p.MaxTokens}, {"stream", false}, {"temperature", p.Temperature}}
	if p.System != nil {
		o = append(o, kv{"system", *p.System})
	}
	return o, nil
}

func (p Prompt) geminiBody(mime string) (obj, error) {
	o := obj{{"generationConfig", obj{{"responseMimeType", mime}, {"temperature", p.Temperature}, {"maxOutputTokens", p.MaxTokens}}}}
	if p.System != nil {
		o = append(o, kv{"system_instruction", obj{{"parts", []any{obj{{"text", *p.System}}}}}})
	}
	var parts []any
	for _, img := range p.Images {
		mt, err := imageMediaType(img)
		if err != nil {
			return nil, err
		}
		parts = append(parts, obj{{"inline_data", obj{{"mime_type", mt}, {"data", b64(img)}}}})
	}
	parts = append(parts, obj{{"text", p.User}})
	return append(o, kv{"contents", []any{obj{{"parts", parts}}}}), nil
}

func (p Prompt) ollamaBody(model string, json bool) obj {
	imgs := []string{}
	for _, img := range p.Images {
		imgs = append(imgs, b64(img))
	}
	o := obj{{"model", model}, {"prompt", p.User}, {"stream", false},
		{"options", obj{{"temperature", p.Temperature}, {"num_predict", p.MaxTokens}}}, {"images", imgs}}
	if p.System != nil {
		o = append(o, kv{"system", *p.System})
	}
	if json {
		o = append(o, kv{"format", "json"})
	}
	return o
}

// call posts body as JSON and returns the decoded JSON reply. Non-200
// statuses are STATUS_NOT_OK and unreadable bodies READING_BODY, both
// fatal with the status in ctx (what the fallback looks at); transport
// failures are SENDING_REQUEST.
func (s *Service) call(ctx context.Context, rawURL string, body any, headers ...string) (any, error) {
	data, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	shown := redactURL(rawURL)
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, rawURL, bytes.NewReader(data))
	if err != nil {
		return nil, providers.NewError(providers.CauseSendingRequest, true, "url", shown, "message", err.Error())
	}
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := s.client.Do(req)
	if err != nil {
		cause := providers.CauseSendingRequest
		if errors.Is(err, context.DeadlineExceeded) {
			cause = providers.CauseTimeout
		}
		return nil, providers.NewError(cause, true, "url", shown, "message", err.Error())
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxReply+1))
	if err == nil && len(raw) > maxReply {
		err = errors.New("reply larger than 16 MiB")
	}
	status := big.NewInt(int64(resp.StatusCode))
	if err != nil {
		return nil, providers.NewError(providers.CauseReadingBody, true, "url", shown, "status", status, "message", err.Error())
	}
	if resp.StatusCode != http.StatusOK {
		return nil, providers.NewError(providers.CauseStatusNotOK, true, "url", shown, "status", status, "body", raw)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, providers.NewError(providers.CauseReadingBody, true, "url", shown, "status", status, "message", err.Error())
	}
	return v, nil
}

const maxReply = 16 << 20

// redactURL hides a `key` query parameter (Gemini's API key) in error contexts.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.RawQuery == "" {
		return raw
	}
	q := u.Query()
	if q.Has("key") {
		q.Set("key", "<censored>")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// pointer follows a JSON pointer-like path of object keys and array indices.
func pointer(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

func badReply(reply any, what string) error {
	b, _ := json.Marshal(reply)
	return providers.NewError(providers.CauseBadLLMReply, true, "message", "can't get "+what, "reply", string(b))
}

func replyString(reply any, what string, path ...any) (string, error) {
	s, ok := pointer(reply, path...).(string)
	if !ok {
		return "", badReply(reply, what)
	}
	return s, nil
}

// jsonFromText cleans a JSON-mode reply and parses it into an object.
func jsonFromText(text string) (calldata.Map, error) {
	clean := SanitizeJSON(text)
	m, err := providers.ParseJSONObject(clean)
	if err != nil {
		return nil, providers.NewError(providers.CauseBadLLMReply, true, "message", "parsing "+strings.TrimSpace(err.Error()), "reply", clean)
	}
	return m, nil
}

// jsonToMap converts an already-decoded JSON object (Anthropic's tool input).
func jsonToMap(v any) (calldata.Map, bool) {
	if _, ok := v.(map[string]any); !ok {
		return nil, false
	}
	b, _ := json.Marshal(v)
	m, err := providers.ParseJSONObject(string(b))
	return m, err == nil
}
