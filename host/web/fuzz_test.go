package web

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzHTMLText checks that the fallback text extraction never panics, keeps
// valid UTF-8 valid, and yields collapsed text (CollapseText is idempotent
// on it, so no \s runs or edge spaces remain).
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"", "<", "<!--", "<script>", "<p>a</p>", "<body><b>x</b>\u00a0y</body>", "&amp;<br/>&#xZZ;", "<STYLE>x</style>y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := HTMLText(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", s)
		}
		if CollapseText(out) != out {
			t.Fatalf("not collapsed: %q", out)
		}
	})
}

// FuzzCheckURL checks that the policy never panics and that accepted URLs
// are http(s) with a host.
func FuzzCheckURL(f *testing.F) {
	for _, s := range []string{"https://example.com", "http://[::1]:80/", "http://a.b:99999", "javascript:x", "http://%41.com", "//x.com", "https://xn--p1ai"} {
		f.Add(s)
	}
	cfg := DefaultConfig()
	f.Fuzz(func(t *testing.T, s string) {
		u, err := cfg.CheckURL(s)
		if err != nil {
			return
		}
		if sch := strings.ToLower(u.Scheme); (sch != "http" && sch != "https") || u.Hostname() == "" {
			t.Fatalf("accepted %q", s)
		}
	})
}
