package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/genvm-go/genvm/host/mock"
	"github.com/genvm-go/genvm/host/providers"
	"github.com/genvm-go/genvm/host/web"
)

func init() { register(newFetchCmd) }

func newFetchCmd() *cobra.Command {
	var (
		config, mockFile, record, render, method, data, wait, output string
		headers                                                      []string
	)
	cmd := &cobra.Command{
		Use:   "fetch [flags] URL",
		Short: "Request or render a URL through the web provider, as gl.nondet.web does",
		Long: `fetch performs one gl.nondet.web request (default) or render (--render) with
GenVM's URL policy, through the web provider configured by --config (GenVM's
web module format plus timeout, render_timeout, max_body_size, browser) or
through mock rules (--mock).

  genvmc fetch https://example.com/                        GET; prints the status, headers, a blank line and the body
  genvmc fetch --method POST --header 'content-type: application/json' --data '{}' URL
  genvmc fetch --render text URL                           innerText, white space collapsed
  genvmc fetch --render screenshot -o page.png URL         needs Chromium
  genvmc fetch --mock rules.yaml URL | --record rec.yaml URL

A provider error prints GenVM's error value {causes, ctx, fatal} and exits 1.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			p, closeFn, err := loadWeb(config, mockFile, record)
			if err != nil {
				return err
			}
			defer closeFn()
			ctx := context.Background()
			if render != "" {
				req := providers.WebRender{URL: args[0], Mode: render}
				if wait != "" {
					d, err := providers.ParseWait(wait)
					if err != nil {
						return usageErr(err)
					}
					req.WaitAfterLoaded = d
				}
				switch render {
				case providers.ModeText, providers.ModeHTML, providers.ModeScreenshot:
				default:
					return usageErr(fmt.Errorf("--render must be text, html or screenshot"))
				}
				ans, err := p.Render(ctx, req)
				if err != nil {
					return providerErr(err)
				}
				if ans.IsImg {
					if output == "" {
						return usageErr(fmt.Errorf("a screenshot needs -o FILE"))
					}
					return os.WriteFile(output, ans.Image, 0o644)
				}
				fmt.Fprintln(out, ans.Text)
				return nil
			}
			req := providers.WebRequest{URL: args[0], Method: strings.ToUpper(method)}
			for _, h := range headers {
				k, v, ok := strings.Cut(h, ":")
				if !ok {
					return usageErr(fmt.Errorf("--header %q: want 'Name: value'", h))
				}
				req.Headers = append(req.Headers, providers.Header{Name: strings.TrimSpace(k), Value: []byte(strings.TrimSpace(v))})
			}
			if cmd.Flags().Changed("data") {
				req.Body = []byte(data)
			}
			known := false
			for _, m := range providers.Methods {
				known = known || m == req.Method
			}
			if !known {
				return usageErr(fmt.Errorf("--method must be one of %s", strings.Join(providers.Methods, ", ")))
			}
			resp, err := p.Request(ctx, req)
			if err != nil {
				return providerErr(err)
			}
			if output != "" {
				return os.WriteFile(output, resp.Body, 0o644)
			}
			fmt.Fprintf(out, "status %d\n", resp.Status)
			for _, h := range resp.Headers {
				fmt.Fprintf(out, "%s: %s\n", h.Name, h.Value)
			}
			fmt.Fprintf(out, "\n%s\n", resp.Body)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&config, "config", "", "web config file (default: built-in defaults)")
	f.StringVar(&mockFile, "mock", "", "answer from this mock rules file instead of the network")
	f.StringVar(&record, "record", "", "record real replies into this rules file")
	f.StringVar(&render, "render", "", "render instead of request: text, html or screenshot")
	f.StringVar(&method, "method", "GET", "request method: GET, POST, HEAD, DELETE, OPTIONS, PATCH")
	f.StringArrayVar(&headers, "header", nil, "request header 'Name: value' (repeatable)")
	f.StringVar(&data, "data", "", "request body")
	f.StringVar(&wait, "wait", "", "render: wait_after_loaded, e.g. 500ms or 2s")
	f.StringVarP(&output, "output", "o", "", "write the body or screenshot to this file")
	return cmd
}

func loadWeb(config, mockFile, record string) (providers.Web, func(), error) {
	noop := func() {}
	cfg := web.DefaultConfig()
	if config != "" {
		var err error
		if cfg, err = web.LoadConfig(config); err != nil {
			return nil, noop, usageErr(err)
		}
	}
	if mockFile != "" {
		if record != "" {
			return nil, noop, usageErr(fmt.Errorf("--mock excludes --record"))
		}
		_, w, err := mock.Replay(mockFile)
		if err != nil {
			return nil, noop, usageErr(err)
		}
		w.Policy = cfg
		return w, noop, nil
	}
	s := web.New(cfg)
	var p providers.Web = s
	if record != "" {
		r, err := mock.NewRecorder(record, nil, s)
		if err != nil {
			s.Close()
			return nil, noop, usageErr(err)
		}
		p = r
	}
	return p, s.Close, nil
}
