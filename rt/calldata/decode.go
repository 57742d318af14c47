package calldata

import (
	"bytes"
	"fmt"
	"math/big"
	"unicode/utf8"

	"github.com/genvm-go/genvm/rt/address"
)

// MaxDepth bounds the nesting of arrays and maps Decode accepts. The original
// decoders recurse without an explicit bound (the SDK's is stopped by Python's
// recursion limit of 1000 frames), see docs/deviations.md.
const MaxDepth = 1000

// DecodeError is a rejected calldata input: Offset is the byte offset of the
// offending byte or of the value's header.
type DecodeError struct {
	Offset int
	Msg    string
}

func (e *DecodeError) Error() string { return fmt.Sprintf("calldata: offset %d: %s", e.Offset, e.Msg) }

type decoder struct {
	buf   []byte
	pos   int
	depth int

	// Decoded strings and bytes share one copy of the input (allocated on
	// first use) and integers come from small slabs, to keep allocations
	// per value low.
	text  string
	copyB []byte
	ints  []big.Int
}

func (d *decoder) newInt() *big.Int {
	if len(d.ints) == 0 {
		d.ints = make([]big.Int, 16)
	}
	n := &d.ints[0]
	d.ints = d.ints[1:]
	return n
}

func (d *decoder) substr(from, to int) string {
	if d.text == "" {
		d.text = string(d.buf)
	}
	return d.text[from:to]
}

func (d *decoder) subbytes(from, to int) []byte {
	if d.copyB == nil {
		d.copyB = bytes.Clone(d.buf)
	}
	return d.copyB[from:to:to]
}

func (d *decoder) errf(off int, format string, args ...any) error {
	return &DecodeError{off, fmt.Sprintf(format, args...)}
}

// Decode parses one canonical calldata value that spans all of b.
func Decode(b []byte) (Value, error) {
	d := decoder{buf: b}
	v, err := d.value()
	if err != nil {
		return nil, err
	}
	if d.pos != len(b) {
		return nil, d.errf(d.pos, "%d trailing bytes after the value", len(b)-d.pos)
	}
	return v, nil
}

// uleb reads a minimal ULEB128 number. It returns the value in small when it
// fits in 64 bits, else in bigv (small is then undefined). Linear time in the
// number's length.
func (d *decoder) uleb() (small uint64, bigv *big.Int, err error) {
	start := d.pos
	end := start
	for {
		if end >= len(d.buf) {
			return 0, nil, d.errf(end, "unterminated ULEB128 (started at offset %d)", start)
		}
		if d.buf[end]&0x80 == 0 {
			break
		}
		end++
	}
	if d.buf[end] == 0 && end != start {
		return 0, nil, d.errf(end, "non-minimal ULEB128: most significant group is zero")
	}
	groups := d.buf[start : end+1]
	d.pos = end + 1
	if len(groups) <= 9 || len(groups) == 10 && groups[9] <= 1 {
		for i, c := range groups {
			small |= uint64(c&0x7f) << (7 * uint(i))
		}
		return small, nil, nil
	}
	// pack the 7-bit groups into big-endian bytes for SetBytes
	nbits := 7 * len(groups)
	be := make([]byte, (nbits+7)/8)
	for i, c := range groups {
		v := uint(c & 0x7f)
		bit := 7 * i
		for j := 0; j < 7; j++ {
			if v>>uint(j)&1 != 0 {
				b := bit + j
				be[len(be)-1-b/8] |= 1 << uint(b%8)
			}
		}
	}
	return 0, new(big.Int).SetBytes(be), nil
}

// length reads a container or key length, which must fit in 32 bits.
func (d *decoder) lengthOf(small uint64, bigv *big.Int, at int) (int, error) {
	if bigv != nil || small > 0xffffffff {
		n := bigv
		if n == nil {
			n = new(big.Int).SetUint64(small)
		}
		return 0, d.errf(at, "length of %d bits exceeds 32 bits", n.BitLen())
	}
	return int(small), nil
}

func (d *decoder) take(n int, at int, what string) ([]byte, error) {
	if len(d.buf)-d.pos < n {
		return nil, d.errf(at, "%s of %d bytes but only %d remain", what, n, len(d.buf)-d.pos)
	}
	b := d.buf[d.pos : d.pos+n]
	d.pos += n
	return b, nil
}

func (d *decoder) value() (Value, error) {
	at := d.pos
	h, hb, err := d.uleb()
	if err != nil {
		return nil, err
	}
	var typ byte
	var n uint64
	var nb *big.Int
	if hb == nil {
		typ, n = byte(h&7), h>>3
	} else {
		typ = byte(hb.Bits()[0] & 7)
		nb = new(big.Int).Rsh(hb, 3)
		if nb.IsUint64() {
			n, nb = nb.Uint64(), nil
		}
	}
	switch typ {
	case typeSpecial:
		if nb != nil || n >= 32 {
			return nil, d.errf(at, "invalid special value (header is not a single byte)")
		}
		switch byte(n << 3) {
		case specialNull:
			return nil, nil
		case specialFalse:
			return false, nil
		case specialTrue:
			return true, nil
		case specialAddr:
			b, err := d.take(address.Size, d.pos, "address")
			if err != nil {
				return nil, err
			}
			return address.Address(b), nil
		}
		return nil, d.errf(at, "invalid special 0x%02x", byte(n<<3))
	case typePInt:
		if nb != nil {
			return nb, nil
		}
		return d.newInt().SetUint64(n), nil
	case typeNInt:
		if nb == nil {
			nb = d.newInt().SetUint64(n)
		}
		return nb.Neg(nb.Add(nb, big.NewInt(1))), nil
	case typeBytes, typeStr, typeArr, typeMap:
		size, err := d.lengthOf(n, nb, at)
		if err != nil {
			return nil, err
		}
		switch typ {
		case typeBytes:
			start := d.pos
			if _, err := d.take(size, start, "bytes"); err != nil {
				return nil, err
			}
			return d.subbytes(start, d.pos), nil
		case typeStr:
			s, err := d.str(size, "str")
			return s, err
		case typeArr:
			return d.array(size, at)
		default:
			return d.mapping(size, at)
		}
	}
	return nil, d.errf(at, "reserved type 7")
}

func (d *decoder) str(size int, what string) (string, error) {
	start := d.pos
	b, err := d.take(size, start, what)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, w := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && w <= 1 {
				break
			}
			i += w
		}
		return "", d.errf(start+i, "%s is not valid UTF-8", what)
	}
	return d.substr(start, d.pos), nil
}

func (d *decoder) enter(at int) error {
	d.depth++
	if d.depth > MaxDepth {
		return d.errf(at, "nesting deeper than %d", MaxDepth)
	}
	return nil
}

func (d *decoder) array(size, at int) (Value, error) {
	if err := d.enter(at); err != nil {
		return nil, err
	}
	// every element takes at least one byte
	if size > len(d.buf)-d.pos {
		return nil, d.errf(at, "array of %d elements but only %d bytes remain", size, len(d.buf)-d.pos)
	}
	out := make([]Value, size)
	for i := range out {
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	d.depth--
	return out, nil
}

func (d *decoder) mapping(size, at int) (Value, error) {
	if err := d.enter(at); err != nil {
		return nil, err
	}
	if size > (len(d.buf)-d.pos)/2 {
		return nil, d.errf(at, "map of %d entries but only %d bytes remain", size, len(d.buf)-d.pos)
	}
	out := make(Map, size)
	for i := range out {
		kat := d.pos
		kn, kb, err := d.uleb()
		if err != nil {
			return nil, err
		}
		klen, err := d.lengthOf(kn, kb, kat)
		if err != nil {
			return nil, err
		}
		kstart := d.pos
		k, err := d.str(klen, "map key")
		if err != nil {
			return nil, err
		}
		if i > 0 && out[i-1].Key >= k {
			return nil, d.errf(kstart, "map key %q is not after %q: keys must be strictly ascending", k, out[i-1].Key)
		}
		v, err := d.value()
		if err != nil {
			return nil, err
		}
		out[i] = Entry{k, v}
	}
	d.depth--
	return out, nil
}
