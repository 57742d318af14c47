package hashlib

import (
	"encoding/hex"
	"testing"

	"github.com/genvm-go/genvm/internal/pycase"
	"github.com/genvm-go/genvm/rt"
)

func TestHashlibMatchesCPython(t *testing.T) {
	m := Module()
	call := func(name string, args []rt.Value, kw ...rt.KW) rt.Value {
		f, _ := m.Get(name)
		return rt.Call(f, args, kw)
	}
	var cases []pycase.Case
	add := func(py string, f func() rt.Value) {
		cases = append(cases, pycase.Case{Py: py, Go: func() string { return rt.Outcome(f) }})
	}
	inputs := []string{"", "abc", "hello world", string(make([]byte, 200)), "\xff\x00\x80"}
	for _, alg := range []string{"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"} {
		alg := alg
		for _, in := range inputs {
			in := in
			lit := "bytes.fromhex('" + hex.EncodeToString([]byte(in)) + "')"
			add("hashlib."+alg+"("+lit+").hexdigest()", func() rt.Value {
				return rt.CallMethod(call(alg, []rt.Value{rt.Bytes(in)}), "hexdigest", nil, nil)
			})
		}
		add("(lambda h: (h.name, h.digest_size, h.block_size))(hashlib."+alg+"())", func() rt.Value {
			h := call(alg, nil)
			return rt.NewTuple(rt.GetAttr(h, "name"), rt.GetAttr(h, "digest_size"), rt.GetAttr(h, "block_size"))
		})
		add("(lambda h: (h.update(b'ab'), h.copy(), h.update(b'cd'), h.digest().hex()))(hashlib."+alg+"(b'x'))[3]", func() rt.Value {
			h := call(alg, []rt.Value{rt.Bytes("x")})
			rt.CallMethod(h, "update", []rt.Value{rt.Bytes("ab")}, nil)
			c := rt.CallMethod(h, "copy", nil, nil)
			rt.CallMethod(h, "update", []rt.Value{rt.Bytes("cd")}, nil)
			rt.CallMethod(c, "update", []rt.Value{rt.Bytes("zz")}, nil)
			return hex.EncodeToString([]byte(rt.CallMethod(h, "digest", nil, nil).(rt.Bytes)))
		})
		add("hashlib.new('"+alg+"', b'data').hexdigest()", func() rt.Value {
			return rt.CallMethod(call("new", []rt.Value{alg, rt.Bytes("data")}), "hexdigest", nil, nil)
		})
	}
	add("hashlib.sha256('abc')", func() rt.Value { return call("sha256", []rt.Value{"abc"}) })
	add("hashlib.sha256(1)", func() rt.Value { return call("sha256", []rt.Value{rt.IntFromInt64(1)}) })
	add("hashlib.sha256(bytearray(b'abc')).hexdigest()", func() rt.Value {
		return rt.CallMethod(call("sha256", []rt.Value{&rt.ByteArray{B: []byte("abc")}}), "hexdigest", nil, nil)
	})
	add("hashlib.sha256(string=b'abc').hexdigest()", func() rt.Value {
		return rt.CallMethod(call("sha256", nil, rt.KW{Name: "string", Value: rt.Bytes("abc")}), "hexdigest", nil, nil)
	})
	add("hashlib.new('keccak256')", func() rt.Value { return call("new", []rt.Value{"keccak256"}) })
	add("hashlib.blake2b(b'abc', digest_size=32).hexdigest()", func() rt.Value {
		return rt.CallMethod(call("blake2b", []rt.Value{rt.Bytes("abc")}, rt.KW{Name: "digest_size", Value: rt.IntFromInt64(32)}), "hexdigest", nil, nil)
	})
	add("hashlib.blake2b(b'abc', key=b'k').hexdigest()", func() rt.Value {
		return rt.CallMethod(call("blake2b", []rt.Value{rt.Bytes("abc")}, rt.KW{Name: "key", Value: rt.Bytes("k")}), "hexdigest", nil, nil)
	})
	add("hashlib.blake2b(digest_size=65)", func() rt.Value {
		return call("blake2b", nil, rt.KW{Name: "digest_size", Value: rt.IntFromInt64(65)})
	})
	add("hashlib.blake2b(b'x', digest_size=20).digest_size", func() rt.Value {
		return rt.GetAttr(call("blake2b", []rt.Value{rt.Bytes("x")}, rt.KW{Name: "digest_size", Value: rt.IntFromInt64(20)}), "digest_size")
	})
	pycase.Check(t, cases)
}
