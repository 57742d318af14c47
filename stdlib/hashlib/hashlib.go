// Package hashlib implements Python's hashlib module for contracts: the
// constructors sha256, sha3_256, sha512, md5, blake2b and friends, hashlib.new,
// and hash objects with update/digest/hexdigest/copy and the name,
// digest_size and block_size attributes. Keccak (Ethereum's pre-standard
// SHA-3) is deliberately absent, as it is from CPython's hashlib.
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"
	"strings"

	"golang.org/x/crypto/blake2b"
	"golang.org/x/crypto/blake2s"
	"golang.org/x/crypto/sha3"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/internal/stdutil"
)

// algorithm describes one hash algorithm.
type algorithm struct {
	name      string
	size      int
	blockSize int
	new       func() hash.Hash
	class     *rt.Class
}

// HashType is the class of sha*/md5 hash objects (CPython's _hashlib.HASH).
var HashType = rt.NewClass("HASH", "_hashlib")

var algorithms = []*algorithm{
	{name: "md5", size: 16, blockSize: 64, new: md5.New},
	{name: "sha1", size: 20, blockSize: 64, new: sha1.New},
	{name: "sha224", size: 28, blockSize: 64, new: sha256.New224},
	{name: "sha256", size: 32, blockSize: 64, new: sha256.New},
	{name: "sha384", size: 48, blockSize: 128, new: sha512.New384},
	{name: "sha512", size: 64, blockSize: 128, new: sha512.New},
	{name: "sha3_224", size: 28, blockSize: 144, new: sha3.New224},
	{name: "sha3_256", size: 32, blockSize: 136, new: sha3.New256},
	{name: "sha3_384", size: 48, blockSize: 104, new: sha3.New384},
	{name: "sha3_512", size: 64, blockSize: 72, new: sha3.New512},
	{name: "blake2b", size: 64, blockSize: 128, new: func() hash.Hash { h, _ := blake2b.New512(nil); return h }},
	{name: "blake2s", size: 32, blockSize: 64, new: func() hash.Hash { h, _ := blake2s.New256(nil); return h }},
}

func lookup(name string) *algorithm {
	for _, a := range algorithms {
		if a.name == name {
			return a
		}
	}
	return nil
}

// Hash is a hash object. Its state lives in h; copy clones it through the
// standard library's binary marshalling.
type Hash struct {
	alg  *algorithm
	h    hash.Hash
	size int
	// newFn rebuilds an empty hash with the same parameters (for blake2 with
	// custom digest size or key); copy marshals state into it.
	newFn func() hash.Hash
}

// Class returns the hash object's class.
func (h *Hash) Class() *rt.Class { return h.alg.class }

// New returns a hash object for algorithm name fed with data.
func New(name string, data []byte) *Hash {
	a := lookup(strings.ToLower(name))
	if a == nil {
		rt.Raisef(rt.ValueError, "unsupported hash type ", name)
	}
	h := &Hash{alg: a, h: a.new(), size: a.size, newFn: a.new}
	h.h.Write(data)
	return h
}

// Update feeds data into the hash.
func (h *Hash) Update(data []byte) { h.h.Write(data) }

// Digest returns the digest of the data fed so far.
func (h *Hash) Digest() []byte { return h.h.Sum(nil)[:h.size] }

// HexDigest returns the digest in lowercase hex.
func (h *Hash) HexDigest() string { return hex.EncodeToString(h.Digest()) }

// Copy returns an independent hash object with the same state.
func (h *Hash) Copy() *Hash {
	m, ok := h.h.(encoding.BinaryMarshaler)
	if !ok {
		rt.Raise(rt.ValueError, "hash object cannot be copied")
	}
	st, err := m.MarshalBinary()
	if err != nil {
		rt.Raise(rt.ValueError, err.Error())
	}
	n := h.newFn()
	if err := n.(encoding.BinaryUnmarshaler).UnmarshalBinary(st); err != nil {
		rt.Raise(rt.ValueError, err.Error())
	}
	return &Hash{alg: h.alg, h: n, size: h.size, newFn: h.newFn}
}

// dataArg converts the data argument, with CPython's messages.
func dataArg(v rt.Value) []byte {
	if v == nil {
		return nil
	}
	if s, ok := v.(string); ok {
		_ = s
		rt.Raise(rt.TypeError, "Strings must be encoded before hashing")
	}
	if b, ok := stdutil.BytesLike(v); ok {
		return []byte(b)
	}
	rt.Raise(rt.TypeError, "object supporting the buffer API required")
	return nil
}

func init() {
	for _, a := range algorithms {
		switch {
		case a.name == "blake2b" || a.name == "blake2s":
			a.class = rt.NewClass(a.name, "_blake2")
		case strings.HasPrefix(a.name, "sha3"):
			a.class = rt.NewClass(a.name, "_sha3")
		default:
			a.class = HashType
		}
	}
	seen := map[*rt.Class]bool{}
	for _, a := range algorithms {
		if seen[a.class] {
			continue
		}
		seen[a.class] = true
		setupClass(a.class)
	}
}

func setupClass(c *rt.Class) {
	c.AddMethod("update", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("update", args, kwargs, 1, 1)
		self.(*Hash).Update(dataArg(args[0]))
		return rt.None
	})
	c.AddMethod("digest", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("digest", args, kwargs, 0, 0)
		return rt.Bytes(self.(*Hash).Digest())
	})
	c.AddMethod("hexdigest", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("hexdigest", args, kwargs, 0, 0)
		return self.(*Hash).HexDigest()
	})
	c.AddMethod("copy", func(self rt.Value, args []rt.Value, kwargs []rt.KW) rt.Value {
		stdutil.Arity("copy", args, kwargs, 0, 0)
		return self.(*Hash).Copy()
	})
	c.Slots.GetAttr = func(v rt.Value, name string) (rt.Value, bool) {
		h := v.(*Hash)
		switch name {
		case "name":
			return h.alg.name, true
		case "digest_size":
			return rt.IntFromInt64(int64(h.size)), true
		case "block_size":
			return rt.IntFromInt64(int64(h.alg.blockSize)), true
		}
		return nil, false
	}
	c.Slots.Repr = func(v rt.Value) string {
		h := v.(*Hash)
		return "<" + h.alg.name + " " + h.alg.class.Module + "." + h.alg.class.Name + " object>"
	}
}

func constructor(name string) rt.BuiltinFunc {
	p := &rt.Params{Func: "openssl_" + name, Names: []string{"string", "usedforsecurity"}, KwOnly: 1}
	if name == "new" {
		p = &rt.Params{Func: name, Names: []string{"name", "data", "usedforsecurity", "string"}, Required: 1, KwOnly: 2}
	}
	return func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var algName, data, ufs, str rt.Value
		if name == "new" {
			p.Unpack(args, kwargs, &algName, &data, &ufs, &str)
			n, ok := algName.(string)
			if !ok {
				rt.Raisef(rt.TypeError, "new() argument 'name' must be str, not ", rt.TypeName(algName))
			}
			if data == nil {
				data = str
			}
			return New(n, dataArg(data))
		}
		p.Unpack(args, kwargs, &data, &ufs)
		return New(name, dataArg(data))
	}
}

// blake2 implements blake2b(data=b”, *, digest_size=64, key=b”, ...) for
// the parameters contracts use: digest_size and key (salt/person unsupported).
func blake2(name string) rt.BuiltinFunc {
	max := 64
	if name == "blake2s" {
		max = 32
	}
	p := &rt.Params{Func: name, Names: []string{"data", "digest_size", "key", "salt", "person", "usedforsecurity"}, KwOnly: 5}
	return func(args []rt.Value, kwargs []rt.KW) rt.Value {
		var data, ds, key, salt, person, ufs rt.Value
		p.Unpack(args, kwargs, &data, &ds, &key, &salt, &person, &ufs)
		size := max
		if ds != nil {
			size = int(stdutil.Int(ds))
			if size < 1 || size > max {
				rt.Raisef(rt.ValueError, "digest_size must be between 1 and ", stdutil.Itoa(max), " bytes")
			}
		}
		var k []byte
		if key != nil {
			k = []byte(stdutil.MustBytes(key))
			if len(k) > max {
				rt.Raisef(rt.ValueError, "maximum key length is ", stdutil.Itoa(max), " bytes")
			}
		}
		for _, x := range []rt.Value{salt, person} {
			if x != nil {
				if b, _ := stdutil.BytesLike(x); len(b) > 0 {
					rt.Raise(rt.NotImplementedError, name+": salt and person are not supported")
				}
			}
		}
		a := lookup(name)
		newFn := func() hash.Hash {
			var h hash.Hash
			var err error
			if name == "blake2b" {
				h, err = blake2b.New(size, k)
			} else {
				h, err = blake2s.New256(k)
				if size != 32 && err == nil {
					h, err = nil, errBlake2s
				}
			}
			if err != nil {
				rt.Raise(rt.ValueError, err.Error())
			}
			return h
		}
		h := &Hash{alg: a, h: newFn(), size: size, newFn: newFn}
		h.h.Write(dataArg(data))
		return h
	}
}

type blakeErr struct{}

func (blakeErr) Error() string { return "blake2s: only digest_size=32 is supported" }

var errBlake2s = blakeErr{}

// Module returns a fresh hashlib module.
func Module() *rt.Module {
	m := rt.NewModule("hashlib")
	for _, a := range algorithms {
		if a.name == "blake2b" || a.name == "blake2s" {
			m.Func(a.name, blake2(a.name))
			continue
		}
		m.Func(a.name, constructor(a.name))
	}
	m.Func("new", constructor("new"))
	return m
}
