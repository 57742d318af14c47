package storage

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"

	"github.com/holiman/uint256"

	"github.com/genvm-go/genvm/rt/address"
)

// Loc is a location in storage: byte Off of slot Slot, seen through T.
type Loc struct {
	T    *Tx
	Slot SlotID
	Off  uint32
}

// At returns the location delta bytes further in the same slot.
func (l Loc) At(delta uint32) Loc { return Loc{l.T, l.Slot, l.Off + delta} }

// Indirect returns offset 0 of the slot referenced from l (the slot whose id
// is SHA3-256(l.Slot ‖ u32le(l.Off))), memoized by l.T when there is one.
func (l Loc) Indirect() Loc {
	if l.T == nil {
		return Loc{nil, l.Slot.Indirect(l.Off), 0}
	}
	return Loc{l.T, l.T.ind.get(l.Slot, l.Off), 0}
}

func (l Loc) read(dst []byte) error  { return l.T.Read(l.Slot, l.Off, dst) }
func (l Loc) write(src []byte) error { return l.T.Write(l.Slot, l.Off, src) }

// atIndex returns the location of element i of size size starting at l,
// failing when it lies beyond the 2^32 bytes of the slot.
func (l Loc) atIndex(i int, size uint32) (Loc, error) {
	off := uint64(l.Off) + uint64(i)*uint64(size)
	if off > math.MaxUint32 {
		return Loc{}, ErrOutOfRange
	}
	return Loc{l.T, l.Slot, uint32(off)}, nil
}

// Layout is what every storage type descriptor has, independent of the Go
// type of its values: its size in the parent slot and how to copy a value
// from one location to another (the SDK's copy actions).
type Layout interface {
	// Size is the number of bytes the value occupies at its location.
	Size() uint32
	// Copy copies the value at from to to, issuing the same writes as the
	// SDK's copy actions.
	Copy(from, to Loc) error
	// Plain reports whether Copy is a plain copy of Size bytes.
	Plain() bool
}

// Desc describes a storage type whose values are Go values of type T.
type Desc[T any] interface {
	Layout
	Get(l Loc) (T, error)
	Set(l Loc, v T) error
}

// memcpy copies n bytes from one location to another (n may be 0).
func memcpy(from, to Loc, n uint32) error {
	if n == 0 {
		return nil
	}
	var small [64]byte
	buf := small[:0]
	if n <= 64 {
		buf = small[:n]
	} else {
		buf = make([]byte, n)
	}
	if err := from.read(buf); err != nil {
		return err
	}
	return to.write(buf)
}

type plainLayout uint32

func (p plainLayout) Size() uint32            { return uint32(p) }
func (p plainLayout) Plain() bool             { return true }
func (p plainLayout) Copy(from, to Loc) error { return memcpy(from, to, uint32(p)) }

// BoolDesc is bool: one byte, 0 or 1 (any non-zero byte reads as true).
type BoolDesc struct{ plainLayout }

// Bool is the bool descriptor.
var Bool = BoolDesc{1}

func (BoolDesc) Get(l Loc) (bool, error) {
	var b [1]byte
	err := l.read(b[:])
	return b[0] != 0, err
}

func (BoolDesc) Set(l Loc, v bool) error {
	b := [1]byte{0}
	if v {
		b[0] = 1
	}
	return l.write(b[:])
}

// NoneDesc is None: zero bytes.
type NoneDesc struct{ plainLayout }

// None is the None descriptor.
var None = NoneDesc{0}

func (NoneDesc) Get(Loc) (struct{}, error) { return struct{}{}, nil }
func (NoneDesc) Set(Loc, struct{}) error   { return nil }

// FloatDesc is float: IEEE-754 binary64, little-endian.
type FloatDesc struct{ plainLayout }

// Float is the float descriptor.
var Float = FloatDesc{8}

func (FloatDesc) Get(l Loc) (float64, error) {
	var b [8]byte
	err := l.read(b[:])
	return math.Float64frombits(binary.LittleEndian.Uint64(b[:])), err
}

func (FloatDesc) Set(l Loc, v float64) error {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], math.Float64bits(v))
	return l.write(b[:])
}

// AddressDesc is Address: its 20 raw bytes.
type AddressDesc struct{ plainLayout }

// Address is the Address descriptor.
var Address = AddressDesc{address.Size}

func (AddressDesc) Get(l Loc) (address.Address, error) {
	var a address.Address
	err := l.read(a[:])
	return a, err
}

func (AddressDesc) Set(l Loc, v address.Address) error { return l.write(v[:]) }

// Python's int.to_bytes overflow messages.
const (
	msgTooBig   = "int too big to convert"
	msgNegative = "can't convert negative int to unsigned"
)

// Uint64Desc is u8 … u64 (Size bytes, little-endian) with uint64 values.
type Uint64Desc struct{ plainLayout }

// Int64Desc is i8 … i64 (Size bytes, two's complement) with int64 values.
type Int64Desc struct{ plainLayout }

// Sized unsigned and signed integers up to 64 bits.
var (
	U8, U16, U24, U32, U40, U48, U56, U64 = Uint64Desc{1}, Uint64Desc{2}, Uint64Desc{3}, Uint64Desc{4}, Uint64Desc{5}, Uint64Desc{6}, Uint64Desc{7}, Uint64Desc{8}
	I8, I16, I24, I32, I40, I48, I56, I64 = Int64Desc{1}, Int64Desc{2}, Int64Desc{3}, Int64Desc{4}, Int64Desc{5}, Int64Desc{6}, Int64Desc{7}, Int64Desc{8}
)

func (d Uint64Desc) Get(l Loc) (uint64, error) {
	var b [8]byte
	err := l.read(b[:d.Size()])
	return binary.LittleEndian.Uint64(b[:]), err
}

// Set stores v, failing with OverflowError when it does not fit.
func (d Uint64Desc) Set(l Loc, v uint64) error {
	n := d.Size()
	if n < 8 && v>>(8*n) != 0 {
		return overflow(msgTooBig)
	}
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	return l.write(b[:n])
}

// SetInt stores a signed Go integer, failing like Python for negatives.
func (d Uint64Desc) SetInt(l Loc, v int64) error {
	if v < 0 {
		return overflow(msgNegative)
	}
	return d.Set(l, uint64(v))
}

func (d Int64Desc) Get(l Loc) (int64, error) {
	var b [8]byte
	n := d.Size()
	err := l.read(b[:n])
	v := binary.LittleEndian.Uint64(b[:])
	shift := 64 - 8*n
	return int64(v<<shift) >> shift, err
}

// Set stores v, failing with OverflowError when it does not fit.
func (d Int64Desc) Set(l Loc, v int64) error {
	n := d.Size()
	if n < 8 {
		lim := int64(1) << (8*n - 1)
		if v < -lim || v >= lim {
			return overflow(msgTooBig)
		}
	}
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(v))
	return l.write(b[:n])
}

// IntDesc is any sized integer uN/iN (N a multiple of 8 up to 256) with
// *big.Int values.
type IntDesc struct {
	plainLayout
	Signed bool
}

// Unsigned returns the descriptor of u<bits>; Signed that of i<bits>.
func Unsigned(bits int) IntDesc { return IntDesc{plainLayout(bits / 8), false} }
func Signed(bits int) IntDesc   { return IntDesc{plainLayout(bits / 8), true} }

func (d IntDesc) Get(l Loc) (*big.Int, error) {
	var b [32]byte
	n := d.Size()
	if err := l.read(b[:n]); err != nil {
		return nil, err
	}
	return fromLE(b[:n], d.Signed), nil
}

func (d IntDesc) Set(l Loc, v *big.Int) error {
	var b [32]byte
	if err := toLE(b[:d.Size()], v, d.Signed); err != nil {
		return err
	}
	return l.write(b[:d.Size()])
}

// fromLE reads little-endian (two's complement when signed) bytes.
func fromLE(le []byte, signed bool) *big.Int {
	be := make([]byte, len(le))
	for i, c := range le {
		be[len(le)-1-i] = c
	}
	v := new(big.Int).SetBytes(be)
	if signed && len(le) > 0 && le[len(le)-1]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(le))))
	}
	return v
}

// toLE writes v into dst as Python's v.to_bytes(len(dst), 'little',
// signed=signed) does, with the same OverflowError messages.
func toLE(dst []byte, v *big.Int, signed bool) error {
	n := len(dst)
	if !signed && v.Sign() < 0 {
		return overflow(msgNegative)
	}
	x := v
	if signed {
		lim := new(big.Int).Lsh(big.NewInt(1), uint(8*n-1))
		if v.Cmp(lim) >= 0 || v.Cmp(new(big.Int).Neg(lim)) < 0 {
			return overflow(msgTooBig)
		}
		if v.Sign() < 0 {
			x = new(big.Int).Add(v, new(big.Int).Lsh(lim, 1))
		}
	} else if v.BitLen() > 8*n {
		return overflow(msgTooBig)
	}
	clear(dst)
	be := x.Bytes()
	for i, c := range be {
		dst[len(be)-1-i] = c
	}
	return nil
}

// Uint256Desc is uN for N up to 256 with uint256.Int values (no allocation).
type Uint256Desc struct{ plainLayout }

// U128 and U256 as uint256-valued descriptors; UintN returns any size.
var (
	U128 = Uint256Desc{16}
	U256 = Uint256Desc{32}
)

// UintN returns the uint256-valued descriptor of u<bits>.
func UintN(bits int) Uint256Desc { return Uint256Desc{plainLayout(bits / 8)} }

func (d Uint256Desc) Get(l Loc) (uint256.Int, error) {
	var b [32]byte
	n := d.Size()
	err := l.read(b[:n])
	var be [32]byte
	for i := uint32(0); i < n; i++ {
		be[31-i] = b[i]
	}
	var v uint256.Int
	v.SetBytes32(be[:])
	return v, err
}

func (d Uint256Desc) Set(l Loc, v uint256.Int) error {
	n := d.Size()
	if v.BitLen() > int(8*n) {
		return overflow(msgTooBig)
	}
	be := v.Bytes32()
	var b [32]byte
	for i := uint32(0); i < n; i++ {
		b[i] = be[31-i]
	}
	return l.write(b[:n])
}

// indirectBytes is the layout shared by str, bytes and bigint: a u32le
// length in place and the content at offset 0 of the indirect slot.
type indirectBytes struct{}

func (indirectBytes) Size() uint32 { return 4 }
func (indirectBytes) Plain() bool  { return false }

// Copy is the SDK's _CopyStrBytesAction.
func (indirectBytes) Copy(from, to Loc) error {
	n, err := U32.Get(from)
	if err != nil {
		return err
	}
	if err := U32.Set(to, n); err != nil {
		return err
	}
	buf := make([]byte, n)
	if err := from.Indirect().read(buf); err != nil {
		return err
	}
	return to.Indirect().write(buf)
}

func (indirectBytes) get(l Loc) ([]byte, error) {
	n, err := U32.Get(l)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, n)
	return buf, l.Indirect().read(buf)
}

func (indirectBytes) set(l Loc, b []byte) error {
	if uint64(len(b)) > math.MaxUint32 {
		return ErrOutOfRange
	}
	if err := U32.Set(l, uint64(len(b))); err != nil {
		return err
	}
	return l.Indirect().write(b)
}

// StrDesc is str: UTF-8 bytes behind an indirection.
type StrDesc struct{ indirectBytes }

// Str is the str descriptor.
var Str StrDesc

func (d StrDesc) Get(l Loc) (string, error) {
	b, err := d.get(l)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(b) {
		return "", &PyError{"UnicodeDecodeError", "stored str is not valid UTF-8"}
	}
	return string(b), nil
}

func (d StrDesc) Set(l Loc, v string) error { return d.set(l, []byte(v)) }

// BytesDesc is bytes: raw bytes behind an indirection.
type BytesDesc struct{ indirectBytes }

// Bytes is the bytes descriptor.
var Bytes BytesDesc

func (d BytesDesc) Get(l Loc) ([]byte, error) { return d.get(l) }
func (d BytesDesc) Set(l Loc, v []byte) error { return d.set(l, v) }

// BigIntDesc is bigint: signed little-endian two's complement behind an
// indirection, 2 + (number of base-256 digits of |v|) bytes long.
type BigIntDesc struct{ indirectBytes }

// BigInt is the bigint descriptor.
var BigInt BigIntDesc

func (d BigIntDesc) Get(l Loc) (*big.Int, error) {
	b, err := d.get(l)
	if err != nil {
		return nil, err
	}
	return fromLE(b, true), nil
}

func (d BigIntDesc) Set(l Loc, v *big.Int) error {
	n := 2 + (v.BitLen()+7)/8
	buf := make([]byte, n)
	if err := toLE(buf, v, true); err != nil {
		return err
	}
	return d.set(l, buf)
}
