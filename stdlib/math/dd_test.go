package math

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// TestFastPathsAgreeWithBigFloat checks that whenever the double-double
// fast paths return, they return the big.Float correctly rounded result.
func TestFastPathsAgreeWithBigFloat(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	hitE, hitL := 0, 0
	for i := 0; i < 4000; i++ {
		x := (r.Float64()*2 - 1) * 700
		if i%3 == 0 {
			x = math.Ldexp(r.Float64()*2-1, r.Intn(40)-30)
		}
		if y, ok := fastExp(x); ok {
			hitE++
			if want := toFloat(bigExpOf(x)); y != want {
				t.Fatalf("exp(%v): fast %v, big %v", x, y, want)
			}
		}
		lx := math.Ldexp(r.Float64()+0.5, r.Intn(2000)-1000)
		if i%5 == 0 {
			lx = 1 + (r.Float64()-0.5)*math.Ldexp(1, -r.Intn(50))
		}
		if y, ok := fastLog(lx); ok {
			hitL++
			if want := toFloat(bigLn(lx)); y != want {
				t.Fatalf("log(%v): fast %v, big %v", lx, y, want)
			}
		}
		if y, ok := fastLog2(lx); ok {
			if want := toFloat(newF().Quo(bigLn(lx), crLn2)); y != want {
				t.Fatalf("log2(%v): fast %v, big %v", lx, y, want)
			}
		}
	}
	t.Logf("fast path decided %d of 4000 exps and %d of 4000 logs", hitE, hitL)
	if hitE < 3900 || hitL < 3900 {
		t.Errorf("fast paths decide too rarely: %d exps, %d logs", hitE, hitL)
	}
}

// bigExpOf is the big.Float exp without the fast path.
func bigExpOf(x float64) *big.Float { return bigExp(newF().SetFloat64(x)) }
