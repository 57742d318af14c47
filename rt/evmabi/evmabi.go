// Package evmabi is the Ethereum ABI codec of GenVM's SDK (genlayer.py.evm:
// MethodEncoder, encode, decode), used by gl.evm.contract_interface to call
// EVM contracts. It reproduces the SDK's algorithm, including its order of
// writing: heads are written first and the tails of dynamic values in
// later rounds, each round's tails in order (EncodeState.run_tails); a
// static tuple's elements are deferred to the next round like tails, as
// the SDK's TupleCodec does. Decoding follows DecoderState: reads past the
// end give short (possibly empty) slices, not errors, as memoryview
// slicing does.
//
// Values are Go values: *big.Int (intN/uintN), bool, address.Address,
// []byte (bytes, bytesN), string, and []any (arrays, tuples).
package evmabi

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/genvm-go/genvm/rt/address"
	"golang.org/x/crypto/sha3"
)

// Kind is an ABI type kind.
type Kind uint8

// Type kinds.
const (
	Int Kind = iota
	Bool
	Address
	BytesN
	Bytes
	String
	DynArray // T[]
	Array    // T[k]
	Tuple    // (A,B,...)
)

// Type is an ABI type.
type Type struct {
	Kind   Kind
	Bits   int  // Int
	Signed bool // Int
	Size   int  // BytesN: bytes; Array: element count
	Elem   *Type
	Elems  []*Type // Tuple
	// Inplace marks the SDK's InplaceTuple: a tuple written in place even
	// when an element is dynamic (a method's parameter list).
	Inplace bool
}

// Name is the type's canonical name, as in a method signature.
func (t *Type) Name() string {
	switch t.Kind {
	case Int:
		if t.Signed {
			return "int" + strconv.Itoa(t.Bits)
		}
		return "uint" + strconv.Itoa(t.Bits)
	case Bool:
		return "bool"
	case Address:
		return "address"
	case BytesN:
		return "bytes" + strconv.Itoa(t.Size)
	case Bytes:
		return "bytes"
	case String:
		return "string"
	case DynArray:
		return t.Elem.Name() + "[]"
	case Array:
		return t.Elem.Name() + "[" + strconv.Itoa(t.Size) + "]"
	}
	names := make([]string, len(t.Elems))
	for i, e := range t.Elems {
		names[i] = e.Name()
	}
	return "(" + strings.Join(names, ",") + ")"
}

// Dynamic reports whether values of t are written as an offset and a tail.
func (t *Type) Dynamic() bool {
	switch t.Kind {
	case Bytes, String, DynArray:
		return true
	case Array:
		return t.Elem.Dynamic()
	case Tuple:
		if t.Inplace {
			return false
		}
		for _, e := range t.Elems {
			if e.Dynamic() {
				return true
			}
		}
	}
	return false
}

// Parse reads a type name: uintN, intN, bool, address, bytesN, bytes,
// string, T[], T[k], (A,B,...).
func Parse(s string) (*Type, error) {
	t, rest, err := parse(s)
	if err != nil {
		return nil, err
	}
	if rest != "" {
		return nil, fmt.Errorf("evmabi: trailing %q in type %q", rest, s)
	}
	return t, nil
}

func parse(s string) (*Type, string, error) {
	var t *Type
	if strings.HasPrefix(s, "(") {
		t = &Type{Kind: Tuple}
		s = s[1:]
		for !strings.HasPrefix(s, ")") {
			e, rest, err := parse(s)
			if err != nil {
				return nil, "", err
			}
			t.Elems = append(t.Elems, e)
			s = strings.TrimPrefix(rest, ",")
			if s == rest && !strings.HasPrefix(s, ")") {
				return nil, "", fmt.Errorf("evmabi: bad tuple type near %q", s)
			}
		}
		s = s[1:]
	} else {
		i := strings.IndexAny(s, "[,)")
		if i < 0 {
			i = len(s)
		}
		name := s[:i]
		s = s[i:]
		num := func(prefix string) (int, bool) {
			n, err := strconv.Atoi(strings.TrimPrefix(name, prefix))
			return n, err == nil && strings.HasPrefix(name, prefix)
		}
		switch {
		case name == "bool":
			t = &Type{Kind: Bool}
		case name == "address":
			t = &Type{Kind: Address}
		case name == "bytes":
			t = &Type{Kind: Bytes}
		case name == "string":
			t = &Type{Kind: String}
		default:
			if n, ok := num("uint"); ok && n > 0 && n <= 256 && n%8 == 0 {
				t = &Type{Kind: Int, Bits: n}
			} else if n, ok := num("int"); ok && n > 0 && n <= 256 && n%8 == 0 {
				t = &Type{Kind: Int, Bits: n, Signed: true}
			} else if n, ok := num("bytes"); ok && n > 0 && n <= 32 {
				t = &Type{Kind: BytesN, Size: n}
			} else {
				return nil, "", fmt.Errorf("evmabi: unknown type %q", name)
			}
		}
	}
	for strings.HasPrefix(s, "[") {
		j := strings.IndexByte(s, ']')
		if j < 0 {
			return nil, "", fmt.Errorf("evmabi: unclosed [ in %q", s)
		}
		if j == 1 {
			t = &Type{Kind: DynArray, Elem: t}
		} else {
			n, err := strconv.Atoi(s[1:j])
			if err != nil || n < 0 {
				return nil, "", fmt.Errorf("evmabi: bad array size %q", s[1:j])
			}
			t = &Type{Kind: Array, Elem: t, Size: n}
		}
		s = s[j+1:]
	}
	return t, s, nil
}

// Signature is name followed by the parameter list type: "f(uint256,bool)".
func Signature(name string, params []*Type) string {
	return name + (&Type{Kind: Tuple, Elems: params}).Name()
}

// Selector is the first 4 bytes of keccak256 of the signature.
func Selector(name string, params []*Type) [4]byte {
	h := sha3.NewLegacyKeccak256()
	h.Write([]byte(Signature(name, params)))
	var s [4]byte
	copy(s[:], h.Sum(nil))
	return s
}

// Error is a value the codec cannot encode, with the Python exception the
// SDK raises for it (OverflowError, AssertionError, TypeError, ...).
type Error struct{ Kind, Msg string }

func (e *Error) Error() string { return "evmabi: " + e.Kind + ": " + e.Msg }

// encoder is the SDK's EncodeState.
type encoder struct {
	off   int // offsets written by this state are relative to it
	res   *[]byte
	tails []func(*encoder) error
}

func (s *encoder) derived() *encoder { return &encoder{off: len(*s.res), res: s.res} }

// putILoc reserves a head word for the offset of a tail, filled in when
// the next of this state's tails is written... by the tail itself.
func (s *encoder) putILoc() {
	at := len(*s.res)
	*s.res = append(*s.res, make([]byte, 32)...)
	off0 := s.off
	s.tails = append(s.tails, func(st *encoder) error {
		word(new(big.Int).SetInt64(int64(len(*st.res)-off0)), (*s.res)[at:at+32])
		return nil
	})
}

func (s *encoder) runTails() error {
	cur := s.tails
	s.tails = nil
	for len(cur) > 0 {
		for _, f := range cur {
			if err := f(s); err != nil {
				return err
			}
		}
		cur = s.tails
		s.tails = nil
	}
	return nil
}

// word writes x big-endian into the 32 bytes of dst (two's complement).
func word(x *big.Int, dst []byte) {
	if x.Sign() < 0 {
		x = new(big.Int).Add(x, new(big.Int).Lsh(big.NewInt(1), 256))
	}
	x.FillBytes(dst)
}

var (
	two256 = new(big.Int).Lsh(big.NewInt(1), 256)
	two255 = new(big.Int).Lsh(big.NewInt(1), 255)
)

func (s *encoder) encode(t *Type, v any) error {
	r := s.res
	switch t.Kind {
	case Int:
		x, ok := v.(*big.Int)
		if !ok {
			return &Error{"TypeError", fmt.Sprintf("%s: expected an int, got %T", t.Name(), v)}
		}
		// int.to_bytes(32, 'big', signed=...): 32 bytes whatever the bits
		switch {
		case !t.Signed && x.Sign() < 0:
			return &Error{"OverflowError", "can't convert negative int to unsigned"}
		case !t.Signed && x.Cmp(two256) >= 0, t.Signed && (x.Cmp(two255) >= 0 || new(big.Int).Neg(x).Cmp(two255) > 0):
			return &Error{"OverflowError", "int too big to convert"}
		}
		b := make([]byte, 32)
		word(x, b)
		*r = append(*r, b...)
	case Bool:
		b, ok := v.(bool)
		if !ok {
			return &Error{"TypeError", fmt.Sprintf("bool: expected a bool, got %T", v)}
		}
		w := make([]byte, 32)
		if b {
			w[31] = 1
		}
		*r = append(*r, w...)
	case Address:
		a, ok := v.(address.Address)
		if !ok {
			return &Error{"AttributeError", fmt.Sprintf("address: expected an Address, got %T", v)}
		}
		*r = append(*r, make([]byte, 12)...)
		*r = append(*r, a[:]...)
	case BytesN:
		b, ok := v.([]byte)
		if !ok || len(b) != t.Size {
			return &Error{"AssertionError", ""}
		}
		*r = append(*r, b...)
		*r = append(*r, make([]byte, 32-t.Size)...)
	case Bytes, String:
		var data []byte
		switch x := v.(type) {
		case []byte:
			if t.Kind == String {
				return &Error{"AttributeError", "'bytes' object has no attribute 'encode'"}
			}
			data = x
		case string:
			if t.Kind == Bytes {
				return &Error{"TypeError", "expected bytes, got str"}
			}
			data = []byte(x)
		default:
			return &Error{"TypeError", fmt.Sprintf("%s: unexpected %T", t.Name(), v)}
		}
		s.putILoc()
		s.tails = append(s.tails, func(st *encoder) error {
			l := make([]byte, 32)
			word(big.NewInt(int64(len(data))), l)
			*st.res = append(*st.res, l...)
			*st.res = append(*st.res, data...)
			*st.res = append(*st.res, make([]byte, (32-len(data)%32)%32)...)
			return nil
		})
	case DynArray:
		items, ok := v.([]any)
		if !ok {
			return &Error{"TypeError", fmt.Sprintf("%s: expected a sequence, got %T", t.Name(), v)}
		}
		s.putILoc()
		s.tails = append(s.tails, func(st *encoder) error {
			l := make([]byte, 32)
			word(big.NewInt(int64(len(items))), l)
			*st.res = append(*st.res, l...)
			der := st.derived()
			for _, it := range items {
				der.tails = append(der.tails, func(d *encoder) error { return d.encode(t.Elem, it) })
			}
			return der.runTails()
		})
	case Array:
		items, ok := v.([]any)
		if !ok {
			return &Error{"TypeError", fmt.Sprintf("%s: expected a sequence, got %T", t.Name(), v)}
		}
		now := func(st *encoder) error {
			if t.Dynamic() {
				st = st.derived()
			}
			for _, it := range items {
				if err := st.encode(t.Elem, it); err != nil {
					return err
				}
			}
			if t.Dynamic() {
				return st.runTails()
			}
			return nil
		}
		if t.Dynamic() {
			s.putILoc()
			s.tails = append(s.tails, now)
			return nil
		}
		return now(s)
	case Tuple:
		items, ok := v.([]any)
		if !ok || len(items) != len(t.Elems) {
			return &Error{"AssertionError", ""}
		}
		now := func(st *encoder) error {
			der := st
			if t.Dynamic() {
				der = st.derived()
			}
			for i, e := range t.Elems {
				e, it := e, items[i]
				der.tails = append(der.tails, func(d *encoder) error { return d.encode(e, it) })
			}
			if t.Dynamic() {
				return der.runTails()
			}
			return nil
		}
		if t.Dynamic() {
			s.putILoc()
			s.tails = append(s.tails, now)
			return nil
		}
		return now(s)
	}
	return nil
}

// Encode encodes v as a value of t (the SDK's evm.encode).
func Encode(t *Type, v any) ([]byte, error) {
	var res []byte
	s := &encoder{res: &res}
	if err := s.encode(t, v); err != nil {
		return nil, err
	}
	if err := s.runTails(); err != nil {
		return nil, err
	}
	return res, nil
}

// EncodeCall is MethodEncoder(name, params, _).encode_call(args): the
// selector, then the arguments as an in-place tuple.
func EncodeCall(name string, params []*Type, args []any) ([]byte, error) {
	sel := Selector(name, params)
	res := append([]byte(nil), sel[:]...)
	s := &encoder{off: 4, res: &res}
	if err := s.encode(&Type{Kind: Tuple, Elems: params, Inplace: true}, args); err != nil {
		return nil, err
	}
	if err := s.runTails(); err != nil {
		return nil, err
	}
	return res, nil
}

// decoder is the SDK's DecoderState.
type decoder struct {
	mem       []byte
	off, off0 int
	// budget bounds the values decoded from mem (offsets may alias, so a
	// small input could otherwise describe exponentially many values).
	budget *int
}

// MaxValuesPerByte bounds decoding: at most this many values per byte of
// input (plus 64), beyond which Decode fails with ValueError.
const MaxValuesPerByte = 1

func (d *decoder) head(n int) []byte {
	lo, hi := min(d.off, len(d.mem)), min(d.off+n, len(d.mem))
	d.off += n
	if lo > hi {
		lo = hi
	}
	return d.mem[lo:hi]
}

func (d *decoder) indirected() (*decoder, error) {
	o := new(big.Int).SetBytes(d.head(32))
	if !o.IsInt64() || o.Int64() > int64(len(d.mem)) {
		return nil, &Error{"ValueError", "offset out of range"}
	}
	n := d.off0 + int(o.Int64())
	return &decoder{mem: d.mem, off: n, off0: n, budget: d.budget}, nil
}

func (d *decoder) decode(t *Type) (any, error) {
	if *d.budget--; *d.budget < 0 {
		return nil, &Error{"ValueError", "too many values for the size of the data"}
	}
	switch t.Kind {
	case Int:
		b := d.head(32)
		x := new(big.Int).SetBytes(b)
		if t.Signed && len(b) > 0 && b[0]&0x80 != 0 {
			x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
		}
		return x, nil
	case Bool:
		b := d.head(32)
		return len(b) != 32 || new(big.Int).SetBytes(b).Sign() != 0, nil
	case Address:
		d.head(12)
		b := d.head(20)
		if len(b) != 20 {
			return nil, &Error{"ValueError", "invalid address length"}
		}
		return address.Address(b), nil
	case BytesN:
		b := append([]byte(nil), d.head(t.Size)...)
		d.head(32 - t.Size)
		return b, nil
	case Bytes, String:
		st, err := d.indirected()
		if err != nil {
			return nil, err
		}
		l := new(big.Int).SetBytes(st.head(32))
		if !l.IsInt64() || l.Int64() > int64(len(d.mem)) {
			return nil, &Error{"ValueError", "length out of range"}
		}
		b := append([]byte(nil), st.head(int(l.Int64()))...)
		if t.Kind == String {
			return string(b), nil
		}
		return b, nil
	case DynArray:
		st, err := d.indirected()
		if err != nil {
			return nil, err
		}
		l := new(big.Int).SetBytes(st.head(32))
		if !l.IsInt64() || l.Int64() > int64(len(d.mem)) {
			return nil, &Error{"ValueError", "length out of range"}
		}
		st.off0 += 32
		out := make([]any, 0, l.Int64())
		for range l.Int64() {
			v, err := st.decode(t.Elem)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case Array, Tuple:
		st := d
		if t.Dynamic() {
			var err error
			if st, err = d.indirected(); err != nil {
				return nil, err
			}
		}
		var out []any
		if t.Kind == Array {
			for range t.Size {
				v, err := st.decode(t.Elem)
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return out, nil
		}
		for _, e := range t.Elems {
			v, err := st.decode(e)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	}
	return nil, nil
}

// Decode decodes a value of t from data (the SDK's evm.decode).
func Decode(t *Type, data []byte) (any, error) {
	budget := MaxValuesPerByte*len(data) + 64
	return (&decoder{mem: data, budget: &budget}).decode(t)
}
