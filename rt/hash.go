package rt

import (
	"math"
	"math/bits"
	"unicode/utf8"
)

// This file computes Python's hash() exactly as CPython 3.13 does on a 64-bit
// build with PYTHONHASHSEED=0 (GenVM's zero hash secret): numbers hash by
// their value modulo the Mersenne prime 2**61-1 (so hash(1) == hash(1.0) ==
// hash(True)), str and bytes by SipHash-1-3 with a zero key over the string's
// internal representation (Latin-1, UCS-2 or UCS-4 code units), and tuples by
// CPython's xxHash-based combination. Matching these makes set iteration
// order match CPython's.

const (
	hashBits    = 61
	hashModulus = 1<<hashBits - 1
	hashInf     = 314159
)

// HashInt returns hash(a).
func HashInt(a Int) int64 {
	if a.big == nil {
		x := a.small
		var h int64
		if x < 0 {
			if x == math.MinInt64 {
				// -2**63 = -(4 * 2**61) ≡ -4 (mod 2**61-1)
				return -4
			}
			h = -((-x) % hashModulus)
		} else {
			h = x % hashModulus
		}
		if h == -1 {
			return -2
		}
		return h
	}
	// Fold the 64-bit words: 2**64 ≡ 2**3 (mod 2**61-1).
	var acc uint64
	words := a.big.Bits()
	for i := len(words) - 1; i >= 0; i-- {
		acc = mulMod61(acc, 1<<3)
		acc = addMod61(acc, uint64(words[i])%hashModulus)
	}
	h := int64(acc)
	if a.big.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		return -2
	}
	return h
}

func addMod61(a, b uint64) uint64 {
	s := a + b
	if s >= hashModulus {
		s -= hashModulus
	}
	return s
}

func mulMod61(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	// (hi*2**64 + lo) mod (2**61-1): 2**64 ≡ 8.
	r := (lo & hashModulus) + (lo >> 61) + (hi << 3)
	for r >= hashModulus {
		r -= hashModulus
	}
	return r
}

// HashFloat returns hash(f): equal to the hash of the equal int for integral
// values. NaN hashes to 0 (CPython hashes NaN by identity; see
// docs/deviations.md).
func HashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		return -2
	}
	return h
}

// HashBool returns hash(b): 1 or 0.
func HashBool(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// sipRound is one SipHash round.
func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v2 += v3
	v1 = bits.RotateLeft64(v1, 13) ^ v0
	v3 = bits.RotateLeft64(v3, 16) ^ v2
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v1
	v0 += v3
	v1 = bits.RotateLeft64(v1, 17) ^ v2
	v3 = bits.RotateLeft64(v3, 21) ^ v0
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}

// siphash13 is CPython's siphash13 with a zero key over p.
func siphash13[T string | []byte](p T) uint64 {
	b := uint64(len(p)) << 56
	v0 := uint64(0x736f6d6570736575)
	v1 := uint64(0x646f72616e646f6d)
	v2 := uint64(0x6c7967656e657261)
	v3 := uint64(0x7465646279746573)
	for len(p) >= 8 {
		mi := uint64(p[0]) | uint64(p[1])<<8 | uint64(p[2])<<16 | uint64(p[3])<<24 |
			uint64(p[4])<<32 | uint64(p[5])<<40 | uint64(p[6])<<48 | uint64(p[7])<<56
		p = p[8:]
		v3 ^= mi
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= mi
	}
	var t uint64
	for i := len(p) - 1; i >= 0; i-- {
		t = t<<8 | uint64(p[i])
	}
	b |= t
	v3 ^= b
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0 ^= b
	v2 ^= 0xff
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	return (v0 ^ v1) ^ (v2 ^ v3)
}

func finishHash(h uint64) int64 {
	if int64(h) == -1 {
		return -2
	}
	return int64(h)
}

// HashBytes returns hash(b) for a bytes value.
func HashBytes(b Bytes) int64 {
	if len(b) == 0 {
		return 0
	}
	return finishHash(siphash13(string(b)))
}

// decodeWTF8 decodes one code point of s (UTF-8, with surrogates encoded as
// 3-byte sequences as WTF-8 does), returning it and its width.
func decodeWTF8(s string) (rune, int) {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 && len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(0xD000) | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return r, n
}

// HashStr returns hash(s) for a str value: SipHash-1-3 over the code points
// stored as CPython stores them (1, 2 or 4 bytes each, little-endian).
func HashStr(s string) int64 {
	if len(s) == 0 {
		return 0
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return finishHash(siphash13(s))
	}
	var maxc rune
	n := 0
	for i := 0; i < len(s); {
		r, w := decodeWTF8(s[i:])
		maxc = max(maxc, r)
		n++
		i += w
	}
	width := 1
	switch {
	case maxc >= 0x10000:
		width = 4
	case maxc >= 0x100:
		width = 2
	}
	var buf [256]byte
	var p []byte
	if n*width <= len(buf) {
		p = buf[:n*width]
	} else {
		p = make([]byte, n*width)
	}
	j := 0
	for i := 0; i < len(s); {
		r, w := decodeWTF8(s[i:])
		i += w
		switch width {
		case 1:
			p[j] = byte(r)
		case 2:
			p[j], p[j+1] = byte(r), byte(r>>8)
		default:
			p[j], p[j+1], p[j+2], p[j+3] = byte(r), byte(r>>8), byte(r>>16), byte(r>>24)
		}
		j += width
	}
	return finishHash(siphash13(p))
}

const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

// MaxHashNesting bounds how deeply tuples nest inside the tuple being
// hashed. CPython's tuplehash recurses without a check (a deep enough tuple
// crashes the interpreter; GenVM's WASM stack traps); here the recursion
// must not overflow the Go stack, so past the bound hash() raises
// RecursionError (docs/deviations.md).
const MaxHashNesting = 100_000

// hashNesting is the nesting of the tuple hashes in progress.
var hashNesting int

// HashTuple returns hash(tuple(items)), raising TypeError if an item is
// unhashable.
func HashTuple(items []Value) int64 {
	hashNesting++
	defer func() { hashNesting-- }()
	if hashNesting > MaxHashNesting {
		panic(NewException(RecursionError, "maximum recursion depth exceeded while hashing a tuple"))
	}
	acc := uint64(xxPrime5)
	for _, it := range items {
		lane := uint64(HashValue(it))
		acc += lane * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// HashValue returns hash(v) with fast paths for the common key types; other
// values go through their class's Hash slot.
func HashValue(v Value) int64 {
	switch x := v.(type) {
	case string:
		return HashStr(x)
	case Int:
		return HashInt(x)
	case bool:
		return HashBool(x)
	case float64:
		return HashFloat(x)
	case Bytes:
		return HashBytes(x)
	}
	return Hash(v)
}
