package calldata

import (
	"fmt"
	"math/big"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/address"
)

// SDKError is an exception the SDK's Python decoder raises: Kind is the
// Python exception class (IndexError, Exception, UnicodeDecodeError,
// AssertionError, RecursionError); Offset is where it happened.
type SDKError struct {
	Kind   string
	Msg    string
	Offset int
}

func (e *SDKError) Error() string {
	return fmt.Sprintf("calldata: offset %d: %s: %s", e.Offset, e.Kind, e.Msg)
}

// DecodeSDK decodes b exactly as the SDK's genlayer.py.calldata.decode does
// (a contract decodes its own method calldata with it): unlike Decode it
// accepts non-minimal ULEB128 numbers, lengths past the end of the input (the
// value is truncated to what remains) and lengths of any size; it rejects
// what the SDK rejects with the SDK's exception class. Bytes values are
// returned as []byte (the SDK returns a memoryview).
func DecodeSDK(b []byte) (Value, error) {
	d := sdkDecoder{buf: b}
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	if d.pos != len(b) {
		return nil, &SDKError{"Exception", fmt.Sprintf("unparsed end at offset %d", d.pos), d.pos}
	}
	return v, nil
}

type sdkDecoder struct {
	buf   []byte
	pos   int
	depth int
}

func (d *sdkDecoder) uleb() (*big.Int, error) {
	var small uint64
	var shift uint
	var bigv *big.Int
	for {
		if d.pos >= len(d.buf) {
			return nil, &SDKError{"IndexError", "index out of range", d.pos}
		}
		c := d.buf[d.pos]
		d.pos++
		if bigv == nil && shift <= 56 {
			small |= uint64(c&0x7f) << shift
		} else {
			if bigv == nil {
				bigv = new(big.Int).SetUint64(small)
			}
			if c&0x7f != 0 {
				g := new(big.Int).SetUint64(uint64(c & 0x7f))
				bigv.Or(bigv, g.Lsh(g, shift))
			}
		}
		shift += 7
		if c&0x80 == 0 {
			break
		}
	}
	if bigv == nil {
		bigv = new(big.Int).SetUint64(small)
	}
	return bigv, nil
}

// take returns up to n bytes (fewer when the input ends first), as Python's
// memoryview slicing does.
func (d *sdkDecoder) take(n *big.Int) []byte {
	rem := len(d.buf) - d.pos
	k := rem
	if n.IsInt64() && n.Int64() < int64(rem) {
		k = int(n.Int64())
	}
	b := d.buf[d.pos : d.pos+k]
	d.pos += k
	return b
}

func (d *sdkDecoder) value() (Value, error) {
	at := d.pos
	code, err := d.uleb()
	if err != nil {
		return nil, err
	}
	typ := code.Bits()
	t := 0
	if len(typ) > 0 {
		t = int(typ[0] & 7)
	}
	if t == typeSpecial {
		if code.IsUint64() {
			switch code.Uint64() {
			case specialNull:
				return nil, nil
			case specialFalse:
				return false, nil
			case specialTrue:
				return true, nil
			case specialAddr:
				b := d.take(big.NewInt(address.Size))
				a, err := address.FromBytes(b)
				if err != nil {
					return nil, &SDKError{"Exception", err.(*address.Error).Msg, at}
				}
				return a, nil
			}
		}
		return nil, &SDKError{"Exception", fmt.Sprintf("Unknown special 0b%s 0x%s", code.Text(2), code.Text(16)), at}
	}
	n := new(big.Int).Rsh(code, 3)
	switch t {
	case typePInt:
		return n, nil
	case typeNInt:
		return n.Neg(n.Add(n, big.NewInt(1))), nil
	case typeBytes:
		return append([]byte{}, d.take(n)...), nil
	case typeStr:
		start := d.pos
		s := d.take(n)
		if !utf8.Valid(s) {
			return nil, &SDKError{"UnicodeDecodeError", "'utf-8' codec can't decode bytes", start}
		}
		return string(s), nil
	case typeArr, typeMap:
		d.depth++
		if d.depth > MaxDepth {
			return nil, &SDKError{"RecursionError", "maximum recursion depth exceeded", at}
		}
		defer func() { d.depth-- }()
		count := int64(len(d.buf) - d.pos + 1) // each entry consumes a byte: the loop fails before this
		if n.IsInt64() && n.Int64() < count {
			count = n.Int64()
		}
		if t == typeArr {
			out := make([]Value, 0, min(count, 1024))
			for range count {
				v, err := d.value()
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return out, nil
		}
		out := make(Map, 0, min(count, 1024))
		for range count {
			kat := d.pos
			kl, err := d.uleb()
			if err != nil {
				return nil, err
			}
			kb := d.take(kl)
			if !utf8.Valid(kb) {
				return nil, &SDKError{"UnicodeDecodeError", "'utf-8' codec can't decode bytes", kat}
			}
			k := string(kb)
			if len(out) > 0 && !(out[len(out)-1].Key < k) {
				return nil, &SDKError{"AssertionError", "", kat}
			}
			v, err := d.value()
			if err != nil {
				return nil, err
			}
			out = append(out, Entry{k, v})
		}
		return out, nil
	}
	return nil, &SDKError{"Exception", "invalid type 7", at}
}
