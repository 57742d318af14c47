package web

import (
	"html"
	"strings"
)

// isJSSpace reports whether r is in JavaScript's \s class (WhiteSpace and
// LineTerminator), the class GenVM's text render collapses.
func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// CollapseText is GenVM's text-mode post-processing: every run of \s
// characters becomes one space (JS replace(/[\s\n]+/g, ' ')), then the
// result is trimmed as Rust's str::trim does (Unicode White_Space).
func CollapseText(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	inSpace := false
	for _, r := range s {
		if isJSSpace(r) {
			if !inSpace {
				sb.WriteByte(' ')
			}
			inSpace = true
			continue
		}
		inSpace = false
		sb.WriteRune(r)
	}
	return strings.TrimSpace(sb.String())
}

// asciiLower lower-cases ASCII letters only, so byte offsets are kept.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// bodyInner returns the source between <body ...> and </body> (the whole
// document minus its <head> when there is no body tag). It is the plain-HTTP
// stand-in for document.body.innerHTML, which a browser would re-serialise.
func bodyInner(doc string) string {
	lower := asciiLower(doc)
	if i := strings.Index(lower, "<body"); i >= 0 {
		if j := strings.IndexByte(lower[i:], '>'); j >= 0 {
			start := i + j + 1
			end := strings.LastIndex(lower, "</body")
			if end < start {
				end = len(doc)
			}
			return doc[start:end]
		}
	}
	if i := strings.Index(lower, "<head"); i >= 0 {
		if j := strings.Index(lower[i:], "</head>"); j >= 0 {
			return doc[:i] + doc[i+j+len("</head>"):]
		}
	}
	return doc
}

// skipped are elements whose content a browser does not show as text.
var skipped = map[string]bool{"script": true, "style": true, "noscript": true, "template": true, "head": true, "title": true, "svg": true}

// blocks are elements around which innerText puts line breaks (collapsed to
// one space afterwards).
var blocks = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "br": true, "dd": true, "div": true,
	"dl": true, "dt": true, "fieldset": true, "figcaption": true, "figure": true, "footer": true, "form": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hr": true, "li": true,
	"main": true, "nav": true, "ol": true, "p": true, "pre": true, "section": true, "table": true, "tr": true,
	"td": true, "th": true, "ul": true, "option": true, "body": true, "html": true,
}

// HTMLText approximates document.body.innerText for the plain-HTTP render:
// tags removed (block elements and <br> separate words), script/style and
// similar content dropped, comments dropped, character references decoded,
// then CollapseText.
func HTMLText(doc string) string {
	src := bodyInner(doc)
	lower := asciiLower(src)
	var sb strings.Builder
	i := 0
	for i < len(src) {
		c := src[i]
		if c != '<' {
			j := strings.IndexByte(src[i:], '<')
			if j < 0 {
				j = len(src) - i
			}
			sb.WriteString(html.UnescapeString(src[i : i+j]))
			i += j
			continue
		}
		if strings.HasPrefix(src[i:], "<!--") {
			j := strings.Index(src[i+4:], "-->")
			if j < 0 {
				break
			}
			i += 4 + j + 3
			continue
		}
		j := strings.IndexByte(src[i:], '>')
		if j < 0 {
			sb.WriteString(src[i:])
			break
		}
		tag := src[i+1 : i+j]
		i += j + 1
		closing := strings.HasPrefix(tag, "/")
		name := strings.ToLower(strings.TrimLeft(tag, "/!"))
		if k := strings.IndexAny(name, " \t\r\n/"); k >= 0 {
			name = name[:k]
		}
		if blocks[name] {
			sb.WriteByte(' ')
		}
		if !closing && skipped[name] && !strings.HasSuffix(tag, "/") {
			end := strings.Index(lower[i:], "</"+name)
			if end < 0 {
				break
			}
			i += end
		}
	}
	return CollapseText(sb.String())
}
