package calldata

import (
	"fmt"
	"math/big"
	"math/bits"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/address"
)

// Header type tags (the low three bits of every value's first ULEB128).
const (
	typeSpecial = 0
	typePInt    = 1
	typeNInt    = 2
	typeBytes   = 3
	typeStr     = 4
	typeArr     = 5
	typeMap     = 6
)

// Special values (type 0).
const (
	specialNull  = 0x00
	specialFalse = 0x08
	specialTrue  = 0x10
	specialAddr  = 0x18
)

// EncodeError is returned for a Go value that has no calldata form. Kind is
// the Python exception the SDK's encoder raises in the same situation
// (TypeError for an unencodable type, UnicodeEncodeError for a string that
// is not valid UTF-8, Exception otherwise).
type EncodeError struct {
	Kind string
	Msg  string
}

func (e *EncodeError) Error() string { return "calldata: " + e.Msg }

// Encode returns the calldata encoding of v.
func Encode(v Value) ([]byte, error) { return Append(nil, v) }

// MustEncode is Encode for values known to be encodable; it panics otherwise.
func MustEncode(v Value) []byte {
	b, err := Encode(v)
	if err != nil {
		panic(err)
	}
	return b
}

// Append appends the encoding of v to dst.
func Append(dst []byte, v Value) ([]byte, error) {
	switch x := v.(type) {
	case nil:
		return append(dst, specialNull), nil
	case bool:
		if x {
			return append(dst, specialTrue), nil
		}
		return append(dst, specialFalse), nil
	case int:
		return appendInt64(dst, int64(x)), nil
	case int64:
		return appendInt64(dst, x), nil
	case uint64:
		return appendHeader(dst, x, typePInt), nil
	case *big.Int:
		if x == nil {
			return dst, &EncodeError{"TypeError", "nil *big.Int"}
		}
		return appendBig(dst, x), nil
	case address.Address:
		dst = append(dst, specialAddr)
		return append(dst, x[:]...), nil
	case []byte:
		dst = appendHeader(dst, uint64(len(x)), typeBytes)
		return append(dst, x...), nil
	case string:
		if !utf8.ValidString(x) {
			return dst, &EncodeError{"UnicodeEncodeError", fmt.Sprintf("string %q is not valid UTF-8", x)}
		}
		dst = appendHeader(dst, uint64(len(x)), typeStr)
		return append(dst, x...), nil
	case []Value:
		dst = appendHeader(dst, uint64(len(x)), typeArr)
		var err error
		for _, e := range x {
			if dst, err = Append(dst, e); err != nil {
				return dst, err
			}
		}
		return dst, nil
	case Map:
		m, dup := x.sorted()
		if dup {
			return dst, &EncodeError{"Exception", "map has a duplicate key"}
		}
		dst = appendHeader(dst, uint64(len(m)), typeMap)
		var err error
		for _, e := range m {
			if !utf8.ValidString(e.Key) {
				return dst, &EncodeError{"UnicodeEncodeError", fmt.Sprintf("map key %q is not valid UTF-8", e.Key)}
			}
			dst = AppendULEB128(dst, uint64(len(e.Key)))
			dst = append(dst, e.Key...)
			if dst, err = Append(dst, e.Value); err != nil {
				return dst, err
			}
		}
		return dst, nil
	}
	return dst, &EncodeError{"TypeError", fmt.Sprintf("%T is not calldata encodable", v)}
}

// appendHeader appends the ULEB128 of n<<3|typ, n of up to 64 bits.
func appendHeader(dst []byte, n uint64, typ byte) []byte {
	if n>>61 == 0 {
		return AppendULEB128(dst, n<<3|uint64(typ))
	}
	// 67 significant bits: first group carries the tag and 4 bits of n.
	dst = append(dst, byte(n<<3|uint64(typ))&0x7f|0x80)
	return AppendULEB128(dst, n>>4)
}

func appendInt64(dst []byte, v int64) []byte {
	if v >= 0 {
		return appendHeader(dst, uint64(v), typePInt)
	}
	return appendHeader(dst, uint64(-(v + 1)), typeNInt)
}

func appendBig(dst []byte, v *big.Int) []byte {
	if v.IsInt64() {
		return appendInt64(dst, v.Int64())
	}
	typ := byte(typePInt)
	mag := new(big.Int)
	if v.Sign() < 0 {
		typ = typeNInt
		mag.Neg(v).Sub(mag, big.NewInt(1))
	} else {
		mag.Set(v)
	}
	mag.Lsh(mag, 3).Or(mag, big.NewInt(int64(typ)))
	words := mag.Bits()
	// Emit 7-bit groups from the little-endian word slice.
	nbits := mag.BitLen()
	for pos := 0; pos < nbits || pos == 0; pos += 7 {
		var g uint
		w, off := pos/bits.UintSize, pos%bits.UintSize
		g = uint(words[w] >> uint(off))
		if off > bits.UintSize-7 && w+1 < len(words) {
			g |= uint(words[w+1] << uint(bits.UintSize-off))
		}
		g &= 0x7f
		if pos+7 < nbits {
			g |= 0x80
		}
		dst = append(dst, byte(g))
	}
	return dst
}

// AppendULEB128 appends the minimal unsigned LEB128 encoding of n.
func AppendULEB128(dst []byte, n uint64) []byte {
	for n >= 0x80 {
		dst = append(dst, byte(n)|0x80)
		n >>= 7
	}
	return append(dst, byte(n))
}
