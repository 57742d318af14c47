package urllibparse

import (
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

func TestURLLibParseMatchesCPython(t *testing.T) {
	m := Module()
	call := func(name string, args []rt.Value, kw ...rt.KW) rt.Value {
		f, _ := m.Get(name)
		return rt.Call(f, args, kw)
	}
	var cases []pycase.Case
	add := func(py string, f func() rt.Value) {
		cases = append(cases, pycase.Case{Py: py, Go: func() string { return rt.Outcome(f) }})
	}
	lit := rt.StrRepr
	strs := []string{"", "abc", "a b&c=d/e?f#g", "é ünïcödé", "100%", "~user_name-1.2", "a+b", "%41%42%zz%4", "%e2%82%ac",
		"%E2%82", "%ff%fe", "x=1&y=2", "é%20x", "\x00\x7f", "😀", "/path/to;x"}
	for _, s := range strs {
		s := s
		for _, fn := range []string{"quote", "quote_plus", "unquote", "unquote_plus"} {
			fn := fn
			add("urllib.parse."+fn+"("+lit(s)+")", func() rt.Value { return call(fn, []rt.Value{s}) })
		}
		add("urllib.parse.quote("+lit(s)+", safe='')", func() rt.Value { return call("quote", []rt.Value{s}, rt.KW{Name: "safe", Value: ""}) })
		add("urllib.parse.quote_plus("+lit(s)+", safe='/&=')", func() rt.Value { return call("quote_plus", []rt.Value{s}, rt.KW{Name: "safe", Value: "/&="}) })
		add("urllib.parse.parse_qsl("+lit(s)+")", func() rt.Value { return call("parse_qsl", []rt.Value{s}) })
		add("urllib.parse.parse_qs("+lit(s)+", keep_blank_values=True)", func() rt.Value {
			return call("parse_qs", []rt.Value{s}, rt.KW{Name: "keep_blank_values", Value: true})
		})
	}
	urls := []string{"https://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag", "http://x.org", "HTTP://x.org/", "//host/path",
		"/just/path?x#y", "mailto:someone@example.com", "file:///etc/passwd", "http://[::1]:80/x", "http://[::1/x", "  http://a b/\tc\n",
		"path;params?q", "scheme-x:rest", "1http://x", "http://host:abc/", "http://host:99999/", "http://h/p#f?q", "ftp://f.org/a;type=i",
		"", "?q", "#f", "http://a/b/c/d;p?q", "https://a@b@c:1/", "http://[v1.fe]/", "http://[1.2.3.4]/"}
	for _, u := range urls {
		u := u
		add("urllib.parse.urlsplit("+lit(u)+")", func() rt.Value { return call("urlsplit", []rt.Value{u}) })
		add("urllib.parse.urlparse("+lit(u)+")", func() rt.Value { return call("urlparse", []rt.Value{u}) })
		add("urllib.parse.urlparse("+lit(u)+", allow_fragments=False)", func() rt.Value {
			return call("urlparse", []rt.Value{u}, rt.KW{Name: "allow_fragments", Value: false})
		})
		add("(lambda r: (r.hostname, r.port, r.username, r.password, r.geturl()))(urllib.parse.urlsplit("+lit(u)+"))", func() rt.Value {
			r := call("urlsplit", []rt.Value{u})
			return rt.NewTuple(rt.GetAttr(r, "hostname"), rt.GetAttr(r, "port"), rt.GetAttr(r, "username"), rt.GetAttr(r, "password"),
				rt.CallMethod(r, "geturl", nil, nil))
		})
		add("urllib.parse.urlunparse(urllib.parse.urlparse("+lit(u)+"))", func() rt.Value {
			return call("urlunparse", []rt.Value{call("urlparse", []rt.Value{u})})
		})
		add("tuple(urllib.parse.urlsplit("+lit(u)+"))[1]", func() rt.Value { return rt.GetItem(call("urlsplit", []rt.Value{u}), rt.IntFromInt64(1)) })
	}
	base := "http://a/b/c/d;p?q"
	for _, r := range []string{"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "",
		".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
		"..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x",
		"http:g", "https://other/x", "mailto:x"} {
		r := r
		add("urllib.parse.urljoin("+lit(base)+", "+lit(r)+")", func() rt.Value { return call("urljoin", []rt.Value{base, r}) })
		add("urllib.parse.urljoin('http://a/b/', "+lit(r)+")", func() rt.Value { return call("urljoin", []rt.Value{"http://a/b/", r}) })
	}
	d := rt.NewDict(0)
	d.Set("name", "John Doe")
	d.Set("q", "a&b=c/é")
	d.Set("n", rt.IntFromInt64(5))
	d.Set("list", rt.NewList([]rt.Value{"x", "y z"}))
	add(`urllib.parse.urlencode({'name': 'John Doe', 'q': 'a&b=c/é', 'n': 5, 'list': ['x', 'y z']})`, func() rt.Value { return call("urlencode", []rt.Value{d}) })
	add(`urllib.parse.urlencode({'name': 'John Doe', 'q': 'a&b=c/é', 'n': 5, 'list': ['x', 'y z']}, doseq=True)`, func() rt.Value {
		return call("urlencode", []rt.Value{d}, rt.KW{Name: "doseq", Value: true})
	})
	add(`urllib.parse.urlencode({'name': 'John Doe', 'q': 'a&b=c/é', 'n': 5, 'list': ['x', 'y z']}, safe='/')`, func() rt.Value {
		return call("urlencode", []rt.Value{d}, rt.KW{Name: "safe", Value: "/"})
	})
	add(`urllib.parse.urlencode([('a', 1), ('b', 'x y')])`, func() rt.Value {
		return call("urlencode", []rt.Value{rt.NewList([]rt.Value{rt.NewTuple("a", rt.IntFromInt64(1)), rt.NewTuple("b", "x y")})})
	})
	add(`urllib.parse.urlencode(['a'])`, func() rt.Value { return call("urlencode", []rt.Value{rt.NewList([]rt.Value{"a"})}) })
	add(`urllib.parse.urlencode('ab')`, func() rt.Value { return call("urlencode", []rt.Value{"ab"}) })
	add(`urllib.parse.parse_qsl('a=1;b=2', separator=';')`, func() rt.Value {
		return call("parse_qsl", []rt.Value{"a=1;b=2"}, rt.KW{Name: "separator", Value: ";"})
	})
	add(`urllib.parse.parse_qsl('a=1&b', strict_parsing=True)`, func() rt.Value {
		return call("parse_qsl", []rt.Value{"a=1&b"}, rt.KW{Name: "strict_parsing", Value: true})
	})
	add(`urllib.parse.parse_qs('a=1&a=2&b=&c', keep_blank_values=True)`, func() rt.Value {
		return call("parse_qs", []rt.Value{"a=1&a=2&b=&c"}, rt.KW{Name: "keep_blank_values", Value: true})
	})
	add(`urllib.parse.urlunsplit(('http', 'h', 'p', 'q', 'f'))`, func() rt.Value {
		return call("urlunsplit", []rt.Value{rt.NewTuple("http", "h", "p", "q", "f")})
	})
	add(`urllib.parse.urlsplit('http://x/y')._replace(path='/z')`, func() rt.Value {
		return rt.CallMethod(call("urlsplit", []rt.Value{"http://x/y"}), "_replace", nil, []rt.KW{{Name: "path", Value: "/z"}})
	})
	add(`urllib.parse.quote(b'\xff a')`, func() rt.Value { return call("quote", []rt.Value{rt.Bytes("\xff a")}) })
	add(`urllib.parse.unquote_to_bytes('%ff%41')`, func() rt.Value { return call("unquote_to_bytes", []rt.Value{"%ff%41"}) })
	pycase.Check(t, cases)
}
