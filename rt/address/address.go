// Package address implements GenLayer's 20-byte account address with the
// exact string forms of the Python SDK's genlayer.py.types.Address:
// EIP-55 checksummed hex, standard base64, little-endian integer, ordering by
// bytes, repr/str and the format specs "s", "x", "b64", "cd" and "".
//
// Address is a plain [Size]byte value: comparable, usable as a map key,
// allocation-free to copy.
package address

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"golang.org/x/crypto/sha3"
)

// Size is the length of an address in bytes.
const Size = 20

// Address is a GenLayer account address.
type Address [Size]byte

// Zero is the all-zero address.
var Zero Address

// Error is an error raised while constructing an address. Kind is the name
// of the Python exception class the SDK raises for the same input
// ("Exception", "ValueError" or "binascii.Error"); Msg is its message.
type Error struct {
	Kind string
	Msg  string
}

func (e *Error) Error() string { return e.Kind + ": " + e.Msg }

// FromBytes returns the address made of b, which must be exactly Size bytes
// long (the SDK's Address(buffer)).
func FromBytes(b []byte) (Address, error) {
	var a Address
	if len(b) != Size {
		return a, &Error{"Exception", "invalid address " + pyBytesRepr(b)}
	}
	copy(a[:], b)
	return a, nil
}

// MustFromBytes is FromBytes for constant inputs; it panics on a wrong length.
func MustFromBytes(b []byte) Address {
	a, err := FromBytes(b)
	if err != nil {
		panic(err)
	}
	return a
}

// Parse converts a string the way the SDK's Address(str) constructor does:
// exactly 42 characters starting with "0x" are hex (checksum not validated,
// Python bytes.fromhex rules: whitespace between byte pairs is skipped);
// otherwise a string longer than Size characters is base64 (Python's
// non-validating base64.b64decode); anything else is rejected. The decoded
// bytes must be exactly Size long.
func Parse(s string) (Address, error) {
	n := runeCount(s)
	switch {
	case n == 2+2*Size && strings.HasPrefix(s, "0x"):
		b, err := pyFromHex(s[2:])
		if err != nil {
			return Address{}, err
		}
		return FromBytes(b)
	case n > Size:
		b, err := pyB64Decode(s)
		if err != nil {
			return Address{}, err
		}
		return FromBytes(b)
	default:
		return Address{}, &Error{"Exception", "invalid address " + s}
	}
}

// FromHex parses "0x" followed by 40 hex digits of either case. It is the
// strict form used by tools (the CLI); Parse is the SDK-compatible one.
func FromHex(s string) (Address, error) {
	if len(s) != 2+2*Size || !strings.HasPrefix(s, "0x") && !strings.HasPrefix(s, "0X") {
		return Address{}, fmt.Errorf("address: %q is not 0x followed by %d hex digits", s, 2*Size)
	}
	var a Address
	if _, err := hex.Decode(a[:], []byte(s[2:])); err != nil {
		return Address{}, fmt.Errorf("address: %q: %v", s, err)
	}
	return a, nil
}

// FromB64 decodes standard padded base64 of exactly Size bytes (strict).
func FromB64(s string) (Address, error) {
	b, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil {
		return Address{}, fmt.Errorf("address: %q: %v", s, err)
	}
	if len(b) != Size {
		return Address{}, fmt.Errorf("address: %q decodes to %d bytes, want %d", s, len(b), Size)
	}
	return Address(b), nil
}

// Bytes returns a copy of the raw bytes (the SDK's as_bytes).
func (a Address) Bytes() []byte { return append([]byte(nil), a[:]...) }

// Hex returns the EIP-55 checksummed form "0x..." (the SDK's as_hex): the
// i-th hex digit is upper-cased when the i-th nibble of keccak-256 of the
// lower-case hex string is 8 or more.
func (a Address) Hex() string {
	var low [2 * Size]byte
	hex.Encode(low[:], a[:])
	h := sha3.NewLegacyKeccak256()
	h.Write(low[:])
	var sum [32]byte
	h.Sum(sum[:0])
	out := make([]byte, 2, 2+2*Size)
	out[0], out[1] = '0', 'x'
	for i, c := range low {
		nib := sum[i/2] >> 4
		if i%2 == 1 {
			nib = sum[i/2] & 0x0f
		}
		if nib >= 8 && c >= 'a' {
			c -= 'a' - 'A'
		}
		out = append(out, c)
	}
	return string(out)
}

// LowerHex returns the 40 lower-case hex digits without prefix.
func (a Address) LowerHex() string { return hex.EncodeToString(a[:]) }

// B64 returns standard padded base64 (the SDK's as_b64).
func (a Address) B64() string { return base64.StdEncoding.EncodeToString(a[:]) }

// Int returns the bytes read as an unsigned little-endian integer (the SDK's
// as_int; note: little-endian, unlike Ethereum tooling).
func (a Address) Int() *big.Int {
	var be [Size]byte
	for i, b := range a {
		be[Size-1-i] = b
	}
	return new(big.Int).SetBytes(be[:])
}

// Compare orders addresses by their bytes (the SDK's __lt__ and friends).
func (a Address) Compare(b Address) int { return bytes.Compare(a[:], b[:]) }

// String returns the checksummed hex (the SDK's __str__).
func (a Address) String() string { return a.Hex() }

// Repr returns `Address("0x...")` (the SDK's __repr__).
func (a Address) Repr() string { return `Address("` + a.Hex() + `")` }

// Format implements the SDK's __format__: "s" and "x" give the checksummed
// hex, "b64" base64, "cd" the calldata debug form "addr#<hex>", "" the repr.
// Other specs are a TypeError with the SDK's message.
func (a Address) Format(spec string) (string, error) {
	switch spec {
	case "s", "x":
		return a.Hex(), nil
	case "b64":
		return a.B64(), nil
	case "cd":
		return "addr#" + a.LowerHex(), nil
	case "":
		return a.Repr(), nil
	}
	return "", &Error{"TypeError", "unsupported format " + pyStrRepr(spec)}
}
