// Package pytime implements the deterministic part of Python's time
// module: time() and time_ns() return the transaction's time (the clock
// stdlib/datetime's now() reads, pinned by the host to the message's
// datetime), as GenVM's WASI clock does; there is no wall clock.
package pytime

import (
	"math/big"

	"github.com/genvm-go/genvm/rt"
	"github.com/genvm-go/genvm/stdlib/datetime"
)

// Time is time.time(): the transaction's time in seconds, computed as
// CPython does from nanoseconds (the nanosecond count as a double, then
// divided by 1e9, exact when it is a whole number of seconds).
func Time() float64 {
	ns := new(big.Int).Mul(big.NewInt(datetime.Now()), big.NewInt(1000))
	sec, rem := new(big.Int).QuoRem(ns, big.NewInt(1_000_000_000), new(big.Int))
	if rem.Sign() == 0 {
		f, _ := new(big.Float).SetInt(sec).Float64()
		return f
	}
	f, _ := new(big.Float).SetInt(ns).Float64() // round to nearest even, as (double)t
	return float64(f / 1e9)
}

// Module returns the time module.
func Module() *rt.Module {
	m := rt.NewModule("time")
	m.Func("time", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 0 || len(kwargs) != 0 {
			rt.Raise(rt.TypeError, "time.time() takes no arguments")
		}
		return Time()
	})
	m.Func("time_ns", func(args []rt.Value, kwargs []rt.KW) rt.Value {
		if len(args) != 0 || len(kwargs) != 0 {
			rt.Raise(rt.TypeError, "time.time_ns() takes no arguments")
		}
		return rt.IntFromBig(new(big.Int).Mul(big.NewInt(datetime.Now()), big.NewInt(1000)))
	})
	return m
}
