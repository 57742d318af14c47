// Package pyrandom implements the seeded part of Python's random module
// exactly as CPython 3.13 computes it: the MT19937 generator with
// CPython's seeding (ints by their 32-bit words, str/bytes/bytearray
// through SHA-512, floats by their hash), random(), getrandbits(),
// randrange(), randint(), choice(), shuffle(), uniform() and sample(), as
// methods of random.Random and as module functions over one shared
// instance. Seeds must be explicit: CPython seeds an unseeded generator
// from os.urandom, which no deterministic contract can use, so drawing from
// an unseeded generator raises (docs/deviations.md).
package pyrandom

import (
	"crypto/sha512"
	"math"
	"math/big"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/rt/fuel"
)

const (
	n         = 624
	m         = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// RandomType is random.Random.
var RandomType = rt.NewClass("Random", "random")

// Random is a random.Random instance.
type Random struct {
	mt     [n]uint32
	index  int
	seeded bool
}

// Class returns random.Random.
func (*Random) Class() *rt.Class { return RandomType }

func (r *Random) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < n; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.index = n
}

func (r *Random) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := max(n, len(key))
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= n {
			r.mt[0] = r.mt[n-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = n - 1; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= n {
			r.mt[0] = r.mt[n-1]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
	r.seeded = true
}

// seedURandom is CPython's random_seed_urandom (seed(None), Random(),
// the module's own instance): init_by_array over 624 words of
// os.urandom, which inside GenVM's deterministic VM is all zeros (WASI
// random_get returns zeros in det mode). So an unseeded generator draws
// the same sequence in every transaction, as in GenVM.
func (r *Random) seedURandom() {
	fuel.Charge(2 * n)
	var key [n]uint32
	r.initByArray(key[:])
}

// genrand returns the next 32-bit output.
func (r *Random) genrand() uint32 {
	if !r.seeded {
		r.seedURandom()
	}
	if r.index >= n {
		fuel.Charge(n)
		var kk int
		for kk = 0; kk < n-m; kk++ {
			y := (r.mt[kk] & upperMask) | (r.mt[kk+1] & lowerMask)
			r.mt[kk] = r.mt[kk+m] ^ (y >> 1) ^ (y&1)*matrixA
		}
		for ; kk < n-1; kk++ {
			y := (r.mt[kk] & upperMask) | (r.mt[kk+1] & lowerMask)
			r.mt[kk] = r.mt[kk+(m-n)] ^ (y >> 1) ^ (y&1)*matrixA
		}
		y := (r.mt[n-1] & upperMask) | (r.mt[0] & lowerMask)
		r.mt[n-1] = r.mt[m-1] ^ (y >> 1) ^ (y&1)*matrixA
		r.index = 0
	}
	y := r.mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Seed is Random.seed(a) (version 2).
func (r *Random) Seed(a rt.Value) {
	var key *big.Int
	switch x := a.(type) {
	case rt.NoneType:
		r.seeded = false
		return
	case string:
		key = seedBytes([]byte(x))
	case rt.Bytes:
		key = seedBytes([]byte(x))
	case *rt.ByteArray:
		key = seedBytes(x.B)
	case float64:
		key = big.NewInt(rt.Hash(x))
	default:
		i, ok := rt.AsInt(a)
		if !ok {
			rt.Raise(rt.TypeError, "The only supported seed types are:\nNone, int, float, str, bytes, and bytearray.")
		}
		key = i.Big()
	}
	key = new(big.Int).Abs(key)
	words := (key.BitLen()-1)/32 + 1
	if key.Sign() == 0 {
		words = 1
	}
	arr := make([]uint32, words)
	fuel.Charge(uint64(n + words))
	k := new(big.Int).Set(key)
	mask := big.NewInt(0xffffffff)
	for i := range arr {
		arr[i] = uint32(new(big.Int).And(k, mask).Uint64())
		k.Rsh(k, 32)
	}
	r.initByArray(arr)
}

// seedBytes is version 2 seeding of str and bytes: int.from_bytes(a +
// sha512(a).digest()) (big-endian).
func seedBytes(b []byte) *big.Int {
	sum := sha512.Sum512(b)
	all := append(append([]byte{}, b...), sum[:]...)
	return new(big.Int).SetBytes(all)
}

// Random is random(): 53 random bits as a float in [0, 1).
func (r *Random) Random() float64 {
	a := r.genrand() >> 5
	b := r.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// GetRandBits is getrandbits(k).
func (r *Random) GetRandBits(k int) *big.Int {
	if k < 0 {
		rt.Raise(rt.ValueError, "number of bits must be non-negative")
	}
	if k == 0 {
		return new(big.Int)
	}
	if k <= 32 {
		return new(big.Int).SetUint64(uint64(r.genrand() >> (32 - k)))
	}
	words := (k-1)/32 + 1
	out := new(big.Int)
	for i := 0; i < words; i++ {
		w := r.genrand()
		if k < 32 {
			w >>= 32 - k
		}
		out.Or(out, new(big.Int).Lsh(new(big.Int).SetUint64(uint64(w)), uint(32*i)))
		k -= 32
	}
	return out
}

// RandBelow is _randbelow(n) for n > 0.
func (r *Random) RandBelow(n *big.Int) *big.Int {
	k := n.BitLen()
	x := r.GetRandBits(k)
	for x.Cmp(n) >= 0 {
		x = r.GetRandBits(k)
	}
	return x
}

func (r *Random) randBelowInt(n int) int {
	return int(r.RandBelow(big.NewInt(int64(n))).Int64())
}

func bigOf(v rt.Value) *big.Int {
	i, ok := rt.AsInt(v)
	if !ok {
		rt.Raisef(rt.TypeError, "'", rt.TypeName(v), "' object cannot be interpreted as an integer")
	}
	return i.Big()
}

// RandRange is randrange(start, stop=None, step=1); stop and step nil
// when not given.
func (r *Random) RandRange(start, stop, step rt.Value) rt.Value {
	istart := bigOf(start)
	if stop == nil || stop == rt.Value(rt.None) {
		if step != nil {
			rt.Raise(rt.TypeError, "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return rt.IntFromBig(r.RandBelow(istart))
		}
		rt.Raise(rt.ValueError, "empty range for randrange()")
	}
	istop := bigOf(stop)
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != nil {
		istep = bigOf(step)
	}
	if istep.Cmp(big.NewInt(1)) == 0 {
		if width.Sign() > 0 {
			return rt.IntFromBig(new(big.Int).Add(istart, r.RandBelow(width)))
		}
		rt.Raisef(rt.ValueError, "empty range in randrange(", rt.Str(start), ", ", rt.Str(stop), ")")
	}
	var cnt *big.Int
	switch istep.Sign() {
	case 1:
		cnt = floorDiv(new(big.Int).Sub(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
	case -1:
		cnt = floorDiv(new(big.Int).Add(new(big.Int).Add(width, istep), big.NewInt(1)), istep)
	default:
		rt.Raise(rt.ValueError, "zero step for randrange()")
	}
	if cnt.Sign() <= 0 {
		rt.Raisef(rt.ValueError, "empty range in randrange(", rt.Str(start), ", ", rt.Str(stop), ", ", rt.Str(step), ")")
	}
	return rt.IntFromBig(new(big.Int).Add(istart, new(big.Int).Mul(istep, r.RandBelow(cnt))))
}

func floorDiv(a, b *big.Int) *big.Int {
	q, mod := new(big.Int).DivMod(a, b, new(big.Int))
	// DivMod is Euclidean (0 <= mod < |b|); Python floors, which is one
	// less for a negative divisor and a non-zero remainder
	if mod.Sign() != 0 && b.Sign() < 0 {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

// Choice is choice(seq).
func (r *Random) Choice(seq rt.Value) rt.Value {
	size := rt.Len(seq)
	if size == 0 {
		rt.Raise(rt.IndexError, "Cannot choose from an empty sequence")
	}
	return rt.GetItem(seq, rt.IntFromInt64(int64(r.randBelowInt(size))))
}

// Shuffle is shuffle(x) in place.
func (r *Random) Shuffle(x rt.Value) {
	size := rt.Len(x)
	fuel.Charge(uint64(size))
	for i := size - 1; i > 0; i-- {
		j := r.randBelowInt(i + 1)
		ki, kj := rt.IntFromInt64(int64(i)), rt.IntFromInt64(int64(j))
		a, b := rt.GetItem(x, ki), rt.GetItem(x, kj)
		rt.SetItem(x, ki, b)
		rt.SetItem(x, kj, a)
	}
}

// Sample is sample(population, k) for a sequence population.
func (r *Random) Sample(population rt.Value, k int) rt.Value {
	if _, ok := population.(*rt.Set); ok {
		rt.Raise(rt.TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	size := rt.Len(population)
	if k < 0 || k > size {
		rt.Raise(rt.ValueError, "Sample larger than population or is negative")
	}
	fuel.Charge(uint64(size + k))
	result := make([]rt.Value, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if size <= setsize {
		pool := rt.IterToSlice(population)
		for i := 0; i < k; i++ {
			j := r.randBelowInt(size - i)
			result[i] = pool[j]
			pool[j] = pool[size-i-1]
		}
	} else {
		selected := map[int]bool{}
		for i := 0; i < k; i++ {
			j := r.randBelowInt(size)
			for selected[j] {
				j = r.randBelowInt(size)
			}
			selected[j] = true
			result[i] = rt.GetItem(population, rt.IntFromInt64(int64(j)))
		}
	}
	return rt.NewList(result)
}
