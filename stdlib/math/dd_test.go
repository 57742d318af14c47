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
	hitT := 0
	for i := 0; i < 3000; i++ {
		x := math.Ldexp(r.Float64()*2-1, r.Intn(45)-25)
		if i%10 == 0 {
			x = float64(r.Intn(1000000)) * (math.Pi / 2) // near multiples of pi/2
		}
		for which := 0; which < 3; which++ {
			if y, ok := fastTrig(x, which); ok {
				hitT++
				rr, q := reduce(x)
				sn, cs := sinCosSeries(rr)
				switch q {
				case 1:
					sn, cs = cs, sn.Neg(sn)
				case 2:
					sn, cs = sn.Neg(sn), cs.Neg(cs)
				case 3:
					sn, cs = cs.Neg(cs), sn
				}
				want := [3]float64{toFloat(sn), toFloat(cs), toFloat(newF().Quo(sn, cs))}[which]
				if y != want {
					t.Fatalf("trig %d of %v: fast %v, big %v", which, x, y, want)
				}
			}
		}
	}
	t.Logf("fast path decided %d of 9000 sin/cos/tan", hitT)
	t.Logf("fast path decided %d of 4000 exps and %d of 4000 logs", hitE, hitL)
	if hitE < 3900 || hitL < 3900 {
		t.Errorf("fast paths decide too rarely: %d exps, %d logs", hitE, hitL)
	}
}

// bigExpOf is the big.Float exp without the fast path.
func bigExpOf(x float64) *big.Float { return bigExp(newF().SetFloat64(x)) }
