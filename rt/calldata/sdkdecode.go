package calldata

import (
	"fmt"
	"math/big"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/address"
)

// SDKError is an exception the SDK's Python decoder raises: Kind is the
// Python exception class (DecodingError, a ValueError subclass;
// UnicodeDecodeError; RecursionError), Msg its message as far as it does
// not depend on Python reprs, Offset where it happened.
type SDKError struct {
	Kind   string
	Msg    string
	Offset int
}

func (e *SDKError) Error() string {
	return fmt.Sprintf("calldata: offset %d: %s: %s", e.Offset, e.Kind, e.Msg)
}

// DecodeSDK decodes b as the SDK's genlayer.py.calldata.decode does (a
// contract applies it to its own method calldata). It accepts exactly what
// Decode accepts, with the same values, but fails the SDK's way: lazily (a
// huge count or length fails when the input runs out, after the elements
// that are there were decoded, so an invalid string among them is a
// UnicodeDecodeError first) and with the SDK's exception classes.
func DecodeSDK(b []byte) (Value, error) {
	d := sdkDecoder{buf: b}
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	if d.pos != len(b) {
		return nil, &SDKError{"DecodingError", "unparsed end", d.pos}
	}
	return v, nil
}

type sdkDecoder struct {
	buf   []byte
	pos   int
	depth int
}

func errEnd(at int) error { return &SDKError{"DecodingError", "unexpected end of memory", at} }

func (d *sdkDecoder) uleb() (*big.Int, error) {
	start := d.pos
	end := start
	for {
		if end >= len(d.buf) {
			return nil, errEnd(end)
		}
		if d.buf[end]&0x80 == 0 {
			break
		}
		end++
	}
	d.pos = end + 1
	if d.buf[end] == 0 && end != start {
		return nil, &SDKError{"DecodingError", "most significant octet can not be zero", end}
	}
	v := new(big.Int)
	for i := end; i >= start; i-- {
		v.Lsh(v, 7).Or(v, big.NewInt(int64(d.buf[i]&0x7f)))
	}
	return v, nil
}

// fetch is the SDK's fetch_mem: n bytes, or DecodingError when fewer remain.
func (d *sdkDecoder) fetch(n *big.Int) ([]byte, error) {
	rem := len(d.buf) - d.pos
	if !n.IsInt64() || n.Int64() > int64(rem) {
		return nil, errEnd(d.pos)
	}
	b := d.buf[d.pos : d.pos+int(n.Int64())]
	d.pos += len(b)
	return b, nil
}

func (d *sdkDecoder) str(n *big.Int) (string, error) {
	at := d.pos
	b, err := d.fetch(n)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		return "", &SDKError{"UnicodeDecodeError", "'utf-8' codec can't decode bytes", at}
	}
	return string(b), nil
}

func (d *sdkDecoder) value() (Value, error) {
	at := d.pos
	code, err := d.uleb()
	if err != nil {
		return nil, err
	}
	t := 0
	if w := code.Bits(); len(w) > 0 {
		t = int(w[0] & 7)
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
				b, err := d.fetch(big.NewInt(address.Size))
				if err != nil {
					return nil, err
				}
				return address.Address(b), nil
			}
		}
		return nil, &SDKError{"DecodingError", fmt.Sprintf("Unknown special 0b%s 0x%s", code.Text(2), code.Text(16)), at}
	}
	n := new(big.Int).Rsh(code, 3)
	switch t {
	case typePInt:
		return n, nil
	case typeNInt:
		return n.Neg(n.Add(n, big.NewInt(1))), nil
	case typeBytes:
		b, err := d.fetch(n)
		if err != nil {
			return nil, err
		}
		return append([]byte{}, b...), nil
	case typeStr:
		return d.str(n)
	case typeArr, typeMap:
		d.depth++
		if d.depth > MaxDepth {
			return nil, &SDKError{"RecursionError", "maximum recursion depth exceeded", at}
		}
		defer func() { d.depth-- }()
		// every entry takes at least one byte, so the loop fails with
		// "unexpected end of memory" before count exceeds this
		count := int64(len(d.buf) - d.pos + 1)
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
			kl, err := d.uleb()
			if err != nil {
				return nil, err
			}
			kat := d.pos
			k, err := d.str(kl)
			if err != nil {
				return nil, err
			}
			if len(out) > 0 && out[len(out)-1].Key >= k {
				return nil, &SDKError{"DecodingError", fmt.Sprintf("unordered calldata keys: `%s` >= `%s`", out[len(out)-1].Key, k), kat}
			}
			v, err := d.value()
			if err != nil {
				return nil, err
			}
			out = append(out, Entry{k, v})
		}
		return out, nil
	}
	return nil, &SDKError{"DecodingError", "invalid type 7", at}
}
