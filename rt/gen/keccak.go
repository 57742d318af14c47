package gen

import (
	"hash"

	"github.com/genvm-go/genvm/rt"
	"golang.org/x/crypto/sha3"
)

// Keccak256 (genlayer.py.keccak, exported by `from genlayer import *`):
// Keccak256(initial_input=None) returns a hashlib-like object with update,
// digest, hexdigest, copy, digest_size 32 and block_size 136; its repr is
// the SDK's '<KeccakHash with r=1088, c=512, image=256>'.

// KeccakHashType is the class of Keccak256 objects.
var KeccakHashType = rt.NewClass("KeccakHash", "genlayer.py.keccak")

type keccakObj struct{ h hash.Hash }

func (*keccakObj) Class() *rt.Class { return KeccakHashType }

func keccakBytes(v rt.Value) []byte {
	switch b := v.(type) {
	case rt.Bytes:
		return []byte(b)
	case *rt.ByteArray:
		return b.B
	}
	rt.Raisef(rt.TypeError, "expected bytes, got ", rt.TypeName(v))
	return nil
}

var keccak256 = &rt.Builtin{Name: "Keccak256", Fn: func(args []rt.Value, kwargs []rt.KW) rt.Value {
	o := &keccakObj{sha3.NewLegacyKeccak256()}
	var in rt.Value = rt.None
	if len(args) > 1 {
		rt.Raisef(rt.TypeError, "create() takes from 0 to 1 positional arguments but ", itoa(len(args)), " were given")
	}
	if len(args) == 1 {
		in = args[0]
	}
	for _, kw := range kwargs {
		if kw.Name != "initial_input" {
			rt.Raisef(rt.TypeError, "create() got an unexpected keyword argument '", kw.Name, "'")
		}
		in = kw.Value
	}
	if in != rt.Value(rt.None) {
		o.h.Write(keccakBytes(in))
	}
	return o
}}

func init() {
	t := KeccakHashType
	t.Slots.Repr = func(rt.Value) string { return "<KeccakHash with r=1088, c=512, image=256>" }
	t.Slots.GetAttr = func(_ rt.Value, name string) (rt.Value, bool) {
		switch name {
		case "digest_size":
			return rt.IntFromInt64(32), true
		case "block_size":
			return rt.IntFromInt64(136), true
		}
		return nil, false
	}
	t.AddMethod("update", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 1 {
			rt.Raise(rt.TypeError, "update() takes exactly one argument")
		}
		self.(*keccakObj).h.Write(keccakBytes(args[0]))
		return rt.None
	})
	t.AddMethod("digest", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		return rt.Bytes(self.(*keccakObj).h.Sum(nil))
	})
	t.AddMethod("hexdigest", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		const digits = "0123456789abcdef"
		sum := self.(*keccakObj).h.Sum(nil)
		out := make([]byte, 0, 2*len(sum))
		for _, c := range sum {
			out = append(out, digits[c>>4], digits[c&15])
		}
		return string(out)
	})
	t.AddMethod("copy", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		// the legacy Keccak state is cloneable through its marshaler
		src := self.(*keccakObj).h
		dst := sha3.NewLegacyKeccak256()
		if m, ok := src.(interface{ MarshalBinary() ([]byte, error) }); ok {
			if st, err := m.MarshalBinary(); err == nil {
				if u, ok := dst.(interface{ UnmarshalBinary([]byte) error }); ok && u.UnmarshalBinary(st) == nil {
					return &keccakObj{dst}
				}
			}
		}
		rt.Raise(rt.RuntimeError, "Keccak256.copy is not supported")
		return nil
	})
	for _, p := range []string{"genlayer.Keccak256", "genlayer.py.keccak.Keccak256"} {
		sdkValues[p] = keccak256
	}
}
