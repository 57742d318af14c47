package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/genvm-go/genvm/host/providers"
)

// newClient returns the HTTP client of a Service: no transparent
// decompression (GenVM's reqwest client has none, so contracts see the bytes
// and headers the server sent), at most 10 redirects as reqwest, and the URL
// policy applied to every redirect target.
func (s *Service) newClient() *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DisableCompression = true
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 10 {
				return errors.New("too many redirects")
			}
			if _, err := s.cfg.CheckURL(req.URL.String()); err != nil {
				return err
			}
			return nil
		},
	}
}

func validHeaderName(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("\"(),/:;<=>?@[\\]{}", c) >= 0 {
			return false
		}
	}
	return true
}

func validHeaderValue(b []byte) bool {
	for _, c := range b {
		if c == '\r' || c == '\n' || c == 0 || (c < ' ' && c != '\t') || c == 0x7f {
			return false
		}
	}
	return true
}

// Request performs a contract's web request. All failures are non-fatal
// user errors (GenVM re-raises them with fatal=false): the policy's errors,
// DESERIALIZING for a bad header name, "invalid header value", SENDING_REQUEST
// for transport failures, TIMEOUT and BODY_TOO_LARGE. Any HTTP status is a
// successful Response.
func (s *Service) Request(ctx context.Context, req providers.WebRequest) (providers.Response, error) {
	var out providers.Response
	u, err := s.cfg.CheckURL(req.URL)
	if err != nil {
		return out, err
	}
	var body io.Reader
	if req.Body != nil {
		body = bytes.NewReader(req.Body)
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, req.Method, u.String(), body)
	if err != nil {
		return out, providers.NewError(providers.CauseMalformedURL, false, "url", req.URL)
	}
	hr.Header["User-Agent"] = []string{""} // reqwest sends none unless asked
	for _, h := range req.Headers {
		if !validHeaderName(h.Name) {
			return out, providers.NewError(providers.CauseDeserializing, false, "header", h.Name)
		}
		if !validHeaderValue(h.Value) {
			return out, providers.NewError(providers.CauseInvalidHeader, false, "header", h.Name)
		}
		if strings.EqualFold(h.Name, "Host") {
			hr.Host = string(h.Value)
			continue
		}
		hr.Header[http.CanonicalHeaderKey(h.Name)] = []string{string(h.Value)}
	}
	resp, err := s.client.Do(hr)
	if err != nil {
		return out, s.transportError(ctx, req.URL, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, s.cfg.MaxBodySize+1))
	if err != nil {
		if ctx.Err() != nil {
			return out, providers.NewError(providers.CauseTimeout, false, "url", req.URL, "timeout", s.cfg.Timeout.String())
		}
		return out, providers.NewError(providers.CauseReadingBody, false, "url", req.URL, "status", resp.StatusCode, "message", err.Error())
	}
	if int64(len(data)) > s.cfg.MaxBodySize {
		return out, providers.NewError(providers.CauseBodyTooLarge, false, "url", req.URL, "limit", int(s.cfg.MaxBodySize))
	}
	out.Status = resp.StatusCode
	out.Headers = responseHeaders(resp.Header)
	out.Body = data
	return out, nil
}

// responseHeaders lower-cases names and keeps the last value of repeated
// headers, as GenVM's BTreeMap built from reqwest's HeaderMap does.
func responseHeaders(h http.Header) []providers.Header {
	var out []providers.Header
	for k, vs := range h {
		if len(vs) == 0 {
			continue
		}
		out = append(out, providers.Header{Name: strings.ToLower(k), Value: []byte(vs[len(vs)-1])})
	}
	sortHeaders(out)
	return out
}

func sortHeaders(h []providers.Header) {
	for i := 1; i < len(h); i++ {
		for j := i; j > 0 && h[j].Name < h[j-1].Name; j-- {
			h[j], h[j-1] = h[j-1], h[j]
		}
	}
}

func (s *Service) transportError(ctx context.Context, raw string, err error) error {
	var pe *providers.Error
	if errors.As(err, &pe) { // a redirect the policy refused
		return pe
	}
	if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) {
		return providers.NewError(providers.CauseTimeout, false, "url", raw, "timeout", s.cfg.Timeout.String())
	}
	return providers.NewError(providers.CauseSendingRequest, false, "url", raw, "message", fmt.Sprint(err))
}
