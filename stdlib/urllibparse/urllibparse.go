// Package urllibparse implements Python's urllib.parse for str arguments:
// quote/quote_plus/unquote/unquote_plus, urlencode, urlsplit/urlparse with
// their SplitResult/ParseResult named tuples, urlunsplit/urlunparse, urljoin
// and parse_qs/parse_qsl, as a line-by-line port of CPython 3.13's module.
package urllibparse

import (
	"strings"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

var (
	usesRelative = []string{"", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms",
		"prospero", "rtsp", "rtsps", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"}
	usesNetloc = []string{"", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
		"snews", "prospero", "rtsp", "rtsps", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh",
		"ws", "wss", "itms-services"}
	usesParams = []string{"", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtsps", "rtspu", "sip",
		"sips", "mms", "sftp", "tel"}
)

const (
	schemeChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."
	alwaysSafe  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
	c0OrSpace   = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "
)

func in(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// QuoteFromBytes is quote_from_bytes(bs, safe).
func QuoteFromBytes(bs, safe string) string {
	var b strings.Builder
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(bs); i++ {
		c := bs[i]
		if strings.IndexByte(alwaysSafe, c) >= 0 || (c < 0x80 && strings.IndexByte(safe, c) >= 0) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// Quote is quote(string, safe) for a str (UTF-8 encoded).
func Quote(s, safe string) string {
	if s == "" {
		return s
	}
	return QuoteFromBytes(s, safe)
}

// QuotePlus is quote_plus(string, safe).
func QuotePlus(s, safe string) string {
	if !strings.Contains(s, " ") {
		return Quote(s, safe)
	}
	return strings.ReplaceAll(Quote(s, safe+" "), " ", "+")
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// UnquoteToBytes is unquote_to_bytes(string).
func UnquoteToBytes(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s)+0 && i+2 <= len(s)-1 && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// Unquote is unquote(string) with encoding utf-8 and errors 'replace':
// only ASCII runs are unquoted and decoded; other characters pass through.
func Unquote(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b strings.Builder
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) && s[j] < 0x80 {
			j++
		}
		if j > i {
			b.WriteString(stdutil.DecodeUTF8Replace(UnquoteToBytes(s[i:j])))
		}
		k := j
		for k < len(s) && s[k] >= 0x80 {
			k++
		}
		b.WriteString(s[j:k])
		i = k
	}
	return b.String()
}

// UnquotePlus is unquote_plus(string).
func UnquotePlus(s string) string { return Unquote(strings.ReplaceAll(s, "+", " ")) }

// Split holds the five components of urlsplit.
type Split struct{ Scheme, Netloc, Path, Query, Fragment string }

// URLSplit is urlsplit(url, scheme, allow_fragments).
func URLSplit(url, scheme string, allowFragments bool) Split {
	url = strings.TrimLeft(url, c0OrSpace)
	scheme = strings.Trim(scheme, c0OrSpace)
	for _, c := range []string{"\t", "\r", "\n"} {
		url = strings.ReplaceAll(url, c, "")
		scheme = strings.ReplaceAll(scheme, c, "")
	}
	var netloc, query, fragment string
	if i := strings.IndexByte(url, ':'); i > 0 && (url[0] >= 'a' && url[0] <= 'z' || url[0] >= 'A' && url[0] <= 'Z') {
		ok := true
		for k := 0; k < i; k++ {
			if strings.IndexByte(schemeChars, url[k]) < 0 {
				ok = false
				break
			}
		}
		if ok {
			scheme, url = strings.ToLower(url[:i]), url[i+1:]
		}
	}
	if strings.HasPrefix(url, "//") {
		delim := len(url)
		for _, c := range "/?#" {
			if w := strings.IndexRune(url[2:], c); w >= 0 && w+2 < delim {
				delim = w + 2
			}
		}
		netloc, url = url[2:delim], url[delim:]
		hasOpen, hasClose := strings.Contains(netloc, "["), strings.Contains(netloc, "]")
		if hasOpen != hasClose {
			rt.Raise(rt.ValueError, "Invalid IPv6 URL")
		}
		if hasOpen && hasClose {
			_, after, _ := strings.Cut(netloc, "[")
			host, _, _ := strings.Cut(after, "]")
			checkBracketedHost(host)
		}
	}
	if allowFragments && strings.Contains(url, "#") {
		url, fragment, _ = strings.Cut(url, "#")
	}
	if strings.Contains(url, "?") {
		url, query, _ = strings.Cut(url, "?")
	}
	return Split{scheme, netloc, url, query, fragment}
}

func checkBracketedHost(h string) {
	if strings.HasPrefix(h, "v") {
		ok := len(h) > 1
		dot := strings.IndexByte(h, '.')
		if dot <= 1 || dot == len(h)-1 {
			ok = false
		} else {
			for k := 1; k < dot; k++ {
				if !isHex(h[k]) {
					ok = false
				}
			}
		}
		if !ok {
			rt.Raise(rt.ValueError, "IPvFuture address is invalid")
		}
		return
	}
	// A minimal IPv6 check: hex digits, colons and dots only.
	if h == "" || strings.Trim(h, "0123456789abcdefABCDEF:.%") != "" && !strings.Contains(h, "%") || !strings.Contains(h, ":") {
		if strings.Count(h, ".") == 3 && strings.Trim(h, "0123456789.") == "" {
			rt.Raise(rt.ValueError, "An IPv4 address cannot be in brackets")
		}
		rt.Raisef(rt.ValueError, rt.StrRepr(h), " does not appear to be an IPv4 or IPv6 address")
	}
}

func splitParams(url string) (string, string) {
	var i int
	if strings.Contains(url, "/") {
		k := strings.LastIndexByte(url, '/')
		i = strings.IndexByte(url[k:], ';')
		if i < 0 {
			return url, ""
		}
		i += k
	} else {
		i = strings.IndexByte(url, ';')
	}
	return url[:i], url[i+1:]
}

// Parsed holds the six components of urlparse.
type Parsed struct{ Scheme, Netloc, Path, Params, Query, Fragment string }

// URLParse is urlparse(url, scheme, allow_fragments).
func URLParse(url, scheme string, allowFragments bool) Parsed {
	s := URLSplit(url, scheme, allowFragments)
	params := ""
	path := s.Path
	if in(usesParams, s.Scheme) && strings.Contains(path, ";") {
		path, params = splitParams(path)
	}
	return Parsed{s.Scheme, s.Netloc, path, params, s.Query, s.Fragment}
}

// URLUnsplit is urlunsplit(components).
func URLUnsplit(s Split) string {
	url := s.Path
	if s.Netloc != "" {
		if url != "" && url[0] != '/' {
			url = "/" + url
		}
		url = "//" + s.Netloc + url
	} else if strings.HasPrefix(url, "//") {
		url = "//" + url
	} else if s.Scheme != "" && in(usesNetloc, s.Scheme) && (url == "" || url[0] == '/') {
		url = "//" + url
	}
	if s.Scheme != "" {
		url = s.Scheme + ":" + url
	}
	if s.Query != "" {
		url += "?" + s.Query
	}
	if s.Fragment != "" {
		url += "#" + s.Fragment
	}
	return url
}

// URLUnparse is urlunparse(components).
func URLUnparse(p Parsed) string {
	url := p.Path
	if p.Params != "" {
		url += ";" + p.Params
	}
	return URLUnsplit(Split{p.Scheme, p.Netloc, url, p.Query, p.Fragment})
}

// URLJoin is urljoin(base, url, allow_fragments).
func URLJoin(base, url string, allowFragments bool) string {
	if base == "" {
		return url
	}
	if url == "" {
		return base
	}
	b := URLParse(base, "", allowFragments)
	u := URLParse(url, b.Scheme, allowFragments)
	scheme, netloc, path, params, query, fragment := u.Scheme, u.Netloc, u.Path, u.Params, u.Query, u.Fragment
	if scheme != b.Scheme || !in(usesRelative, scheme) {
		return url
	}
	if in(usesNetloc, scheme) {
		if netloc != "" {
			return URLUnparse(Parsed{scheme, netloc, path, params, query, fragment})
		}
		netloc = b.Netloc
	}
	if path == "" && params == "" {
		path, params = b.Path, b.Params
		if query == "" {
			query = b.Query
		}
		return URLUnparse(Parsed{scheme, netloc, path, params, query, fragment})
	}
	baseParts := strings.Split(b.Path, "/")
	if baseParts[len(baseParts)-1] != "" {
		baseParts = baseParts[:len(baseParts)-1]
	}
	var segments []string
	if strings.HasPrefix(path, "/") {
		segments = strings.Split(path, "/")
	} else {
		segments = append(append([]string{}, baseParts...), strings.Split(path, "/")...)
		if len(segments) > 2 {
			mid := []string{}
			for _, s := range segments[1 : len(segments)-1] {
				if s != "" {
					mid = append(mid, s)
				}
			}
			segments = append(append([]string{segments[0]}, mid...), segments[len(segments)-1])
		}
	}
	var resolved []string
	for _, seg := range segments {
		switch seg {
		case "..":
			if len(resolved) > 0 {
				resolved = resolved[:len(resolved)-1]
			}
		case ".":
		default:
			resolved = append(resolved, seg)
		}
	}
	if last := segments[len(segments)-1]; last == "." || last == ".." {
		resolved = append(resolved, "")
	}
	p := strings.Join(resolved, "/")
	if p == "" {
		p = "/"
	}
	return URLUnparse(Parsed{scheme, netloc, p, params, query, fragment})
}

// ParseQSL is parse_qsl(qs, keep_blank_values, strict_parsing, separator).
func ParseQSL(qs string, keepBlank, strict bool, sep string, maxFields int) [][2]string {
	if sep == "" {
		rt.Raise(rt.ValueError, "Separator must be of type string or bytes.")
	}
	if qs == "" {
		return nil
	}
	if maxFields >= 0 && maxFields < 1+strings.Count(qs, sep) {
		rt.Raise(rt.ValueError, "Max number of fields exceeded")
	}
	var r [][2]string
	for _, nv := range strings.Split(qs, sep) {
		if nv == "" && !strict {
			continue
		}
		name, value, hasEq := strings.Cut(nv, "=")
		if !hasEq && strict {
			rt.Raisef(rt.ValueError, "bad query field: ", rt.StrRepr(nv))
		}
		if value != "" || keepBlank {
			r = append(r, [2]string{UnquotePlus(name), UnquotePlus(value)})
		}
	}
	return r
}
