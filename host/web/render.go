package web

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/genvm-go/genvm/host/providers"
)

// ChromiumFlags are the flags every Chromium is started with (besides
// --remote-debugging-port and a fresh --user-data-dir): headless, no
// sandbox (containers), and no background traffic — on a closed network the
// browser would otherwise flood refused connections.
var ChromiumFlags = []string{
	"headless", "no-sandbox", "disable-gpu", "disable-quic", "no-first-run",
	"disable-background-networking", "disable-component-update", "disable-sync",
	"no-default-browser-check", "disable-default-apps", "disable-extensions",
	"mute-audio", "hide-scrollbars",
}

// FindChromium returns the browser to use: GENVM_CHROMIUM when set, else
// the configured path, else (browser "auto") the first of chromium,
// chromium-browser, google-chrome, headless-shell on PATH. "" means none.
func FindChromium(browser string) string {
	if env := os.Getenv("GENVM_CHROMIUM"); env != "" {
		browser = env
	}
	switch browser {
	case "off":
		return ""
	case "", "auto":
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
			if p, err := exec.LookPath(name); err == nil {
				return p
			}
		}
		return ""
	}
	if _, err := os.Stat(browser); err != nil {
		return ""
	}
	return browser
}

// quietErrorf drops chromedp's complaints about DevTools events newer than
// its protocol tables (e.g. "unknown IPAddressSpace value: Loopback" from
// recent Chromium); they concern events renders do not use.
func quietErrorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if strings.Contains(msg, "could not unmarshal event") {
		return
	}
	log.Print("chromium: " + msg)
}

// browser is a lazily started headless Chromium shared by renders.
type browser struct {
	mu      sync.Mutex
	path    string
	ctx     context.Context // the browser context; tabs derive from it
	cancel  func()
	dataDir string
	err     error
}

func (b *browser) get() (context.Context, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ctx != nil || b.err != nil {
		return b.ctx, b.err
	}
	dir, err := os.MkdirTemp("", "genvm-chromium-")
	if err != nil {
		b.err = err
		return nil, err
	}
	opts := []chromedp.ExecAllocatorOption{chromedp.ExecPath(b.path), chromedp.UserDataDir(dir), chromedp.WindowSize(1280, 800)}
	for _, f := range ChromiumFlags {
		opts = append(opts, chromedp.Flag(f, true))
	}
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithErrorf(quietErrorf))
	started := make(chan error, 1)
	go func() { started <- chromedp.Run(bctx) }()
	var err2 error
	select {
	case err2 = <-started:
	case <-time.After(browserStartTimeout):
		err2 = fmt.Errorf("no DevTools connection after %v", browserStartTimeout)
	}
	if err2 != nil {
		bcancel()
		acancel()
		os.RemoveAll(dir)
		b.err = fmt.Errorf("starting %s: %w", b.path, err2)
		log.Printf("web: %v; renders fall back to plain HTTP", b.err)
		return nil, b.err
	}
	b.ctx, b.dataDir = bctx, dir
	b.cancel = func() {
		// Close the browser gracefully and wait for the process to exit, so
		// the user data directory can be removed whole.
		if err := chromedp.Cancel(bctx); err != nil {
			bcancel()
		}
		acancel()
	}
	return b.ctx, nil
}

func (b *browser) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cancel != nil {
		b.cancel()
		os.RemoveAll(b.dataDir)
		b.cancel, b.ctx = nil, nil
	}
}

// browserStartTimeout bounds Chromium's start-up.
const browserStartTimeout = 30 * time.Second

const (
	jsText = `document.body.innerText.replace(/[\s\n]+/g, ' ')`
	jsHTML = `document.body.innerHTML`
)

// Render loads a page for a contract. With a browser: navigate, a non-200
// main document is WEBPAGE_LOAD_FAILED (non-fatal, ctx url and status), wait
// wait_after_loaded, then text (innerText, white space collapsed, trimmed),
// html (body innerHTML, trimmed) or screenshot (PNG of the viewport).
// Without one: text and html come from a plain GET (see HTMLText) and a
// screenshot is a fatal NO_BROWSER error.
func (s *Service) Render(ctx context.Context, req providers.WebRender) (providers.RenderAnswer, error) {
	var out providers.RenderAnswer
	u, err := s.cfg.CheckURL(req.URL)
	if err != nil {
		return out, err
	}
	if s.br != nil {
		if bctx, err := s.br.get(); err == nil {
			return s.renderChromium(ctx, bctx, u.String(), req)
		}
	}
	if req.Mode == providers.ModeScreenshot {
		return out, providers.NewError(providers.CauseNoBrowser, true, "message", "screenshot needs Chromium (none found or it failed to start)")
	}
	return s.renderHTTP(ctx, u.String(), req)
}

// HasBrowser reports whether renders go through Chromium (starting it if
// needed).
func (s *Service) HasBrowser() bool {
	if s.br == nil {
		return false
	}
	_, err := s.br.get()
	return err == nil
}

func (s *Service) renderChromium(ctx context.Context, bctx context.Context, url string, req providers.WebRender) (providers.RenderAnswer, error) {
	var out providers.RenderAnswer
	tab, cancelTab := chromedp.NewContext(bctx)
	defer cancelTab()
	tab, cancelT := context.WithTimeout(tab, s.cfg.RenderTimeout+req.WaitAfterLoaded)
	defer cancelT()
	stop := context.AfterFunc(ctx, cancelT)
	defer stop()

	// Every document the page loads (the URL, its redirects, frames) passes
	// the URL policy; a refused main navigation reports the policy's error.
	var mu sync.Mutex
	var refused *providers.Error
	chromedp.ListenTarget(tab, func(ev any) {
		e, ok := ev.(*fetch.EventRequestPaused)
		if !ok {
			return
		}
		go func() {
			ectx := cdp.WithExecutor(tab, chromedp.FromContext(tab).Target)
			if _, perr := s.cfg.CheckURL(e.Request.URL + e.Request.URLFragment); perr != nil {
				mu.Lock()
				if refused == nil {
					refused = perr.(*providers.Error)
				}
				mu.Unlock()
				_ = fetch.FailRequest(e.RequestID, network.ErrorReasonBlockedByClient).Do(ectx)
				return
			}
			_ = fetch.ContinueRequest(e.RequestID).Do(ectx)
		}()
	})
	pattern := []*fetch.RequestPattern{{URLPattern: "*", ResourceType: network.ResourceTypeDocument, RequestStage: fetch.RequestStageRequest}}
	if err := chromedp.Run(tab, fetch.Enable().WithPatterns(pattern)); err != nil {
		return out, providers.NewError(providers.CauseRenderFailed, true, "url", req.URL, "message", err.Error())
	}
	resp, err := chromedp.RunResponse(tab, chromedp.Navigate(url))
	if err != nil {
		mu.Lock()
		r := refused
		mu.Unlock()
		if r != nil {
			return out, r
		}
		if errors.Is(err, context.DeadlineExceeded) || tab.Err() != nil && ctx.Err() == nil {
			return out, providers.NewError(providers.CauseTimeout, false, "url", req.URL, "timeout", s.cfg.RenderTimeout.String())
		}
		return out, providers.NewError(providers.CauseWebpageLoadFailed, false, "url", req.URL, "message", err.Error())
	}
	if resp == nil || resp.Status != http.StatusOK {
		status := 0
		if resp != nil {
			status = int(resp.Status)
		}
		return out, providers.NewError(providers.CauseWebpageLoadFailed, false, "url", req.URL, "status", status)
	}
	if req.WaitAfterLoaded > 0 {
		select {
		case <-time.After(req.WaitAfterLoaded):
		case <-tab.Done():
			return out, providers.NewError(providers.CauseTimeout, false, "url", req.URL)
		}
	}
	switch req.Mode {
	case providers.ModeScreenshot:
		var png []byte
		if err := chromedp.Run(tab, chromedp.CaptureScreenshot(&png)); err != nil {
			return out, providers.NewError(providers.CauseRenderFailed, true, "url", req.URL, "message", err.Error())
		}
		return providers.RenderAnswer{Image: png, IsImg: true}, nil
	case providers.ModeHTML, providers.ModeText:
		js := jsText
		if req.Mode == providers.ModeHTML {
			js = jsHTML
		}
		var text string
		if err := chromedp.Run(tab, chromedp.Evaluate(js, &text)); err != nil {
			return out, providers.NewError(providers.CauseRenderFailed, true, "url", req.URL, "message", err.Error())
		}
		return providers.RenderAnswer{Text: strings.TrimSpace(text)}, nil
	}
	return out, providers.NewError(providers.CauseBadRequest, true, "message", "unknown mode "+req.Mode)
}

func (s *Service) renderHTTP(ctx context.Context, url string, req providers.WebRender) (providers.RenderAnswer, error) {
	var out providers.RenderAnswer
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	defer cancel()
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return out, providers.NewError(providers.CauseMalformedURL, false, "url", req.URL)
	}
	resp, err := s.client.Do(hr)
	if err != nil {
		var pe *providers.Error
		if errors.As(err, &pe) {
			return out, pe
		}
		if ctx.Err() != nil {
			return out, providers.NewError(providers.CauseTimeout, false, "url", req.URL, "timeout", s.cfg.Timeout.String())
		}
		return out, providers.NewError(providers.CauseWebpageLoadFailed, false, "url", req.URL, "message", err.Error())
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, s.cfg.MaxBodySize+1))
	if err != nil {
		return out, providers.NewError(providers.CauseWebpageLoadFailed, false, "url", req.URL, "status", resp.StatusCode, "message", err.Error())
	}
	if int64(len(data)) > s.cfg.MaxBodySize {
		return out, providers.NewError(providers.CauseBodyTooLarge, false, "url", req.URL, "limit", int(s.cfg.MaxBodySize))
	}
	if resp.StatusCode != http.StatusOK {
		return out, providers.NewError(providers.CauseWebpageLoadFailed, false, "url", req.URL, "status", resp.StatusCode, "body", data)
	}
	if req.WaitAfterLoaded > 0 {
		select {
		case <-time.After(req.WaitAfterLoaded):
		case <-ctx.Done():
		}
	}
	doc := strings.ToValidUTF8(string(data), "\uFFFD")
	if req.Mode == providers.ModeHTML {
		return providers.RenderAnswer{Text: strings.TrimSpace(bodyInner(doc))}, nil
	}
	return providers.RenderAnswer{Text: HTMLText(doc)}, nil
}
