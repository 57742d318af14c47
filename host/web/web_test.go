package web

import (
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/rt/calldata"
)

func asErr(t *testing.T, err error) *providers.Error {
	t.Helper()
	var e *providers.Error
	require.True(t, errors.As(err, &e), "want *providers.Error, got %v", err)
	return e
}

func TestCheckURL(t *testing.T) {
	cfg := DefaultConfig()
	cfg.ExtraTLD = []string{"test"}
	cfg.AlwaysAllowHosts = []string{"genvm-test", "127.0.0.1"}
	for raw, want := range map[string]string{
		"https://example.com/a?b#c":     "",
		"http://EXAMPLE.COM":            "",
		"https://sub.example.org:443/x": "",
		"http://example.io:80":          "",
		"https://example.com.":          "",
		"http://localhost.test/":        "",
		"http://genvm-test:8080/x":      "",
		"http://127.0.0.1:1234":         "",
		"HTTPS://example.com":           "",
		"ftp://example.com":             providers.CauseSchemaForbidden,
		"file:///etc/passwd":            providers.CauseSchemaForbidden,
		"javascript:alert(1)":           providers.CauseSchemaForbidden,
		"https://example.com:8443":      providers.CausePortForbidden,
		"http://example.com:0":          providers.CausePortForbidden,
		"https://example.invalid":       providers.CauseTLDForbidden,
		"https://localhost":             providers.CauseTLDForbidden,
		"http://10.0.0.1/":              providers.CauseTLDForbidden,
		"http://[::1]/":                 providers.CauseTLDForbidden,
		"https://пример.рф":             providers.CauseTLDForbidden,
		"https://example.xn--p1ai":      providers.CauseTLDForbidden,
		"not a url":                     providers.CauseMalformedURL,
		"/relative/path":                providers.CauseMalformedURL,
		"http://":                       providers.CauseMalformedURL,
		"https://example.com:99999":     providers.CauseMalformedURL,
		"http://exa mple.com":           providers.CauseMalformedURL,
		"https://example.com:port":      providers.CauseMalformedURL,
	} {
		_, err := cfg.CheckURL(raw)
		if want == "" {
			assert.NoError(t, err, raw)
			continue
		}
		e := asErr(t, err)
		assert.Equal(t, []string{want}, e.Causes, raw)
		assert.False(t, e.Fatal, "policy errors are non-fatal: %s", raw)
	}
	_, err := cfg.CheckURL("https://example.com:8443")
	assert.Equal(t, big.NewInt(8443), asErr(t, err).Get("port"))
	_, err = cfg.CheckURL("https://a.b.invalid")
	assert.Equal(t, "invalid", asErr(t, err).Get("tld"))
	assert.Equal(t, calldata.Map{
		{Key: "causes", Value: []calldata.Value{"TLD_FORBIDDEN"}},
		{Key: "ctx", Value: calldata.Map{{Key: "tld", Value: "invalid"}, {Key: "url", Value: "https://a.b.invalid"}}},
		{Key: "fatal", Value: false},
	}, asErr(t, err).Value())
	assert.True(t, KnownTLD("com") && KnownTLD("xyz") && KnownTLD("zw") && KnownTLD("aaa"))
	assert.False(t, KnownTLD("invalid") || KnownTLD("localhost") || KnownTLD(""))
}

func TestConfig(t *testing.T) {
	cfg, err := ParseConfig("w.yaml", []byte(`
bind_address: 127.0.0.1:3032
webdriver_host: http://127.0.0.1:4444
session_create_request: "{}"
extra_tld: [".Local", corp]
always_allow_hosts:
  - genvm-test
timeout: 5s
render_timeout: 7s
max_body_size: 1024
browser: "off"
`))
	require.NoError(t, err)
	assert.Equal(t, []string{"local", "corp"}, cfg.ExtraTLD)
	assert.Equal(t, []string{"genvm-test"}, cfg.AlwaysAllowHosts)
	assert.Equal(t, 5*time.Second, cfg.Timeout)
	assert.Equal(t, 7*time.Second, cfg.RenderTimeout)
	assert.Equal(t, int64(1024), cfg.MaxBodySize)
	assert.Equal(t, "off", cfg.Browser)
	for src, want := range map[string]string{
		"timeout: later\n":      "w.yaml:1:10: timeout",
		"max_body_size: -1\n":   "max_body_size must be positive",
		"extra_tld: {a: b}\n":   "w.yaml:1:12",
		"always_allow_hosts: 3": "w.yaml:1:21",
	} {
		_, err := ParseConfig("w.yaml", []byte(src))
		require.Error(t, err, src)
		assert.Contains(t, err.Error(), want)
	}
}

func TestCollapseAndHTMLText(t *testing.T) {
	assert.Equal(t, "a b c", CollapseText(" \t a \n\n b\u00a0\u2003c \ufeff"))
	assert.Equal(t, "x\u200by", CollapseText("x\u200by"), "zero-width space is not \\s")
	assert.Equal(t, "x", CollapseText("\u0085x\u0085"), "NEL survives JS's \\s but Rust's trim removes it at the ends")
	assert.Equal(t, "x \u0085 y", CollapseText("x \u0085 y"))
	doc := `<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head>
<body class="b"><h1>Hello&nbsp;world</h1><!-- c --><p>one<br>two <b>bold</b>er &amp; &lt;tag&gt;</p>
<script>var x = "<p>no</p>";</script><div>last</div></body></html>`
	assert.Equal(t, "Hello world one two bolder & <tag> last", HTMLText(doc))
	assert.Equal(t, `<h1>Hello&nbsp;world</h1><!-- c --><p>one<br>two <b>bold</b>er &amp; &lt;tag&gt;</p>
<script>var x = "<p>no</p>";</script><div>last</div>`, bodyInner(doc))
	assert.Equal(t, "plain", HTMLText("<head><title>x</title></head>plain"))
}

// site is the loopback web server of the tests.
func site(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, `<html><head><title>t</title></head><body>
  <h1>Hello,   world!</h1>
  <p>Second
     paragraph</p><script>document.write("<p>from script</p>")</script>
</body></html>`)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		w.Header().Add("X-Multi", "first")
		w.Header().Add("X-Multi", "second")
		w.Header().Set("X-Method", r.Method)
		w.Header().Set("X-UA", fmt.Sprintf("%q", r.Header.Values("User-Agent")))
		w.Header().Set("X-Custom", r.Header.Get("X-Custom"))
		w.Header().Set("X-AE", r.Header.Get("Accept-Encoding"))
		w.WriteHeader(201)
		if r.Method != http.MethodHead {
			w.Write(append([]byte("got:"), body...))
		}
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/redirect-out", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://example.invalid/", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
		io.WriteString(w, "late")
	})
	mux.HandleFunc("/fail", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "<html><body>broken</body></html>", http.StatusInternalServerError)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write(bytes.Repeat([]byte("x"), 2048))
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write([]byte{0x1f, 0x8b, 1, 2})
	})
	srv := httptest.NewServer(mux)
	require.True(t, strings.HasPrefix(srv.URL, "http://127.0.0.1:"))
	t.Cleanup(srv.Close)
	return srv
}

func testService(t *testing.T, browser string) *Service {
	cfg := DefaultConfig()
	cfg.AlwaysAllowHosts = []string{"127.0.0.1"}
	cfg.Timeout = 500 * time.Millisecond
	cfg.RenderTimeout = 20 * time.Second
	cfg.MaxBodySize = 1024
	cfg.Browser = browser
	s := New(cfg)
	t.Cleanup(s.Close)
	return s
}

func header(r providers.Response, name string) string {
	for _, h := range r.Headers {
		if h.Name == name {
			return string(h.Value)
		}
	}
	return "<absent>"
}

func TestRequest(t *testing.T) {
	srv := site(t)
	s := testService(t, "off")
	ctx := context.Background()

	r, err := s.Request(ctx, providers.WebRequest{URL: srv.URL + "/echo", Method: "POST", Body: []byte("hi"),
		Headers: []providers.Header{{Name: "x-custom", Value: []byte("v1")}}})
	require.NoError(t, err)
	assert.Equal(t, 201, r.Status)
	assert.Equal(t, "got:hi", string(r.Body))
	assert.Equal(t, "second", header(r, "x-multi"), "last value of a repeated header")
	assert.Equal(t, "POST", header(r, "x-method"))
	assert.Equal(t, "v1", header(r, "x-custom"))
	assert.Equal(t, "[]", header(r, "x-ua"), "no User-Agent unless the contract sets one")
	assert.Equal(t, "", header(r, "x-ae"), "no Accept-Encoding: bodies arrive as sent")
	for i := 1; i < len(r.Headers); i++ {
		assert.True(t, r.Headers[i-1].Name < r.Headers[i].Name, "headers sorted")
	}
	v := r.Value().(calldata.Map)
	assert.Equal(t, []string{"body", "headers", "status"}, []string{v[0].Key, v[1].Key, v[2].Key})
	assert.Equal(t, big.NewInt(201), v[2].Value)

	r, err = s.Request(ctx, providers.WebRequest{URL: srv.URL + "/echo", Method: "HEAD"})
	require.NoError(t, err)
	assert.Equal(t, 0, len(r.Body))

	r, err = s.Request(ctx, providers.WebRequest{URL: srv.URL + "/gzip", Method: "GET"})
	require.NoError(t, err)
	assert.Equal(t, []byte{0x1f, 0x8b, 1, 2}, r.Body)
	assert.Equal(t, "gzip", header(r, "content-encoding"))

	r, err = s.Request(ctx, providers.WebRequest{URL: srv.URL + "/redirect", Method: "GET"})
	require.NoError(t, err)
	assert.Equal(t, 200, r.Status)
	assert.Contains(t, string(r.Body), "Hello")

	r, err = s.Request(ctx, providers.WebRequest{URL: srv.URL + "/fail", Method: "GET"})
	require.NoError(t, err, "any status is a response")
	assert.Equal(t, 500, r.Status)

	for path, cause := range map[string]string{
		"/slow":         providers.CauseTimeout,
		"/big":          providers.CauseBodyTooLarge,
		"/redirect-out": providers.CauseTLDForbidden,
		"/loop":         providers.CauseSendingRequest,
	} {
		start := time.Now()
		_, err = s.Request(ctx, providers.WebRequest{URL: srv.URL + path, Method: "GET"})
		e := asErr(t, err)
		assert.Equal(t, []string{cause}, e.Causes, path)
		assert.False(t, e.Fatal, path)
		assert.True(t, time.Since(start) < 3*time.Second, "%s took %v", path, time.Since(start))
	}
	_, err = s.Request(ctx, providers.WebRequest{URL: srv.URL + "/echo", Method: "GET", Headers: []providers.Header{{Name: "bad name", Value: []byte("x")}}})
	assert.Equal(t, []string{providers.CauseDeserializing}, asErr(t, err).Causes)
	_, err = s.Request(ctx, providers.WebRequest{URL: srv.URL + "/echo", Method: "GET", Headers: []providers.Header{{Name: "x", Value: []byte("a\r\nb: c")}}})
	assert.Equal(t, []string{providers.CauseInvalidHeader}, asErr(t, err).Causes)

	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	_, err = s.Request(ctx, providers.WebRequest{URL: deadURL, Method: "GET"})
	e := asErr(t, err)
	assert.Equal(t, []string{providers.CauseSendingRequest}, e.Causes)
	assert.False(t, e.Fatal)

	_, err = s.Request(ctx, providers.WebRequest{URL: "https://example.com:8080/", Method: "GET"})
	assert.Equal(t, []string{providers.CausePortForbidden}, asErr(t, err).Causes)
}

func TestRenderPlainHTTP(t *testing.T) {
	srv := site(t)
	s := testService(t, "off")
	ctx := context.Background()
	ans, err := s.Render(ctx, providers.WebRender{URL: srv.URL + "/page", Mode: providers.ModeText})
	require.NoError(t, err)
	assert.Equal(t, calldata.Value("Hello, world! Second paragraph"), ans.Value())
	ans, err = s.Render(ctx, providers.WebRender{URL: srv.URL + "/redirect", Mode: providers.ModeHTML, WaitAfterLoaded: 10 * time.Millisecond})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(ans.Text, "<h1>Hello,   world!</h1>") && strings.HasSuffix(ans.Text, "</script>"), ans.Text)
	_, err = s.Render(ctx, providers.WebRender{URL: srv.URL + "/fail", Mode: providers.ModeText})
	e := asErr(t, err)
	assert.Equal(t, []string{providers.CauseWebpageLoadFailed}, e.Causes)
	assert.Equal(t, big.NewInt(500), e.Get("status"))
	assert.False(t, e.Fatal)
	_, err = s.Render(ctx, providers.WebRender{URL: srv.URL + "/page", Mode: providers.ModeScreenshot})
	e = asErr(t, err)
	assert.Equal(t, []string{providers.CauseNoBrowser}, e.Causes)
	_, err = s.Render(ctx, providers.WebRender{URL: "gopher://x.com", Mode: providers.ModeText})
	assert.Equal(t, []string{providers.CauseSchemaForbidden}, asErr(t, err).Causes)
}

// TestRenderChromium renders in headless Chromium. It skips with a log line
// when no Chromium is installed, and fails instead when
// GENVM_REQUIRE_CHROMIUM=1 (CI installs it with host/web/install-chromium.sh).
func TestRenderChromium(t *testing.T) {
	if FindChromium("auto") == "" {
		if os.Getenv("GENVM_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("GENVM_REQUIRE_CHROMIUM=1 but no Chromium found (run host/web/install-chromium.sh)")
		}
		t.Skip("SKIP render in Chromium: no chromium on PATH (host/web/install-chromium.sh installs it)")
	}
	srv := site(t)
	s := testService(t, "auto")
	if !s.HasBrowser() {
		_, err := s.br.get()
		t.Fatalf("Chromium found but failed to start: %v", err)
	}
	ctx := context.Background()
	ans, err := s.Render(ctx, providers.WebRender{URL: srv.URL + "/page", Mode: providers.ModeText})
	require.NoError(t, err)
	assert.Equal(t, "Hello, world! Second paragraph from script", ans.Text, "innerText includes script output, runs collapsed")
	ans, err = s.Render(ctx, providers.WebRender{URL: srv.URL + "/redirect", Mode: providers.ModeHTML, WaitAfterLoaded: 50 * time.Millisecond})
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(ans.Text, "<h1>Hello,   world!</h1>"), ans.Text)
	assert.Contains(t, ans.Text, "<p>from script</p>")
	ans, err = s.Render(ctx, providers.WebRender{URL: srv.URL + "/page", Mode: providers.ModeScreenshot})
	require.NoError(t, err)
	assert.True(t, ans.IsImg && bytes.HasPrefix(ans.Image, []byte("\x89PNG\r\n\x1a\n")), "a PNG")
	_, err = s.Render(ctx, providers.WebRender{URL: srv.URL + "/fail", Mode: providers.ModeText})
	e := asErr(t, err)
	assert.Equal(t, []string{providers.CauseWebpageLoadFailed}, e.Causes)
	assert.Equal(t, big.NewInt(500), e.Get("status"))
	dead := httptest.NewServer(http.NotFoundHandler())
	deadURL := dead.URL
	dead.Close()
	_, err = s.Render(ctx, providers.WebRender{URL: deadURL + "/", Mode: providers.ModeText})
	assert.Equal(t, []string{providers.CauseWebpageLoadFailed}, asErr(t, err).Causes)

	_, err = s.Render(ctx, providers.WebRender{URL: srv.URL + "/redirect-out", Mode: providers.ModeText})
	assert.Equal(t, []string{providers.CauseTLDForbidden}, asErr(t, err).Causes, "redirects pass the URL policy in the browser too")

	// Concurrent renders each get their own tab.
	errs := make(chan error, 4)
	texts := make(chan string, 4)
	for range 4 {
		go func() {
			a, err := s.Render(ctx, providers.WebRender{URL: srv.URL + "/page", Mode: providers.ModeText})
			errs <- err
			texts <- a.Text
		}()
	}
	for range 4 {
		require.NoError(t, <-errs)
		assert.Equal(t, "Hello, world! Second paragraph from script", <-texts)
	}
}
