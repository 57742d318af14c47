package base64

import (
	"encoding/hex"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

// latin1 renders a bytes result as a str so that the comparison does not
// depend on bytes repr.
func latin1(v rt.Value) rt.Value {
	if b, ok := v.(rt.Bytes); ok {
		r := make([]rune, len(b))
		for i := 0; i < len(b); i++ {
			r[i] = rune(b[i])
		}
		return string(r)
	}
	return v
}

func TestBase64MatchesCPython(t *testing.T) {
	m := Module()
	var cases []pycase.Case
	add := func(py string, f func() rt.Value) {
		cases = append(cases, pycase.Case{Py: "_s(" + py + ")", Go: func() string { return rt.Outcome(func() rt.Value { return latin1(f()) }) }})
	}
	call := func(name string, args []rt.Value, kw ...rt.KW) rt.Value {
		f, _ := m.Get(name)
		return rt.Call(f, args, kw)
	}
	blit := func(s string) string { return "bytes.fromhex('" + hex.EncodeToString([]byte(s)) + "')" }
	data := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd\x00\x01", "\xfb\xff\xbf"}
	for _, d := range data {
		d := d
		for _, fn := range []string{"b64encode", "standard_b64encode", "urlsafe_b64encode", "b32encode", "b32hexencode", "b16encode", "encodebytes"} {
			fn := fn
			add("base64."+fn+"("+blit(d)+")", func() rt.Value { return call(fn, []rt.Value{rt.Bytes(d)}) })
		}
		add("base64.b64encode("+blit(d)+", altchars=b'-_')", func() rt.Value {
			return call("b64encode", []rt.Value{rt.Bytes(d)}, rt.KW{Name: "altchars", Value: rt.Bytes("-_")})
		})
	}
	enc := []string{"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy", "Zm9vYmFy\n", "Zm9v YmFy", "Zg", "Zg=", "Z", "Zm9vY",
		"=Zg==", "Zg==Zg==", "Zm=9v", "Zm9v====", "Zm9v!", "-_-_", "+/+/", "Zm9vYg=", "Zm9vYg===x", "====", "ab=c", "a===",
		"MZXW6===", "MZXW6YQ=", "MZXW6YTBOI======", "mzxw6===", "MZXW6", "MZXW6==", "0123", "666F6F", "666f6f", "6", "GG"}
	for _, e := range enc {
		e := e
		for _, fn := range []string{"b64decode", "urlsafe_b64decode", "standard_b64decode", "b32decode", "b32hexdecode", "b16decode"} {
			fn := fn
			add("base64."+fn+"("+rt.StrRepr(e)+")", func() rt.Value { return call(fn, []rt.Value{e}) })
		}
		add("base64.b64decode("+rt.StrRepr(e)+", validate=True)", func() rt.Value {
			return call("b64decode", []rt.Value{e}, rt.KW{Name: "validate", Value: true})
		})
		add("base64.b64decode("+rt.StrRepr(e)+".encode(), altchars=b'-_')", func() rt.Value {
			return call("b64decode", []rt.Value{rt.Bytes(e)}, rt.KW{Name: "altchars", Value: rt.Bytes("-_")})
		})
	}
	add("base64.b32decode('mzxw6===', casefold=True)", func() rt.Value {
		return call("b32decode", []rt.Value{"mzxw6==="}, rt.KW{Name: "casefold", Value: true})
	})
	add("base64.b32decode('MZXW1===', map01='L')", func() rt.Value {
		return call("b32decode", []rt.Value{"MZXW1==="}, rt.KW{Name: "map01", Value: "L"})
	})
	add("base64.b16decode('666f6f', casefold=True)", func() rt.Value {
		return call("b16decode", []rt.Value{"666f6f"}, rt.KW{Name: "casefold", Value: true})
	})
	add("base64.b64encode('abc')", func() rt.Value { return call("b64encode", []rt.Value{"abc"}) })
	add("base64.b64decode('é')", func() rt.Value { return call("b64decode", []rt.Value{"é"}) })
	add("base64.b64decode(5)", func() rt.Value { return call("b64decode", []rt.Value{rt.IntFromInt64(5)}) })
	add("base64.b32encode('x')", func() rt.Value { return call("b32encode", []rt.Value{"x"}) })
	add("base64.b64decode(bytearray(b'Zm9v'))", func() rt.Value { return call("b64decode", []rt.Value{&rt.ByteArray{B: []byte("Zm9v")}}) })
	pycase.CheckWithSetup(t, "def _s(v):\n    return v.decode('latin-1') if isinstance(v, bytes) else v\n", cases)
}
