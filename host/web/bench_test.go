package web

import (
	"strings"
	"testing"
)

func BenchmarkCheckURL(b *testing.B) {
	cfg := DefaultConfig()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cfg.CheckURL("https://www.example.com/path/to/page?q=1"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTMLText(b *testing.B) {
	doc := "<html><head><title>t</title><style>p{}</style></head><body>" +
		strings.Repeat("<div class=\"row\"><p>Some   text &amp; more</p><script>var x=1;</script><br>tail</div>\n", 500) +
		"</body></html>"
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		HTMLText(doc)
	}
}
